# mbov member export (and member list --format csv) re-imports into a fresh database as the same
# member records, every optional field filled (issue 13): city, joined, left; names with commas,
# quotes, non-ASCII letters.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name 'ROC "De Dijk", Voorbeeldstad' --contracting-authority --joined 2019-08-01 --city "Den Haag, Zuid"
ok member add 26CD --name "Zorgcollege Ééndracht" --contracting-authority --joined 2020-01-01 --city "Ée"
ok member leave 26CD --on 2025-12-31
ok member add 27EF --name "Vakcollege" --contracting-authority --joined 2026-03-01 --city Beekdal
ok member add 28GH --name "Groen College" --contracting-authority --joined 2026-06-01 --city Molendijk  # not yet joined
ok member leave 28GH --on 2027-07-31
ok member contact add 25AB --name "Anna" --email anna@example.nl
ok member contact confirm 25AB --on 2026-01-15
ok member export
cp "$OUT" "$T/export.csv"
ok member list --all --format csv
cmp -s "$OUT" "$T/export.csv" || fail "member export and member list --all --format csv differ"
# The records of the CSV: the stored columns (the derived ones depend on contacts and confirmations).
records() { "$PY" -c "import csv,sys; [print(r['code'],r['name'],r['city'],r['contracting_authority'],r['joined'],r['left'],sep='|') for r in csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8'))]" "$1"; }
[[ $(records "$T/export.csv" | wc -l) == 4 ]] || fail "the export lacks members"
grep -qF '26CD|Zorgcollege Ééndracht|Ée|true|2020-01-01|2025-12-31' <(records "$T/export.csv") || fail "a left member lost fields"  # no pipe: grep -q stops early

export MBOV_DB=$T/fresh.db
ok init
ok member import "$T/export.csv"
stderr_has "imported 4 member(s)"
ok member export
cp "$OUT" "$T/again.csv"
[[ "$(records "$T/again.csv")" == "$(records "$T/export.csv")" ]] || fail "the re-imported records differ"
# Without contacts and confirmations on either side, the whole export is the same, byte for byte.
ok member list --all --format json
json 'assert [m["left"] for m in d]==[None,"2025-12-31",None,"2027-07-31"] and all(m["city"] for m in d)'
ok audit verify

# Once more from the fresh database (no derived data): the exports are identical.
export MBOV_DB=$T/third.db
ok init
ok member import "$T/again.csv"
ok member export
cmp -s "$OUT" "$T/again.csv" || fail "export -> import -> export is not the same file"
# An import is all or nothing: the same file again names the taken code and adds nothing.
unchanged_after 65 member import "$T/again.csv"
stderr_has "is taken"

# The excel dialect (--csv-dialect excel, MBOV_CSV_DIALECT): what member list writes, with ';', a
# byte order mark and CRLF; it re-imports to the same records, and the file round-trips.
ok member export --csv-dialect excel
cp "$OUT" "$T/excel.csv"
ok member list --all --format csv --csv-dialect excel
cmp -s "$OUT" "$T/excel.csv" || fail "member export ignores --csv-dialect excel"
head -c 3 "$T/excel.csv" | cmp -s - <(printf '\xEF\xBB\xBF') || fail "the excel export has no byte order mark"
grep -q $'^\xEF\xBB\xBFcode;name;city;contracting_authority;' "$T/excel.csv" || fail "the excel export is not ;-separated"
! grep -q $'[^\r]$' "$T/excel.csv" || fail "a line of the excel export does not end in CRLF"
grep -qF '25AB;"ROC ""De Dijk"", Voorbeeldstad";Den Haag, Zuid;true;2019-08-01;' "$T/excel.csv" || fail "a name lost its quotes"
MBOV_CSV_DIALECT=excel run member export
cmp -s "$OUT" "$T/excel.csv" || fail "member export ignores MBOV_CSV_DIALECT=excel"
export MBOV_DB=$T/excel.db
ok init
ok member import "$T/excel.csv"
stderr_has "imported 4 member(s)"
ok member export --csv-dialect excel
cmp -s "$OUT" "$T/excel.csv" || fail "excel export -> import -> export is not the same file"
ok member export
cmp -s "$OUT" "$T/again.csv" || fail "the excel import differs from the rfc one"
pass
