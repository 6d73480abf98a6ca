# mbov vote cast / close / ballots: in person, in advance, the override, one ballot each (R-VOTE-2, 5, 6).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

assembly 3
members ABSENT LATE:2026-04-02 GONE:2019-01-01:2026-03-31
ok "${T_DAY[@]}" vote cast "$MOTION" M1 yes
stdout_is 1
ok "${T_DAY[@]}" vote cast "$MOTION" m2 no --at 2026-04-01T20:15   # codes as registered, any case
ok "${T_DAY[@]}" vote ballots "$MOTION" --format csv
# The roll (R-VOTE-11): every member with a vote, present or not, with its ballot.
[[ $(out) == $'member,choice,advance,present\r\nABSENT,,false,false\r\nM1,yes,false,true\r\nM2,no,false,true\r\nM3,,false,true\r' ]] || fail "ballots csv: $(out)"
ok "${T_DAY[@]}" vote ballots "$MOTION" --format json
json 'assert [b["at"] for b in d if b["member"]=="M2"]==["2026-04-01T20:15:00+02:00"] and d[1]["ballot"]==1'

# R-VOTE-6: one ballot per member.
unchanged_after 65 "${T_DAY[@]}" vote cast "$MOTION" M1 no
stderr_has "R-VOTE-6: member M1 already has a ballot on motion $MOTION (yes, ballot 1)"
stderr_has "hint: withdraw it first: 'mbov vote withdraw 1 --reason TEXT'"
unchanged_after 65 "${T_DAY[@]}" --lang nl vote cast "$MOTION" M1 no
stderr_has "R-VOTE-6: lid M1 heeft al een stem op motie $MOTION (voor, stem 1)"
# R-VOTE-2: in person only when present; never for a member without a vote that day.
unchanged_after 65 "${T_DAY[@]}" vote cast "$MOTION" ABSENT yes
stderr_has "R-VOTE-2: member ABSENT is not present at meeting $MEETING"
stderr_has "hint: record it with 'mbov vote attend $MEETING ABSENT'"
unchanged_after 65 --today 2026-03-30 vote cast "$MOTION" LATE yes --advance
stderr_has "R-VOTE-2"
unchanged_after 65 --today 2026-03-30 vote cast "$MOTION" GONE yes --advance
stderr_has "R-VOTE-2"
# R-VOTE-5: an advance ballot before the meeting (its day included), not after it.
unchanged_after 65 --today 2026-04-02 vote cast "$MOTION" ABSENT yes --advance
stderr_has "R-VOTE-5"
ok "${T_DAY[@]}" vote cast "$MOTION" ABSENT yes --advance --at 2026-04-01T09:00
expect 1 "${T_DAY[@]}" vote tally "$MOTION" --format json   # M3 present and silent: 2 of 4
json 'assert (d["base"],d["present_count"],d["advance_count"],d["yes"],d["no"],d["required"])==(4,3,1,2,1,3)'
# Two advance ballots, or an advance ballot after an in-person one: refused.
unchanged_after 65 --today 2026-03-30 vote cast "$MOTION" ABSENT no --advance
unchanged_after 65 --today 2026-03-30 vote cast "$MOTION" M1 no --advance
stderr_has "R-VOTE-6"

# The override is the policy's: off, the in-person ballot of an advance voter is refused.
ok --today 2026-03-30 vote cast "$MOTION" M3 no --advance
printf '[vote]\nin_person_overrides_advance = false\n' >"$T/keep.toml"
unchanged_after 65 "${T_DAY[@]}" --config "$T/keep.toml" vote cast "$MOTION" M3 yes
stderr_has "already has an advance ballot"
stderr_has "in_person_overrides_advance is false"
ok "${T_DAY[@]}" vote cast "$MOTION" M3 yes
ok "${T_DAY[@]}" vote ballots "$MOTION" --format json
json 'assert [(b["member"],b["choice"],b["advance"],b["present"]) for b in d if b["choice"]]==[("ABSENT","yes",True,False),("M1","yes",False,True),("M2","no",False,True),("M3","yes",False,True)]'
ok audit log --entity ballot --format json
json 'assert [x["action"] for x in d].count("replace")==1 and [x["action"] for x in d].count("cast")==5'

# Close: no ballots after it (R-VOTE-6); closing twice is refused.
ok --now 2026-04-01T21:00 vote close "$MOTION"
stdout_empty
# A member who comes in after the close is not counted in that motion's base.
members LATECOMER
ok "${T_DAY[@]}" vote attend "$MEETING" LATECOMER --at 2026-04-01T21:10
unchanged_after 65 "${T_DAY[@]}" vote cast "$MOTION" LATECOMER yes
stderr_has "R-VOTE-6: motion $MOTION is closed: no ballots after 2026-04-01T21:00:00+02:00"
unchanged_after 65 vote close "$MOTION"
ok vote motion list --format json
json 'assert d[0]["status"]=="closed" and d[0]["ballots"]==4 and d[0]["adopted"] is True'
expect 0 "${T_DAY[@]}" vote tally "$MOTION" --format json
json 'assert (d["base"],d["present_count"],d["yes"])==(4,3,3) and "LATECOMER" not in [v["member"] for v in d["votes"]]'

# Bad input.
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Tweede motie"; M2ID=$(new_id)
unchanged_after 65 "${T_DAY[@]}" vote cast "$M2ID" M1 maybe
stderr_has "'maybe' is not yes, no or abstain"
unchanged_after 65 "${T_DAY[@]}" vote cast "$M2ID" M1 ja   # ja/nee are for yes/no columns
unchanged_after 65 "${T_DAY[@]}" vote cast "$M2ID" NOSUCH yes
stderr_has "no member with code 'NOSUCH'"
unchanged_after 65 "${T_DAY[@]}" vote cast 99 M1 yes
stderr_has "no motion 99"
unchanged_after 65 "${T_DAY[@]}" vote cast abc M1 yes
unchanged_after 65 "${T_DAY[@]}" vote cast "$M2ID" M1 yes --at 2026-04-01T25:00
stderr_has "--at"
unchanged_after 64 "${T_DAY[@]}" vote cast "$M2ID" M1
unchanged_after 64 "${T_DAY[@]}" vote cast "$M2ID" M1 yes --proxy
unchanged_after 65 vote close 99
unchanged_after 65 vote ballots 99
pass
