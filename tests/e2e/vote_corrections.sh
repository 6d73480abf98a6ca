# R-VOTE-10: corrections before the close (withdraw, leave), re-votes after it; all audited.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

assembly 4
members REMOTE
ok --today 2026-03-30 vote cast "$MOTION" M4 no --advance; ADV=$(new_id)
ok "${T_DAY[@]}" vote cast "$MOTION" M1 no; TYPO=$(new_id)
# Withdraw: a reason is required (64 missing, 65 empty); unknown ballots are named.
unchanged_after 64 "${T_DAY[@]}" vote withdraw "$TYPO"
unchanged_after 65 "${T_DAY[@]}" vote withdraw "$TYPO" --reason " "
stderr_has "--reason must not be empty"
unchanged_after 65 "${T_DAY[@]}" vote withdraw 99 --reason x
stderr_has "no ballot 99"
unchanged_after 65 "${T_DAY[@]}" vote withdraw x --reason x
ok "${T_DAY[@]}" vote withdraw "$TYPO" --reason "verkeerde hand"
unchanged_after 65 "${T_DAY[@]}" vote withdraw "$TYPO" --reason again
stderr_has "it was withdrawn"
ok "${T_DAY[@]}" vote cast "$MOTION" M1 yes
ok audit log --entity ballot --format json
json 'w=[x for x in d if x["action"]=="withdraw"]; assert len(w)==1 and "verkeerde hand" in str(w[0]["details"])'
# The override, then withdrawing the in-person ballot: the advance one stays replaced by default...
ok "${T_DAY[@]}" vote cast "$MOTION" M4 yes; INPERSON=$(new_id)
stderr_has "ballot $INPERSON replaces the advance ballot $ADV of M4 (no, cast 2026-03-30T12:00:00+02:00)"
ok "${T_DAY[@]}" vote withdraw "$INPERSON" --reason "toch niet"
tally_is 0 'assert (d["yes"],d["no"])==(1,0)'
# ...and comes back when the policy says so.
ok --today 2026-03-30 vote cast "$MOTION" M3 no --advance; ADV3=$(new_id)
ok "${T_DAY[@]}" vote cast "$MOTION" M3 yes; INPERSON=$(new_id)
printf '[vote]\nwithdrawal_restores_advance = true\n' >"$T/restore.toml"
ok "${T_DAY[@]}" --config "$T/restore.toml" vote withdraw "$INPERSON" --reason "toch niet"
stderr_has "the advance ballot $ADV3 of M3 (no) counts again"
tally_is 1 'assert (d["yes"],d["no"])==(1,1)'
ok audit log --entity ballot --format json
json 'assert [x["action"] for x in d].count("restore")==1'

# Leave: all or nothing, each must be present; a leaver is not in the base, nor its ballot.
ok "${T_DAY[@]}" vote cast "$MOTION" M2 yes
unchanged_after 65 "${T_DAY[@]}" vote leave "$MEETING" M2 REMOTE
stderr_has "R-VOTE-10: not present at meeting $MEETING: REMOTE"
unchanged_after 65 "${T_DAY[@]}" vote leave "$MEETING" M2 M2X
stderr_has "'M2X'"
unchanged_after 65 "${T_DAY[@]}" vote leave 99 M2
unchanged_after 64 "${T_DAY[@]}" vote leave "$MEETING"
ok "${T_DAY[@]}" vote leave "$MEETING" M2 --reason "ziek"
stderr_has "no longer counts"
tally_is 1 'assert (d["present_count"],d["advance_count"],d["yes"],d["no"],d["base"])==(3,0,1,1,3)'
ok audit log --entity meeting --format json
json 'assert any(x["action"]=="leave" and "ziek" in str(x["details"]) for x in d)'
ok "${T_DAY[@]}" vote attend "$MEETING" M2   # back before the close: its ballot counts again
tally_is 1 'assert (d["present_count"],d["yes"],d["base"])==(4,2,4)'

# After the close nothing changes (65, with the hint of a re-vote).
ok "${T_DAY[@]}" vote close "$MOTION"
unchanged_after 65 "${T_DAY[@]}" vote withdraw "$ADV" --reason laat
stderr_has "R-VOTE-10: motion $MOTION is closed"
stderr_has "--repeats $MOTION"
unchanged_after 65 "${T_DAY[@]}" vote cast "$MOTION" M3 yes
stderr_has "--repeats $MOTION"

# A re-vote refers to the motion it repeats; an open or unknown one cannot be repeated.
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Motie (herstemming)" --repeats "$MOTION"; AGAIN=$(new_id)
unchanged_after 65 "${T_DAY[@]}" vote motion add "$MEETING" --title "X" --repeats "$AGAIN"
stderr_has "still open"
unchanged_after 65 "${T_DAY[@]}" vote motion add "$MEETING" --title "X" --repeats 99
unchanged_after 65 "${T_DAY[@]}" vote motion add "$MEETING" --title "X" --repeats -1
ok vote motion list --format json
json 'assert [m["repeats"] for m in d]==[None, '"$MOTION"']'
ok vote show "$MOTION" --format json
json 'assert d["repeated_by"]==['"$AGAIN"'] and d["stored"] is True'
ok vote show "$AGAIN" --format markdown
stdout_has "| repeats | $MOTION |"
unchanged_after 65 vote show 99
pass
