# Every export re-imports (issue 13): `incident list --format csv` of a database, imported with
# `incident import` into a fresh one, gives the same records: every status, every optional field
# (acknowledged included), a resolution that skipped acknowledging, a reopened incident, changes
# routed to both groups, a problem record opened after an incident it groups, both breach endings.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

setup() {  # the members and adopted AV motions both databases share (same ids)
  assembly 3
  members 25LZ
  local kind year
  for kind in ordinary budget; do
    year=()  # a budget motion names its year (R-FIN-2)
    [[ $kind == budget ]] && year=(--year 2026)
    ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Motie $kind" --kind "$kind" "${year[@]}"; MOTION=$(new_id)
    votes yes yes yes
    ok "${T_DAY[@]}" vote close "$MOTION"
  done
}
setup
decision=2 plan=3
i() { ok incident "$@"; }
i open --kind problem --title "Certificaatketen" --product VVA --priority 4 --reporter "Servicedesk" --at 2026-06-02T09:00; p=$(new_id)
i open --kind disruption --title "Inloggen, 's ochtends" --product CAMBO --member 25LZ --reporter "Jan" --priority 2 --at 2026-06-02T08:00; d=$(new_id)
i escalate "$d" --to strategic --at 2026-06-02T08:30
i link "$d" --problem "$p" --now 2026-06-02T09:30
i take-over "$d" --at 2026-06-02T09:40
i update "$d" --status acknowledged --at 2026-06-02T10:00
i update "$d" --status in-progress --at 2026-06-02T10:05
i update "$d" --status resolved --at 2026-06-02T11:00
i update "$d" --status closed --at 2026-06-03T09:00
i update "$p" --status acknowledged --at 2026-06-02T10:00
i update "$p" --status in-progress --at 2026-06-02T10:30
i open --kind change --title "Andere IdP" --fundamental --motion "$decision" --at 2026-06-03T09:00; c=$(new_id)
i update "$c" --status resolved --at 2026-06-04T09:00
i open --kind change --title "Portal uit het jaarplan" --at 2026-06-03T10:00; y=$(new_id)
i link "$y" --motion "$plan" --now 2026-06-03T10:30
i update "$y" --status acknowledged --at 2026-06-03T11:00
i open --kind breach --title "Lijst gemaild" --product CAMBO --at 2026-06-05T10:00; b=$(new_id)
i notify "$b" --members --at 2026-06-05T12:00
i update "$b" --status acknowledged --at 2026-06-05T12:30
i update "$b" --status in-progress --at 2026-06-05T12:30
i update "$b" --status resolved --at 2026-06-06T09:00
i notify "$b" --authority --reason "pas later vastgesteld" --at 2026-06-09T10:00
i notify "$b" --subjects --at 2026-06-09T11:00
i update "$b" --status closed --at 2026-06-10T09:00
i open --kind breach --title "Laptop kwijt" --priority 3 --at 2026-06-05T11:00; n=$(new_id)
i notify "$n" --no-risk --reason "volledig versleuteld" --at 2026-06-05T12:00
i open --kind backup --title "Hersteltest" --at 2026-06-06T08:00
i open --kind access --title "Rechten" --at 2026-06-06T09:00; r=$(new_id)
i update "$r" --status resolved --at 2026-06-06T09:30
i update "$r" --status in-progress --at 2026-06-06T10:00
i open --kind disruption --title "Traag" --priority 1 --at 2026-06-07T08:00; s=$(new_id)
i escalate "$s" --at 2026-06-07T08:10

i list --format json
cp "$OUT" "$T/a.json"
# Every status, and every optional field filled somewhere.
"$PY" - "$T/a.json" <<'PY' || fail "the source database does not cover every status and field"
import json, sys
d = json.load(open(sys.argv[1]))
assert {r["status"] for r in d} == {"new", "acknowledged", "in-progress", "resolved", "closed"}
for key in d[0]:
    assert any(r[key] not in (None, False) for r in d), key
assert any(r["acknowledged"] is None and r["resolved"] for r in d)
PY
i list --format csv
cp "$OUT" "$T/a.csv"

export MBOV_DB=$T/b.db
setup
ok incident import "$T/a.csv"
i list --format json
"$PY" - "$T/a.json" "$OUT" <<'PY' || fail "the round trip changed the records"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert len(a) == len(b) == 9
ids = {x["id"]: y["id"] for x, y in zip(a, b)}  # new ids in file (opening) order
for x, y in zip(a, b):
    x = dict(x, id=ids[x["id"]], problem=ids.get(x["problem"]))
    assert x == y, (x, y)
PY
i list --format csv
cp "$OUT" "$T/b.csv"
# And again: a database whose ids are in opening order re-exports byte for byte.
export MBOV_DB=$T/c.db
setup
ok incident import "$T/b.csv"
i list --format csv
cmp -s "$OUT" "$T/b.csv" || fail "the second round trip's CSV differs: $(diff "$T/b.csv" "$OUT")"
# A problem naming a file id that is not an id of the file or the database.
"$PY" - "$T/b.csv" "$T/bad.csv" <<'PY' || fail "test set-up"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
rows[0]["problem"] = "P-1"
with open(sys.argv[2], "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
PY
unchanged_after 65 incident import "$T/bad.csv"
stderr_has "(problem): 'P-1' is not an id"
pass
