# Service levels (R-INC-3): respond_by/resolve_by from incident.sla, in-time flags exactly at the
# deadline, and incident overdue: WARNING from escalate_at_percent, CRITICAL only past the deadline.
source "$(dirname "$0")/common.bash"

ok init
# Priority 1: respond 1 h, resolve 4 h. Opened 10:00 local.
ok incident open --kind disruption --title "P1 op tijd" --priority 1 --at 2026-06-01T10:00
a=$(new_id)
ok incident open --kind disruption --title "P1 te laat" --priority 1 --at 2026-06-01T10:00
b=$(new_id)
ok incident show "$a" --format json
json 'assert d["respond_by"]=="2026-06-01T11:00:00+02:00" and d["resolve_by"]=="2026-06-01T14:00:00+02:00"'

# Overdue before anyone acts: 80 % of 1 h is 10:48.
ok --now 2026-06-01T10:47:59 incident overdue
stdout_has "MBOV INCIDENT OK - nothing due"
expect 1 --now 2026-06-01T10:48:00 incident overdue
stdout_has "respond by 2026-06-01T11:00:00+02:00, 12 min left"
# Dutch for people, the same JSON for scripts.
expect 1 --lang nl --now 2026-06-01T10:48:00 incident overdue
stdout_has "WARNING R-INC-3 incident $a: reageren vóór 1 juni 2026 11:00, nog 12 min (verstoring, prioriteit 1: P1 op tijd)"
json_same_in_dutch 1 --now 2026-06-01T10:48:00 incident overdue
unchanged_after 65 --lang nl incident update "$a" --status closed
stderr_has "een incident kan niet van new naar closed"
expect 1 --now 2026-06-01T11:00:00 incident overdue
stdout_has "due now"
expect 2 --now 2026-06-01T11:00:01 incident overdue
stdout_has "CRITICAL R-INC-3 incident $a: respond by"
run --now 2026-06-01T11:00:01 incident overdue --format json
json 'assert d["area"]=="incident" and d["status"]=="CRITICAL" and {f["rule"] for f in d["findings"]}=={"R-INC-3"} and d["findings"][0]["due"]=="2026-06-01"'

# Acknowledged exactly at the deadline is in time; a second later is not.
ok incident update "$a" --status acknowledged --at 2026-06-01T11:00:00
ok incident update "$b" --status acknowledged --at 2026-06-01T11:00:01
ok incident update "$a" --status in-progress --at 2026-06-01T11:00:01
ok incident update "$b" --status in-progress --at 2026-06-01T11:00:01
ok incident update "$a" --status resolved --at 2026-06-01T14:00:00
ok incident show "$a" --format json
json 'assert d["responded_in_time"] is True and d["resolved_in_time"] is True'
ok incident show "$b" --format json
json 'assert d["responded_in_time"] is False and d["resolved_in_time"] is None'
# Resolve deadline exactly: a warning at 14:00, critical one second later.
expect 1 --now 2026-06-01T14:00:00 incident overdue
stdout_has "incident $b: resolve by"
stdout_lacks "incident $a"
expect 2 --now 2026-06-01T14:00:01 incident overdue
ok incident update "$b" --status resolved --at 2026-06-01T14:00:01
ok incident show "$b" --format json
json 'assert d["resolved_in_time"] is False'
# Resolved incidents are not findings, however late.
ok --now 2026-07-01T00:00 incident overdue
# ... and the flags are kept: a policy with other service levels does not change them.
printf '[incident.sla.p1]\nrespond_hours = 2\nresolve_hours = 8\n' >"$T/p.toml"
ok --config "$T/p.toml" incident show "$b" --format json
json 'assert d["responded_in_time"] is False and d["resolve_by"]=="2026-06-01T14:00:00+02:00"'
ok --config "$T/p.toml" incident open --kind backup --title "P1 ruim" --priority 1 --at 2026-06-02T10:00
ok incident show "$(new_id)" --format json
json 'assert d["respond_by"]=="2026-06-02T12:00:00+02:00" and d["resolve_by"]=="2026-06-02T18:00:00+02:00"'
# The warning share comes from the policy too.
printf '[incident]\nescalate_at_percent = 50\n' >"$T/w.toml"
expect 1 --config "$T/w.toml" --now 2026-06-02T11:00 incident overdue
ok --now 2026-06-02T11:00 incident overdue

# mbov check runs incident overdue.
expect 2 --now 2026-06-03T10:00 check
stdout_has "incident: incident"
pass
