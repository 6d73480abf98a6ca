# R-VOTE-4: the result is fixed at the close, stored with the motion; order is recording order.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

assembly 3
votes yes yes no
# A close earlier than a recorded attendance or ballot is refused (attendance was at 12:00).
unchanged_after 65 vote close "$MOTION" --at 2026-04-01T11:59
stderr_has "R-VOTE-4: motion $MOTION cannot close at 2026-04-01T11:59:00+02:00"
unchanged_after 65 vote close "$MOTION" --at 2026-04-01T25:00
stderr_has "--at"
unchanged_after 64 vote close
unchanged_after 65 vote close 0
ok vote close "$MOTION" --at 2026-04-01T12:00
[[ $(sqlite3 "$MBOV_DB" "SELECT base, present, yes, no, required, adopted, threshold, base_rule FROM motion_result") == "3|3|2|1|2|1|2/3|present_or_advance" ]] ||
  fail "the stored result: $(sqlite3 "$MBOV_DB" 'SELECT * FROM motion_result')"
# Three late arrivals recorded after the close, stamped before it: they never count.
members L1 L2 L3
ok "${T_DAY[@]}" vote attend "$MEETING" L1 L2 L3 --at 2026-04-01T09:00
tally_is 0 'assert (d["base"],d["present_count"],d["yes"],d["required"])==(3,3,2,2) and d["adopted"] and d["stored"] and d["closed"].startswith("2026-04-01T12:00")'
ok vote motion list --format json
json 'assert d[0]["status"]=="closed" and d[0]["adopted"] is True and d[0]["ballots"]==3'
# Another policy today does not change a stored result; the stored policy is shown.
printf '[vote]\nthreshold = "3/4"\n' >"$T/three.toml"
tally_is 0 'assert d["threshold"]=="2/3" and d["adopted"]' --config "$T/three.toml"
# The recount agrees...
expect 0 vote tally "$MOTION" --recount --format json
json 'assert (d["base"],d["yes"])==(3,2)'
# ...until the records are changed behind mbov's back: exit 2.
sqlite3 "$MBOV_DB" "UPDATE ballot SET choice = 'no' WHERE member = 'M2'"
expect 2 vote tally "$MOTION" --recount
stderr_has "the recount differs from the result stored at the close"
expect 0 vote tally "$MOTION"   # the stored result stands
unchanged_after 64 vote tally --recount --ballots -
# An open motion has nothing to recount.
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Open"; OPEN=$(new_id)
unchanged_after 65 vote tally "$OPEN" --recount
stderr_has "is open"
# The ballot count of an open motion: the late arrivals count there.
expect 1 "${T_DAY[@]}" vote tally "$OPEN" --format json
json 'assert d["present_count"]==6 and d["stored"] is False'
pass
