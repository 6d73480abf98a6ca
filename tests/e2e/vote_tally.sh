# mbov vote tally MOTION: the boundaries every assembly hits (R-VOTE-3, 4, 5, 7), exit 0/1.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

# Exactly 2/3: 6 of 9 adopts, margin 0.
assembly 9
votes yes yes yes yes yes yes no no no
tally_is 0 'assert (d["base"],d["present_count"],d["yes"],d["no"],d["required"],d["margin"])==(9,9,6,3,6,0) and d["adopted"] is True and d["consensus"] is False and d["motion"]'
json 'assert "6×3 ≥ 2×9" in d["rule"] and "adopted" in d["rule"]'
# The table names the rule in words too.
expect 0 "${T_DAY[@]}" vote tally "$MOTION"
stdout_has "threshold 2/3 of base 9 (members present or voting in advance) requires 6 yes"
# Quiet: only the exit status speaks.
expect 0 -q "${T_DAY[@]}" vote tally "$MOTION"
stdout_empty

# One short: 5 yes, 1 no and three present members silent (they weigh as no) is not adopted.
rm -f "$MBOV_DB"*; assembly 9
votes yes yes yes yes yes no
tally_is 1 'assert (d["base"],d["yes"],d["no"],d["abstain"],d["required"],d["margin"])==(9,5,1,0,6,-1) and d["adopted"] is False'
json 'assert "5×3 < 2×9" in d["rule"] and d["rule"].endswith("not adopted")'
# Abstentions weigh as no as well: 5 yes, 1 no, 3 abstain.
votes - - - - - - abstain abstain abstain
tally_is 1 'assert (d["yes"],d["no"],d["abstain"],d["base"])==(5,1,3,9) and not d["adopted"]'

# Consensus with abstentions: 2 yes, 7 abstain, no "no": adopted by consensus.
rm -f "$MBOV_DB"*; assembly 9
votes yes yes abstain abstain abstain abstain abstain abstain abstain
tally_is 0 'assert d["consensus"] is True and d["adopted"] is True and d["required"]==6 and d["margin"]==-4 and d["rule"].startswith("consensus")'
# ... and one "no" breaks it: 2 of 9 is far from 2/3.
rm -f "$MBOV_DB"*; assembly 9
votes yes yes abstain abstain abstain abstain abstain abstain no
tally_is 1 'assert d["consensus"] is False and not d["adopted"] and "no consensus (1 no)" in d["rule"]'
# No yes at all is never consensus.
rm -f "$MBOV_DB"*; assembly 3
votes abstain abstain abstain
tally_is 1 'assert d["consensus"] is False and not d["adopted"] and "no yes vote" in d["rule"]'

# Advance votes widen the base: 6 present (4 yes, 2 no) + 3 in advance (2 yes, 1 no):
# base 9, 6 yes adopts; without the advance yes votes it would not.
rm -f "$MBOV_DB"*; ok init
members A1 A2 A3 A4 A5 A6 B1 B2 B3
ok "${T_DAY[@]}" vote meeting add --date 2026-04-01; MEETING=$(new_id)
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Jaarplan" --kind budget --year 2027; MOTION=$(new_id)
ok --today 2026-03-28 vote cast "$MOTION" B1 yes --advance
ok --today 2026-03-28 vote cast "$MOTION" B2 yes --advance
ok --today 2026-03-28 vote cast "$MOTION" B3 no --advance
ok "${T_DAY[@]}" vote attend "$MEETING" A1 A2 A3 A4 A5 A6
for c in A1:yes A2:yes A3:yes A4:yes A5:no A6:no; do ok "${T_DAY[@]}" vote cast "$MOTION" "${c%%:*}" "${c#*:}"; done
tally_is 0 'assert (d["base"],d["present_count"],d["advance_count"],d["yes"],d["no"],d["required"])==(9,6,3,6,3,6) and d["adopted"]'
# Override: B3 turns up and votes yes in person: its advance "no" is replaced; base stays 9.
ok "${T_DAY[@]}" vote attend "$MEETING" B3
ok "${T_DAY[@]}" vote cast "$MOTION" B3 yes
tally_is 0 'assert (d["base"],d["present_count"],d["advance_count"],d["yes"],d["no"])==(9,7,2,7,2)'
ok audit log --entity ballot --format json
json 'r=[x for x in d if x["action"]=="replace"]; assert len(r)==1 and r[0]["details"]["advance_choice"]=="no" and r[0]["details"]["in_person_choice"]=="yes"'
# The named vote for the minutes: who voted what, advance or in person.
expect 0 "${T_DAY[@]}" vote tally "$MOTION" --format markdown
stdout_has "| field | value |"
stdout_has "### votes"
stdout_has "| B1 | Lid B1 | false | yes | true |"
stdout_has "| B3 | Lid B3 | true | yes | false |"
# A closed motion keeps its result.
ok --now 2026-04-01T21:30 vote close "$MOTION"
tally_is 0 'assert d["closed"].startswith("2026-04-01T21:30") and d["yes"]==7'

