# R-CON-9: contract due and mbov check never go silent on a lapsed service: an uptake without a
# contract in force, and a contract at its end with neither an extension nor a termination, each
# CRITICAL; the day before, the day of and the day after each boundary; the weekly report shows it.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2024-01-01

ok init
ok member add 12AB --name "ROC Voorbeeld" --contracting-authority --joined 2020-01-01
ok member add 34CD --name "Vakcollege Proef" --contracting-authority --joined 2020-01-01
ok contract supplier add "Leverancier BV"
ok contract cert add 1 --standard ISO27001 --valid-until 2040-01-01
# VVA taken up from 2024-03-01 by two members; its contract starts 2024-03-02.
ok member uptake 12AB VVA --from 2024-03-01
ok member uptake 34CD VVA --from 2024-03-01
ok contract add --product VVA --supplier 1 --start 2024-03-02

# Uptake without a contract in force: not yet the day before the uptake, CRITICAL on its first day.
ok --today 2024-02-29 contract due
stdout_lacks "R-CON-9"
expect 2 --today 2024-03-01 contract due
stdout_has "CRITICAL R-CON-9 product VVA: taken up by 12AB, 34CD on 2024-03-01 without an active contract"
expect 2 --today 2024-03-01 contract due --format json
json 'f=[f for f in d["findings"] if f["rule"]=="R-CON-9"]; assert [(x["severity"],x["subject"],x["due"]) for x in f]==[("CRITICAL","product VVA",None)], f'
expect 2 --today 2024-03-01 check --format json
json 'assert any(f["rule"]=="R-CON-9" and f["subject"]=="contract: product VVA" for f in d["findings"]), d["findings"]'
# The contract's first day covers it.
ok --today 2024-03-02 contract due
stdout_lacks "R-CON-9"

# The contract ends 2028-03-01 (four years; its reviews are overdue by then, CRITICAL of their
# own). The day before: the R-CON-2 end warning, no R-CON-9.
expect 2 --today 2028-02-29 contract due
stdout_has "WARNING R-CON-2 contract 1 (VVA, Leverancier BV): end of the contract due 2028-03-01, in 1 day"
stdout_lacks "R-CON-9"
# The day of the end and the day after, neither extended nor terminated: CRITICAL, never silent.
for day in 2028-03-01 2028-03-02 2029-01-01; do
  expect 2 --today $day contract due --format json
  json 'f=[(x["severity"],x["subject"],x["due"]) for x in d["findings"] if x["rule"]=="R-CON-9"]; assert ("CRITICAL","contract 1 (VVA)","2028-03-01") in f, f'
done
expect 2 --today 2028-03-02 contract due
stdout_has "contract 1 reached its end 2028-03-01 with neither an extension nor a recorded termination (taken up by 12AB, 34CD)"
stdout_has "CRITICAL R-CON-9 product VVA: taken up by 12AB, 34CD on 2028-03-02 without an active contract"
expect 2 --lang nl --today 2028-03-02 contract due
stdout_has "contract 1 bereikte het einde 1 maart 2028 zonder verlenging of vastgelegde opzegging (afgenomen door 12AB, 34CD); leg het vast"
json_same_in_dutch 2 --today 2028-03-02 contract due
# The weekly report's products table shows the lapse.
ok --today 2028-03-02 report weekly --format json
json 'p=d["products"]; v=[r for r in p if r["product"]=="VVA"][0]; assert "reached its end 2028-03-01" in v["lapsed"], v; c=[r for r in p if r["product"]=="CAMBO"][0]; assert c["lapsed"] is None, c'

# An extension decided on the end day resolves it: no R-CON-9 the day after.
ok --today 2028-03-01 contract extend 1
expect 2 --today 2028-03-02 contract due
stdout_lacks "R-CON-9"
# A termination recorded (on or before the end) resolves it too, until the contract has ended
# and the uptake still runs: then the uptake is uncovered.
ok --today 2029-06-01 contract terminate 1 --end 2029-06-30 --reason "nieuwe aanbesteding" --exit-plan EXIT-1
expect 2 --today 2029-06-30 contract due
stdout_has "WARNING R-CON-7 contract 1 (VVA, Leverancier BV): end of the contract due today (2029-06-30)"
stdout_lacks "R-CON-9"
expect 2 --today 2029-07-01 contract due
stdout_has "CRITICAL R-CON-9 product VVA: taken up by 12AB, 34CD on 2029-07-01 without an active contract"
stdout_lacks "contract 1 reached"
pass
