# mbov incident open/list/show: every kind, default priorities, product, member, reporter, filters,
# and a bad value of every field refused with the database unchanged.
source "$(dirname "$0")/common.bash"

ok init
sqlite3 "$MBOV_DB" "INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC Test', 1, '2020-01-01')"
at=2026-05-04T09:00:00+02:00
for kind in disruption change backup problem access breach; do
  ok incident open --kind $kind --title "Een $kind" --at $at
  [[ $(new_id) =~ ^[0-9]+$ ]] || fail "open --kind $kind did not print an id"
done
ok incident list --format json
json 'assert [r["kind"] for r in d]==["disruption","change","backup","problem","access","breach"]'
json 'assert [r["priority"] for r in d]==[3,3,3,3,3,1], "default priority 3, a breach 1"'
json 'assert all(r["status"]=="new" and r["escalation"]=="operational" and r["opened"]=="2026-05-04T09:00:00+02:00" for r in d)'
json 'assert d[5]["authority_deadline"]=="2026-05-07T09:00:00+02:00" and d[0]["authority_deadline"] is None'
json 'assert d[1]["route"]=="expert-group" and d[0]["route"] is None'
[[ $(sqlite3 "$MBOV_DB" "SELECT opened FROM incident WHERE id = 1") == 2026-05-04T07:00:00Z ]] || fail "opened not stored in UTC"

ok incident open --kind disruption --title "Inloggen faalt" --product cambo --member 25lz --reporter "J. Melder" --priority 2 --at 2026-05-10T08:00Z
id=$(new_id)
ok incident show "$id" --format json
json 'assert d["product"]=="CAMBO" and d["member"]=="25LZ" and d["reporter"]=="J. Melder" and d["priority"]==2'
json 'assert d["opened"]=="2026-05-10T10:00:00+02:00" and d["respond_by"]=="2026-05-10T14:00:00+02:00" and d["resolve_by"]=="2026-05-11T10:00:00+02:00"'
json 'assert d["timeline"][0]["event"]=="opened" and d["timeline"][0]["actor"]=="tester"'
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM person WHERE name = 'J. Melder'") == 1 ]] || fail "reporter not in the person table"

# Filters.
ok incident list --kind breach --format json
json 'assert len(d)==1 and d[0]["kind"]=="breach"'
ok incident list --product CAMBO --format json
json 'assert [r["id"] for r in d]==['"$id"']'
ok incident list --since 2026-05-10 --format json
json 'assert [r["id"] for r in d]==['"$id"']'
ok incident list --open --format csv
[[ $(wc -l <"$OUT") == 8 ]] || fail "list --open --format csv: want a header and 7 rows"
ok incident list
stdout_has "Inloggen faalt"
expect 65 incident list --kind storm
stderr_has "--kind: unknown incident kind 'storm'"
stderr_has "use one of disruption, change, backup, problem, access, breach"
# A word that is no kind is refused where the option is read (issue 23), before any database.
MBOV_DB=$T/none.db expect 65 incident list --kind Breach
stderr_has "--kind: unknown incident kind 'Breach'"
MBOV_DB=$T/none.db expect 65 incident open --kind storm --title T
stderr_has "--kind: unknown incident kind 'storm'"
[[ ! -e $T/none.db ]] || fail "a refused --kind created a database"
expect 65 incident list --product NOPE
expect 65 incident list --since 2026-13-01
stderr_has "--since"

# Bad input of every field of open: clear error, status 65, nothing written.
unchanged_after 65 incident open --kind storm --title T
stderr_has "R-INC-1"
unchanged_after 65 incident open --kind disruption --title ""
stderr_has "--title"
unchanged_after 65 incident open --kind disruption --title T --product NOPE
stderr_has "no product with code 'NOPE'"
unchanged_after 65 incident open --kind disruption --title T --member 99ZZ
stderr_has "no member with code '99ZZ'"
for p in 0 5 x 12 -1; do
  unchanged_after 65 incident open --kind disruption --title T --priority=$p
  stderr_has "priority"
done
unchanged_after 65 incident open --kind disruption --title T --at 2026-05-04T25:00
stderr_has "--at"
unchanged_after 65 incident open --kind disruption --title T --reporter ""
unchanged_after 65 incident open --kind backup --title T --fundamental
stderr_has "R-INC-4"
# A change that is not fundamental may cite the year plan's budget motion (R-INC-4), so --motion
# is checked as a motion here.
unchanged_after 65 incident open --kind change --title T --motion 1
stderr_has "no motion 1"
unchanged_after 65 incident open --kind access --title T --motion 1
stderr_has "--motion applies to changes only"
unchanged_after 65 incident open --kind change --title T --fundamental --motion 99
stderr_has "motion"
unchanged_after 65 incident open --kind disruption --title T --problem-holder
stderr_has "R-INC-6"
unchanged_after 64 incident open --title T
unchanged_after 65 incident show 999
stderr_has "no incident"
unchanged_after 65 incident show abc
pass