# Quorum (R-VOTE-7) and thresholds 1/2 and 3/4 from a policy file.
rm -f "$MBOV_DB"*; assembly 8
votes yes yes yes yes no no no no
tally_is 1 'assert d["required"]==6 and not d["adopted"]'
printf '[vote]\nthreshold = "1/2"\n' >"$T/half.toml"
tally_is 0 'assert (d["threshold"],d["required"],d["margin"])==("1/2",4,0) and d["adopted"]' --config "$T/half.toml"
printf '[vote]\nthreshold = "3/4"\n' >"$T/three.toml"
votes - - - - - - - -
tally_is 1 'assert (d["threshold"],d["required"],d["margin"])==("3/4",6,-2)' --config "$T/three.toml"
printf '[vote]\nthreshold = "1/2"\nquorum = 9\n' >"$T/quorum.toml"
tally_is 1 'assert d["quorum_met"] is False and not d["adopted"] and "quorum not met: base 8 < quorum 9" in d["rule"]' --config "$T/quorum.toml"
printf '[vote]\nthreshold = "1/2"\nquorum = 8\n' >"$T/quorum8.toml"
tally_is 0 'assert d["quorum_met"] is True and d["adopted"]' --config "$T/quorum8.toml"
# Other bases and unanimity from the policy.
printf '[vote]\nbase = "cast"\n' >"$T/cast.toml"
tally_is 1 'assert d["base"]==8' --config "$T/cast.toml"
printf '[vote]\nbase = "all_members"\n' >"$T/all.toml"
members LATE:2026-04-02 GONE:2019-01-01:2026-03-31 EXTRA
tally_is 1 'assert d["base"]==9 and d["required"]==6' --config "$T/all.toml"
rm -f "$MBOV_DB"*; assembly 3
votes yes yes abstain
printf '[vote]\nconsensus = "unanimous"\nthreshold = "3/4"\n' >"$T/unan.toml"
tally_is 1 'assert d["consensus"] is False and not d["adopted"] and "not all 3 in the base voted yes" in d["rule"]' --config "$T/unan.toml"
tally_is 0 'assert d["consensus"] is True'

# Bad input.
unchanged_after 65 "${T_DAY[@]}" vote tally 99
stderr_has "no motion 99"
unchanged_after 65 "${T_DAY[@]}" vote tally x1
unchanged_after 64 "${T_DAY[@]}" vote tally
unchanged_after 64 "${T_DAY[@]}" vote tally "$MOTION" --ballots -
unchanged_after 64 "${T_DAY[@]}" vote tally "$MOTION" --present-count 3
unchanged_after 64 "${T_DAY[@]}" vote tally "$MOTION" --format html
printf '[vote]\nthreshold = "3/2"\n' >"$T/bad.toml"
unchanged_after 78 "${T_DAY[@]}" vote tally "$MOTION" --config "$T/bad.toml"
stderr_has "bad.toml:2"
pass
