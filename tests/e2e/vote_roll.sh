# R-VOTE-11: the roll of `vote ballots --format csv` is what `vote tally --ballots -` reads with
# no flags (equal to the stored tally in every field but motion) and what `vote import` reads back.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

assembly 5
members REMOTE AWAY
ok --today 2026-03-30 vote cast "$MOTION" REMOTE yes --advance
ok --today 2026-03-30 vote cast "$MOTION" M5 no --advance   # present, its advance ballot stands
votes yes yes no - -   # M4 present and silent
ok "${T_DAY[@]}" vote close "$MOTION"
expect 1 "${T_DAY[@]}" vote tally "$MOTION" --format json; cp "$OUT" "$T/stored.json"
ok "${T_DAY[@]}" vote ballots "$MOTION" --format csv; cp "$OUT" "$T/roll.csv"
stdout_has $'AWAY,,false,false\r'
stdout_has $'M4,,false,true\r'
stdout_has $'M5,no,true,true\r'
stdout_has $'REMOTE,yes,true,false\r'
# The pipeline of the issue: present members without a ballot keep the base (no reversal).
expect 1 vote tally --ballots - --format json <"$T/roll.csv"
"$PY" -c "import json,sys
a=json.load(open('$T/stored.json')); b=json.load(open('$OUT'))
diff=[k for k in b if k!='motion' and a[k]!=b[k]]
assert not diff and b['motion'] is None, diff" || fail "the roll's tally differs from the stored one"
json 'assert (d["base"],d["present_count"],d["advance_count"],d["yes"],d["no"])==(6,5,1,3,2)'
# Under every base of the policy, with no flags.
printf '[vote]\nbase = "all_members"\n' >"$T/all.toml"
expect 1 --config "$T/all.toml" vote tally --ballots "$T/roll.csv" --format json
json 'assert d["base"]==7'
# A roll with --present, --present-count or --members is refused.
expect 65 vote tally --ballots "$T/roll.csv" --present M1
stderr_has "a roll"
expect 65 vote tally --ballots "$T/roll.csv" --members 9
printf 'member,choice,advance,present\nA,yes,false,false\n' >"$T/bad.csv"
expect 65 vote tally --ballots "$T/bad.csv"
stderr_has "bad.csv:2:1 (member): R-VOTE-2: A votes in person but the roll says it is not present"
printf 'member,choice,advance,present\nA,,true,true\n' >"$T/bad.csv"
expect 65 vote tally --ballots "$T/bad.csv"
stderr_has "an advance ballot without a choice"
printf 'member,choice,advance,present\nA,,false,true\nA,yes,false,true\n' >"$T/bad.csv"
expect 65 vote tally --ballots "$T/bad.csv"
stderr_has "R-VOTE-6: A has a second line (the first on line 2)"

# Import of the roll into a fresh database (same members, a meeting and a motion): same records.
export MBOV_DB=$T/fresh.db
ok init
members M1 M2 M3 M4 M5 REMOTE AWAY
ok "${T_DAY[@]}" vote meeting add --date 2026-04-01; MEETING=$(new_id)
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Motie"; MOTION=$(new_id)
ok --now 2026-04-01T09:00 vote import "$MOTION" "$T/roll.csv"
stderr_has "imported 5 ballots"
ok "${T_DAY[@]}" vote ballots "$MOTION" --format csv
[[ $(out) == $(cat "$T/roll.csv") ]] || fail "the imported roll differs: $(out)"
ok "${T_DAY[@]}" vote close "$MOTION"
expect 1 "${T_DAY[@]}" vote tally "$MOTION" --format json
"$PY" -c "import json
a=json.load(open('$T/stored.json')); b=json.load(open('$OUT'))
keys=['base','present_count','advance_count','yes','no','abstain','required','consensus','adopted','rule']
assert [a[k] for k in keys]==[b[k] for k in keys]" || fail "the re-imported motion has another result"
# A header and no ballots: refused, nothing recorded.
printf 'member,choice,advance,present\n' >"$T/none.csv"
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Leeg"; EMPTY=$(new_id)
unchanged_after 65 "${T_DAY[@]}" vote import "$EMPTY" "$T/none.csv"
stderr_has "no ballots"
printf 'member,choice,advance,present\nM1,,false,true\n' >"$T/none.csv"
unchanged_after 65 "${T_DAY[@]}" vote import "$EMPTY" "$T/none.csv"
stderr_has "no ballots"
pass
