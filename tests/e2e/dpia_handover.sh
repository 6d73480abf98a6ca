# R-DPIA-6: a processing record states the hand-over (the fetching system, the most days data
# may wait, at most policy dpia.handover_max_days); dpia due warns on a product taken up without
# one; the security statement shows it.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01
findings() { json "F=[(f['severity'],f['subject']) for f in d['findings'] if f['rule']=='R-DPIA-6']
$1"; }

# CAMBO is taken up by 12AB, VVA by nobody: only CAMBO is warned.
expect 2 dpia due --format json
findings 'assert F==[("WARNING","product CAMBO")], F'
expect 2 dpia due
stdout_has "WARNING R-DPIA-6 product CAMBO: taken up without a processing record that states the hand-over (--handover-system, --handover-days at most 14)"

# A record without a hand-over does not state it.
register_args CAMBO
ok dpia register add "${REG[@]}"
expect 2 dpia due --format json
findings 'assert F==[("WARNING","product CAMBO")], F'

# Bad hand-overs: one half alone, days over the policy's 14, not a number, negative.
unchanged_after 65 dpia register edit 1 --handover-system "Studielink"
stderr_has "R-DPIA-6: a hand-over needs both --handover-system and --handover-days"
unchanged_after 65 dpia register edit 1 --handover-days 7
for days in "" 15 7x; do
  unchanged_after 65 dpia register edit 1 --handover-system "Studielink" --handover-days "$days"
done
stderr_has "is not a number of days from 0 to 14"
# The boundary: 14 days is allowed, and answers R-DPIA-6.
ok dpia register edit 1 --handover-system "Studielink" --handover-days 14
expect 2 dpia due --format json
findings 'assert F==[], F'
ok dpia register show 1 --format json
json 'assert d["handover_system"]=="Studielink" and d["handover_days"]==14, d'
ok dpia register list --format json
json 'assert d[0]["handover_days"]==14 and isinstance(d[0]["handover_days"], int), d'
# A policy that allows more days: 15 then passes; a lower one makes the stated 14 too long.
printf '[dpia]\nhandover_max_days = 15\n' >"$T/long.toml"
ok --config "$T/long.toml" dpia register edit 1 --handover-days 15
printf '[dpia]\nhandover_max_days = 10\n' >"$T/short.toml"
expect 2 --config "$T/short.toml" dpia due --format json
findings 'assert F==[("WARNING","product CAMBO")], F'
ok dpia register edit 1 --handover-days 14
# An empty value clears both together only.
unchanged_after 65 dpia register edit 1 --handover-days ""
ok dpia register edit 1 --handover-days "" --handover-system ""
ok dpia register show 1 --format json
json 'assert d["handover_system"] is None and d["handover_days"] is None, d'
ok dpia register edit 1 --handover-system "Studielink" --handover-days 3

# The security statement shows it.
ok report security-statement 12AB --format json
json 'p=d["processing"]; assert p[0]["handover_system"]=="Studielink" and p[0]["handover_days"]==3, p'
pass
