# R-INC-7 as people work (issue 13): a breach's service levels stop being findings once it is
# reported to the authority or recorded as no risk (the 72-hour clock is its deadline); until then
# both count. In JSON a deadline that is a moment is a timestamp (due_at) beside its day (due).
source "$(dirname "$0")/common.bash"

ok init
# Aware Monday 23 November 2026 15:00; priority 1: respond by 16:00, resolve by 19:00; the
# authority by Thursday 26 November 15:00.
ok incident open --kind breach --title "Lijst naar verkeerde school" --at 2026-11-23T15:00
b=$(new_id)
ok incident open --kind breach --title "Laptop kwijt" --at 2026-11-23T15:00
n=$(new_id)
expect 2 --now 2026-11-23T19:00:01 incident overdue --format json
json 'f=[x for x in d["findings"] if x["subject"]=="incident '"$b"'"]; assert [(x["rule"],x["severity"]) for x in f]==[("R-INC-3","CRITICAL"),("R-INC-3","CRITICAL")], f'
expect 2 --now 2026-11-26T15:00:00 incident overdue --format json
json 'f=[x for x in d["findings"] if x["rule"]=="R-INC-7"]; assert [(x["due"],x["due_at"],x["severity"]) for x in f]==[("2026-11-26","2026-11-26T15:00:00+01:00","WARNING")]*2, f'
expect 2 --now 2026-11-26T15:00:01 incident overdue --format json
json 'f=[x for x in d["findings"] if x["rule"]=="R-INC-7"]; assert [(x["due_at"],x["severity"]) for x in f]==[("2026-11-26T15:00:00+01:00","CRITICAL")]*2, f'
# The table keeps its columns; csv too (due is the day).
expect 2 --now 2026-11-26T15:00:01 incident overdue --format csv
stdout_has "rule,severity,subject,due,message"

# Reported in time (at the deadline exactly): no findings for it, though it is still new.
ok incident notify "$b" --authority --at 2026-11-26T15:00:00
ok incident show "$b" --format json
json 'assert d["status"]=="new" and d["authority_deadline"]=="2026-11-26T15:00:00+01:00" and d["authority_notified"]=="2026-11-26T15:00:00+01:00"'
run --now 2026-11-26T15:00:01 incident overdue --format json
json 'assert not [x for x in d["findings"] if x["subject"]=="incident '"$b"'"], d'
# The other, before its no-risk decision: still findings; after: none, and the open count stays.
expect 2 --now 2026-11-26T15:00:01 incident overdue
stdout_has "incident $n: respond by"
stdout_has "| critical=3;;;0 warning=0;;;0 open=2"
ok incident notify "$n" --no-risk --reason "volledig versleuteld" --at 2026-11-26T15:00:01
ok --now 2026-11-26T15:00:01 incident overdue
stdout_has "MBOV INCIDENT OK - nothing due | critical=0;;;0 warning=0;;;0 open=2"
# Every other area's finding has due_at null: one type per key in mbov check.
run --now 2026-11-26T15:00:01 check --format json
json 'assert all(f["due_at"] is None or f["due_at"].endswith(("+01:00","+02:00")) for f in d["findings"])'

# An open disruption keeps its service levels.
ok incident open --kind disruption --title "Storing" --priority 1 --at 2026-11-26T15:00
expect 2 --now 2026-11-26T16:00:01 incident overdue
stdout_has "respond by 2026-11-26T16:00:00+01:00"
pass
