# mbov member rejoin (R-MEM-7): a member that left becomes one again after its last day; the
# earlier period is kept. Charges follow the uptakes of both periods, vote rights hold in either
# period but not in the gap, an uptake in the gap is refused, report av lists the rejoin as a
# join, and every refusal changes nothing.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-09-10

ok init
ok member add 12AB --name "ROC Een" --contracting-authority --joined 2020-01-01
ok member add 34CD --name "ROC Twee" --contracting-authority --joined 2020-01-01
ok budget fee set CAMBO --one-off 0 --yearly 1000 --from-year 2025
ok member uptake 12AB CAMBO --from 2025-01-01
ok member uptake 34CD CAMBO --from 2025-01-01

# Refusals: not left yet, an unknown code (with did you mean).
unchanged_after 65 member rejoin 12AB --on 2026-07-01
stderr_has "member 12AB has not left: it cannot rejoin"
unchanged_after 65 member rejoin 12XB --on 2026-07-01
stderr_has "no member with code '12XB'"
stderr_has "did you mean '12AB'?"
unchanged_after 65 member rejoin 12AB --on 2026-13-01
stderr_has "invalid date for --on"
unchanged_after 64 member rejoin

ok member leave 12AB --on 2026-03-31
# Not after the last day: on it, or before it.
unchanged_after 65 member rejoin 12AB --on 2026-03-31
stderr_has "member 12AB left on 2026-03-31 (its last day): it can rejoin only after that day, not on 2026-03-31"
unchanged_after 65 member rejoin 12AB --on 2025-06-01
stderr_has "it can rejoin only after that day"

ok member rejoin 12AB --on 2026-07-01
stdout_empty
ok member show 12AB --format json
json 'assert (d["joined"], d["left"])==("2026-07-01", None), d'
unchanged_after 65 member rejoin 12AB --on 2026-08-01
stderr_has "has not left"

# An uptake in the gap, or reaching into it, is refused; one in the new period is taken.
unchanged_after 65 member uptake 12AB CAMBO --from 2026-06-30
stderr_has "member 12AB was not a member on 2026-06-30: it left on 2026-03-31 and rejoined on 2026-07-01"
unchanged_after 65 member uptake 12AB VVA --from 2026-03-01 --until 2026-04-01
stderr_has "member 12AB left on 2026-03-31"
ok member uptake 12AB CAMBO --from 2026-07-01

# Charges: 12AB 2026-01-01..03-31 (90 days) and 2026-07-01..12-31 (184 days): 274 days of
# 1000.00 a year is 750.68 (274000/365 = 750.684...); 34CD the whole year.
ok report charges 2026 --format json
json 'assert d["charges"]==[{"member":"12AB","product":"CAMBO","days":274,"one_off":0,"yearly":750.68,"total":750.68},
                           {"member":"34CD","product":"CAMBO","days":365,"one_off":0,"yearly":1000,"total":1000}], d["charges"]'
json 'assert d["total"]==1750.68, d["total"]'

# R-VOTE-2: no vote on a meeting in the gap; a vote after the rejoin and in the earlier period.
gap=$("$MBOV" vote meeting add --date 2026-05-01 --title "AV mei") || fail "meeting"
after=$("$MBOV" vote meeting add --date 2026-08-01 --title "AV augustus") || fail "meeting"
before=$("$MBOV" vote meeting add --date 2026-03-31 --title "AV maart") || fail "meeting"
unchanged_after 65 vote attend "$gap" 12AB
stderr_has "member 12AB left on 2026-03-31 (its last day), before the meeting of 2026-05-01: it has no vote"
ok vote attend "$after" 12AB
ok vote attend "$before" 12AB

# As of a day in the earlier period the member stands with it (its confirmation was due a year
# after it first joined); in the gap it is no member; after the rejoin, a year after that.
twelve() {  # twelve DAY: member check's findings on 12AB as of DAY
  run --today "$1" member check --format json
  "$PY" -c 'import json, sys; print(sorted(f["message"] for f in json.load(sys.stdin)["findings"] if "12AB" in f["subject"]))' <"$OUT"
}
[[ $(twelve 2026-02-01) == *"contact confirmation due 2021-01-01"* ]] || fail "12AB as of 2026-02-01: $(twelve 2026-02-01)"
[[ $(twelve 2026-05-01) == "[]" ]] || fail "12AB as of 2026-05-01 (the gap): $(twelve 2026-05-01)"
[[ $(twelve 2026-09-01) != *"confirmation due"* ]] || fail "12AB as of 2026-09-01: $(twelve 2026-09-01)"

# report av: the leave and the rejoin, each a row of the member's changes.
ok report av --year 2026 --format json
json 'assert d["member_changes"]==[{"code":"12AB","name":"ROC Een","joined":"2020-01-01","left":"2026-03-31"},
                                  {"code":"12AB","name":"ROC Een","joined":"2026-07-01","left":None}], d["member_changes"]'

# Audited: the kept period and the rejoin; the chain and the records are whole.
ok audit log --entity membership --format json
json 'assert [r["action"] for r in d]==["add"], d'
ok audit verify
pass
