# Incidents as people work (issue 13): resolved from any open status, the skipped stages absent
# from the timeline; the resolution is then the response the service level measures, at the
# deadline exactly in time, a second later not.
source "$(dirname "$0")/common.bash"

ok init
# Priority 1: respond within 1 h, resolve within 4 h.
for t in op-tijd te-laat; do
  ok incident open --kind disruption --title "$t" --priority 1 --at 2026-06-01T10:00
done
ok incident update 1 --status resolved --at 2026-06-01T11:00:00 --note "meteen opgelost"
ok incident update 2 --status resolved --at 2026-06-01T11:00:01
ok incident show 1 --format json
json 'assert d["status"]=="resolved" and d["acknowledged"] is None and d["resolved"]=="2026-06-01T11:00:00+02:00"'
json 'assert d["responded_in_time"] is True and d["resolved_in_time"] is True'
json 'assert [(e["event"],e["detail"],e["note"]) for e in d["timeline"]]==[("opened","disruption, priority 1",None),("status","new → resolved","meteen opgelost")], d["timeline"]'
ok incident show 2 --format json
json 'assert d["responded_in_time"] is False and d["resolved_in_time"] is True'
ok incident update 1 --status closed --at 2026-06-02T09:00
ok --now 2026-06-01T09:00 incident overdue

# From acknowledged, without in-progress.
ok incident open --kind access --title "Rechten" --priority 2 --at 2026-06-01T10:00
ok incident update 3 --status acknowledged --at 2026-06-01T10:30
ok incident update 3 --status resolved --at 2026-06-01T10:30
ok incident show 3 --format json
json 'assert [e["detail"] for e in d["timeline"]]==["access, priority 2","new → acknowledged","acknowledged → resolved"]'

# Reopening one that skipped acknowledging keeps its resolution as the response.
ok incident update 2 --status in-progress --at 2026-06-01T12:00 --note "komt terug"
ok incident show 2 --format json
json 'assert d["status"]=="in-progress" and d["acknowledged"]=="2026-06-01T11:00:01+02:00" and d["resolved"] is None and d["responded_in_time"] is False'
# It is open again: past its resolution time it is a finding, the response no longer.
expect 2 --now 2026-06-01T14:00:01 incident overdue
stdout_has "CRITICAL R-INC-3 incident 2: resolve by"
stdout_lacks "incident 2: respond"

# Bad input: nothing changes.
unchanged_after 65 incident update 3 --status resolved
stderr_has "cannot move an incident from resolved to resolved"
unchanged_after 65 incident update 1 --status resolved
stderr_has "closed incident stays closed"
unchanged_after 65 incident update 2 --status resolved --at 2026-06-01T11:59:59
stderr_has "before the latest event"
unchanged_after 65 incident update 0 --status resolved
stderr_has "not a positive integer"
unchanged_after 65 incident update 9 --status resolved
stderr_has "no incident with id 9"
unchanged_after 65 incident update 2 --status Resolved
unchanged_after 64 incident update 2 --status
pass
