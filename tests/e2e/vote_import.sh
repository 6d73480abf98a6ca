# mbov vote import MOTION FILE|-: ballots from CSV into a stored motion, all or nothing.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

assembly 4
members REMOTE
printf 'member,choice,advance\nM1,yes,false\nM2,yes,0\nM3,no,\nREMOTE,yes,true\nM4,no,1\n' >"$T/b.csv"
ok --now 2026-04-01T09:00 vote import "$MOTION" "$T/b.csv"
stdout_empty
stderr_has "imported 5 ballots"
expect 1 "${T_DAY[@]}" vote tally "$MOTION" --format json
json 'assert (d["present_count"],d["advance_count"],d["yes"],d["no"],d["base"],d["required"])==(4,1,3,2,5,4)'
# What 'vote ballots --format csv' writes, 'vote import' and 'vote tally --ballots' read back.
ok "${T_DAY[@]}" vote ballots "$MOTION" --format csv
cp "$OUT" "$T/round.csv"
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Kopie"; COPY=$(new_id)
ok --now 2026-04-01T09:00 vote import "$COPY" - <"$T/round.csv"
ok "${T_DAY[@]}" vote ballots "$COPY" --format csv
[[ $(out) == $(cat "$T/round.csv") ]] || fail "import of the ballots csv does not give the same ballots"
expect 1 vote tally --ballots "$T/round.csv" --format json   # a roll: no flags
json 'assert (d["present_count"],d["advance_count"],d["yes"],d["no"],d["base"])==(4,1,3,2,5)'
# An in-person row replaces an advance ballot (R-VOTE-5) in an import too.
printf 'member,choice\nM4,yes\n' | { ok "${T_DAY[@]}" vote import "$MOTION" -; }
expect 0 "${T_DAY[@]}" vote tally "$MOTION" --format json
json 'assert (d["yes"],d["no"],d["base"])==(4,1,5) and d["adopted"]'
ok audit log --entity ballot --format json
json 'assert [x["action"] for x in d].count("replace")==1'

# All or nothing: a bad row anywhere leaves every ballot out, naming line and column.
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Leeg"; EMPTY=$(new_id)
bad() {  # bad TEXT WANT-IN-STDERR
  printf "$1" >"$T/bad.csv"
  unchanged_after 65 "${T_DAY[@]}" vote import "$EMPTY" "$T/bad.csv"
  stderr_has "$2"
}
bad 'member,choice\nM1,yes\nM2,maybe\n' "bad.csv:3:2 (choice): 'maybe' is not yes, no or abstain"
bad 'member,choice\nM1,yes\nNOSUCH,no\n' "bad.csv:3:1 (member): no member with code 'NOSUCH'"
bad 'member,choice\nM1,yes\nREMOTE,no\n' "bad.csv:3:1 (member): R-VOTE-2: member REMOTE is not present"
bad 'member,choice\nM1,yes\nM1,no\n' "bad.csv:3:1 (member): R-VOTE-6: member M1 already has a ballot"
bad 'member,choice,advance\nM1,yes,maybe\n' "bad.csv:2:3 (advance)"
bad 'member,choice,when\nM1,yes,now\n' "unknown column 'when'"
bad 'member\nM1\n' "choice"
bad 'member,choice\nM1\n' "bad.csv:2"
bad '' "empty file"
unchanged_after 66 "${T_DAY[@]}" vote import "$EMPTY" "$T/missing.csv"
stderr_has "missing.csv"
unchanged_after 65 "${T_DAY[@]}" vote import 99 "$T/b.csv"
stderr_has "no motion 99"
unchanged_after 64 "${T_DAY[@]}" vote import "$EMPTY"
ok "${T_DAY[@]}" vote close "$EMPTY"
unchanged_after 65 "${T_DAY[@]}" vote import "$EMPTY" "$T/b.csv"
stderr_has "R-VOTE-6"
ok "${T_DAY[@]}" vote ballots "$EMPTY" --format json
json 'assert all(b["choice"] is None for b in d)'
pass
