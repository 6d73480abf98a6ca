# Breaches (R-INC-7): the 72-hour clock across a daylight-saving change, each notification step,
# a late report refused without a reason, no-risk only with a reason, the overdue finding.
source "$(dirname "$0")/common.bash"
[[ $TZ == Europe/Amsterdam ]] || fail "this test needs TZ=Europe/Amsterdam"

ok init
# Aware on Friday 23 October 2026 10:00 CEST; summer time ends Sunday 25 October 03:00 → 02:00.
# 72 elapsed hours later is Monday 26 October 09:00 CET (10:00 on the wall clock would be 73 hours).
ok incident open --kind breach --title "Lijst gemaild aan verkeerde school" --at 2026-10-23T10:00
b=$(new_id)
ok incident show "$b" --format json
json 'assert d["priority"]==1 and d["authority_deadline"]=="2026-10-26T09:00:00+01:00" and d["authority_notified"] is None'
[[ $(sqlite3 "$MBOV_DB" "SELECT authority_deadline FROM incident WHERE id = $b") == 2026-10-26T08:00:00Z ]] || fail "deadline not stored in UTC"

# Overdue: 80 % of 72 h = 57.6 h after 08:00Z on the 23rd = 25 Oct 17:36Z. P1 SLA findings too.
ok incident update "$b" --status acknowledged --at 2026-10-23T10:30
ok incident update "$b" --status in-progress --at 2026-10-23T10:30
ok incident update "$b" --status resolved --at 2026-10-23T13:00
run --now 2026-10-25T18:35:59+01:00 incident overdue
[[ $STATUS == 0 ]] || fail "before 80 % of the breach clock: want OK, got $STATUS"
expect 1 --now 2026-10-25T18:36:00+01:00 incident overdue
stdout_has "R-INC-7 incident $b: report to the authority by 2026-10-26T09:00:00+01:00"
expect 1 --now 2026-10-26T09:00:00+01:00 incident overdue
expect 2 --now 2026-10-26T09:00:01+01:00 incident overdue
stdout_has "CRITICAL R-INC-7"
# A resolved breach cannot close before the decision on reporting.
unchanged_after 65 incident update "$b" --status closed --at 2026-10-26T09:30
stderr_has "neither reported"

# Late without a reason is refused; exactly at the deadline it is in time.
unchanged_after 65 incident notify "$b" --authority --at 2026-10-26T09:00:01+01:00
stderr_has "R-INC-7"
stderr_has "--reason"
unchanged_after 65 incident notify "$b" --authority --reason "" --at 2026-10-26T10:00
ok incident notify "$b" --authority --reason "weekend, pas maandag gemeld" --at 2026-10-26T10:00
ok incident show "$b" --format json
json 'assert d["authority_notified"]=="2026-10-26T10:00:00+01:00" and d["late_reason"]=="weekend, pas maandag gemeld"'
json 'assert d["timeline"][-1]["detail"]=="authority notified (late)"'
unchanged_after 65 incident notify "$b" --authority --at 2026-10-26T11:00
stderr_has "already"
unchanged_after 65 incident notify "$b" --no-risk --reason "toch niet" --at 2026-10-26T11:00
stderr_has "already reported"
ok incident notify "$b" --members --at 2026-10-26T11:00
ok incident notify "$b" --subjects --at 2026-10-26T12:00
ok incident update "$b" --status closed --at 2026-10-27T09:00
ok --now 2026-11-30T00:00 incident overdue
ok incident show "$b" --format json
json 'assert d["members_notified"]=="2026-10-26T11:00:00+01:00" and d["subjects_notified"]=="2026-10-26T12:00:00+01:00" and d["status"]=="closed"'

# In time at exactly the deadline: no reason needed.
ok incident open --kind breach --title "USB-stick kwijt" --at 2026-11-02T09:00
c=$(new_id)
ok incident notify "$c" --authority --at 2026-11-05T09:00
ok incident show "$c" --format json
json 'assert d["late_reason"] is None and d["timeline"][-1]["detail"]=="authority notified"'

# No risk needs a reason; then the breach is decided.
ok incident open --kind breach --title "Versleutelde laptop kwijt" --priority 3 --at 2026-11-02T09:00
n=$(new_id)
unchanged_after 65 incident notify "$n" --no-risk --at 2026-11-02T10:00
stderr_has "reason"
ok incident notify "$n" --no-risk --reason "volledig versleuteld" --at 2026-11-02T10:00
ok incident show "$n" --format json
json 'assert d["priority"]==3 and d["no_risk"]=="2026-11-02T10:00:00+01:00" and d["no_risk_reason"]=="volledig versleuteld"'
unchanged_after 65 incident notify "$n" --no-risk --reason again --at 2026-11-02T11:00

# Bad input.
ok incident open --kind disruption --title "Geen lek" --at 2026-11-02T09:00
d=$(new_id)
unchanged_after 65 incident notify "$d" --authority
stderr_has "not a breach"
unchanged_after 64 incident notify "$c"
unchanged_after 64 incident notify "$c" --members --subjects
unchanged_after 65 incident notify "$c" --members --at gisteren
stderr_has "--at"
unchanged_after 65 incident notify "$c" --members --at 2026-11-01T09:00
stderr_has "before the latest event"
unchanged_after 65 incident notify 999 --members
pass
