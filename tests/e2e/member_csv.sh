# mbov member import/export: the columns of list --format csv, by name, all-or-nothing.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
printf 'name,code,contracting_authority,city,joined\r\n"ROC Voorbeeldstad, Oost",25AB,true,Voorbeeldstad,2020-01-01\r\nVakcollege Proefdorp,26CD,yes,,\r\n' >"$T/in.csv"
ok member import "$T/in.csv"
ok member list --format json
json 'assert [(m["code"],m["name"],m["city"],m["joined"]) for m in d]==[("25AB","ROC Voorbeeldstad, Oost","Voorbeeldstad","2020-01-01"),("26CD","Vakcollege Proefdorp",None,"2026-03-01")]'
ok member leave 26CD --on 2026-03-01
ok member export
cp "$OUT" "$T/export.csv"
head -n 1 "$T/export.csv" | grep -q "^code,name,city,contracting_authority,joined,left,contacts,representative,last_confirmed,confirmation_due" || fail "export header"
ok member list --all --format csv
cmp -s "$OUT" "$T/export.csv" || fail "export differs from list --all --format csv"
# The export reads back into a new database, from stdin too.
export MBOV_DB=$T/two.db
ok init
run member import - <"$T/export.csv"
[[ $STATUS == 0 ]] || fail "import from stdin exited $STATUS"
ok member list --all --format csv
cmp -s "$OUT" "$T/export.csv" || fail "round trip changed the register"
# Bad files name line and column and change nothing.
bad() { printf "$1" >"$T/bad.csv"; unchanged_after 65 member import "$T/bad.csv"; stderr_has "$2"; }
bad 'code,name,contracting_authority\n27EF,Nieuw,true\n25AB,Dubbel,true\n' "bad.csv:3:1 (code): member code 25AB is taken"
bad 'code,name,contracting_authority\n27EF,Nieuw,false\n' "bad.csv:2:3 (contracting_authority)"
bad 'code,name,contracting_authority\n27EF,Nieuw,misschien\n' "bad.csv:2:3"
bad 'code,name,contracting_authority\n27EF,,true\n' "name must not be empty"
bad 'code,name,contracting_authority,joined\n27EF,Nieuw,true,2026-02-30\n' "bad.csv:2:4 (joined)"
bad 'code,name,contracting_authority,joined,left\n27EF,Nieuw,true,2026-02-01,2026-01-01\n' "bad.csv:2:1"
bad 'code,name,contracting_authority,colour\n27EF,Nieuw,true,blue\n' "unknown column 'colour'"
bad 'code,name\n27EF,Nieuw\n' "contracting_authority"
bad 'code,name,contracting_authority\n27EF,Nieuw\n' "bad.csv:2"
bad '' "empty file"
unchanged_after 66 member import "$T/missing.csv"
pass
