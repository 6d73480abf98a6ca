# Every report in every format on the demo data (data/demo/*.sh, today 2026-11-25), as
# ./scripts/demo makes it: the reports run on what the other areas' commands wrote.
source "$(dirname "$0")/common.bash"
ok init --records-from 2020-01-01  # as scripts/demo makes it
for script in "$SRC"/data/demo/*.sh; do
  MBOV=$MBOV MBOV_TODAY=2026-11-25 bash "$script" >/dev/null 2>"$ERR" || fail "demo script $script failed"
done
export MBOV_TODAY=2026-11-25
before=$(snapshot)

for f in text markdown json html; do
  ok report weekly --format "$f"
  ok report av --format "$f"
done
ok report weekly --format json
json '
assert d["week"] == "2026-W48" and d["summary"]["incidents_opened_count"] >= 1
assert {p["product"] for p in d["products"]} >= {"CAMBO", "VVA"}
assert len(d["findings"]) >= 1 and all(f["rule"].startswith("R-") for f in d["findings"])
assert sum(w["total"] for w in d["incidents_per_week"]) >= d["summary"]["incidents_opened_count"]
'
ok report av --format json
json 'assert d["year"] == 2026 and len(d["decisions"]) >= 1 and len(d["meetings"]) >= 2 and d["summary"]["incidents_count"] >= 1'
for f in table json csv tsv markdown ics; do ok report deadlines --within 1y --format "$f"; done
"$PY" -c "import icalendar,sys; c=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read()); assert len(c.walk('VEVENT')) >= 1" "$OUT" ||
  fail "icalendar cannot read the demo feed"
code=$(sqlite3 "$MBOV_DB" "SELECT member FROM uptake WHERE until IS NULL ORDER BY member LIMIT 1")
[[ -n $code ]] || fail "the demo has no uptake"
for f in text markdown json html; do ok report security-statement "$code" --format "$f"; done
ok report security-statement "$code" --format json
json 'assert d["statement"]["products_count"] >= 1 and d["statement"]["officer"] is not None and len(d["processing"]) >= 1'
# The governance cycle (60-governance.sh): the PDC's own version table, minutes, charges.
ok gov document show pdc --format json
json 'assert [(v["number"],v["date"]) for v in d["history"]][0]==("0.9","2020-12-03") and d["in_force"]=="3.0" and d["in_force_since"]=="2022-06-01" and len(d["history"])==7'
autumn=$(sqlite3 "$MBOV_DB" "SELECT id FROM meeting WHERE date = '2026-11-18'")
for f in text markdown json html; do ok report minutes "$autumn" --format "$f"; done
ok report minutes "$autumn" --format json
json 'assert d["chair_name"] is not None and len(d["present_members"]) >= 3 and len(d["motions"]) == 3 and len(d["votes"]) >= 3'
for f in text markdown json html csv; do ok report charges 2026 --format "$f"; done
ok report charges 2026 --format json
json 'assert len(d["totals"]) >= 50 and d["total"] > 0'
ok budget show 2026 --format json
json 'assert d["approved"] and d["spent"] > 0 and len(d["lines"]) == 5'
[[ $(snapshot) == "$before" ]] || fail "a report changed the database"
pass
