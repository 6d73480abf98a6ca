# mbov incident update: the state machine new → acknowledged → in-progress → resolved → closed,
# resolved from any open status, reopening, refused moves, and the timeline with time, actor and note.
source "$(dirname "$0")/common.bash"

ok init
ok incident open --kind disruption --title "Storing" --priority 3 --at 2026-06-01T09:00
i=$(new_id)
# Refused moves from new.
for to in in-progress closed; do
  unchanged_after 65 incident update "$i" --status $to --at 2026-06-01T09:10
  stderr_has "cannot move an incident from new to $to"
  stderr_has "from new it can move to acknowledged or resolved"
done
unchanged_after 65 incident update "$i" --status new
unchanged_after 65 incident update "$i" --status gone
# A word that is no status: named with the statuses there are (issue 23), before the database is opened.
stderr_has "--status: 'gone' is not new, acknowledged, in-progress, resolved or closed"
unchanged_after 65 incident update "$i" --status acknowledged --at 2026-06-01T08:59
stderr_has "before the latest event"
unchanged_after 65 incident update "$i" --status acknowledged --at morgen
stderr_has "--at"
unchanged_after 65 incident update 999 --status acknowledged
stderr_has "no incident with id 999"
unchanged_after 64 incident update "$i"

ok incident update "$i" --status acknowledged --at 2026-06-01T09:30 --note "gezien"
unchanged_after 65 incident update "$i" --status closed --at 2026-06-01T09:40
stderr_has "from acknowledged it can move to in-progress or resolved"
ok --actor alice incident update "$i" --status in-progress --at 2026-06-01T10:00
ok incident update "$i" --status resolved --at 2026-06-01T12:00
ok incident update "$i" --status in-progress --at 2026-06-01T13:00 --note "komt terug"
ok incident show "$i" --format json
json 'assert d["status"]=="in-progress" and d["resolved"] is None and d["resolved_in_time"] is None, "reopening drops the resolution"'
ok incident update "$i" --status resolved --at 2026-06-01T14:00
ok incident update "$i" --status closed --at 2026-06-02T09:00
ok incident show "$i" --format json
json 'assert d["status"]=="closed" and d["acknowledged"]=="2026-06-01T09:30:00+02:00" and d["resolved"]=="2026-06-01T14:00:00+02:00" and d["closed"]=="2026-06-02T09:00:00+02:00"'
json 't=d["timeline"]; assert [e["detail"] for e in t]==["disruption, priority 3","new → acknowledged","acknowledged → in-progress","in-progress → resolved","resolved → in-progress","in-progress → resolved","resolved → closed"], t'
json 't=d["timeline"]; assert t[1]["note"]=="gezien" and t[2]["actor"]=="alice" and t[1]["actor"]=="tester" and t[4]["at"]=="2026-06-01T13:00:00+02:00"'
for to in acknowledged in-progress resolved closed; do
  unchanged_after 65 incident update "$i" --status $to
  stderr_has "closed incident stays closed"
done

# Notes on the timeline.
ok incident open --kind access --title "Rechten" --at 2026-06-03T09:00
j=$(new_id)
ok incident note "$j" --note "rol aangepast" --at 2026-06-03T10:00
ok incident show "$j" --format json
json 'assert d["timeline"][-1]["event"]=="note" and d["timeline"][-1]["note"]=="rol aangepast"'
unchanged_after 65 incident note "$j" --note ""
unchanged_after 64 incident note "$j"
ok audit verify
ok audit log --entity incident --format json
json 'assert any(r["action"]=="status" for r in d) and any(r["action"]=="open" for r in d)'
pass
