# mbov vote tally --ballots FILE|-: the stateless tally for pipelines, no database, same policy.
source "$(dirname "$0")/common.bash"

# No database anywhere: the command must not need (or create) one.
export MBOV_DB=$T/none/mbov.db
printf 'member,choice\nA,yes\nB,yes\nC,yes\nD,yes\nE,yes\nF,yes\nG,no\nH,no\nI,no\n' >"$T/six.csv"
ok vote tally --ballots "$T/six.csv" --format json
json 'assert d["motion"] is None and (d["base"],d["present_count"],d["advance_count"],d["yes"],d["no"],d["required"],d["margin"])==(9,9,0,6,3,6,0) and d["adopted"] is True'
[[ ! -e $T/none ]] || fail "the stateless tally created a database"
# One short: the same file with a tenth member present who did not vote.
expect 1 vote tally --ballots "$T/six.csv" --present-count 10 --format json
json 'assert (d["base"],d["required"],d["margin"])==(10,7,-1) and not d["adopted"]'
# From stdin, with --present naming who is there (silent J weighs as no).
expect 1 vote tally --ballots - --present A,B,C,D,E,F,G,H,I,J --format json <"$T/six.csv"
json 'assert d["present_count"]==10 and d["base"]==10 and not d["adopted"]'
# The CLI contract's example: 1 yes, 1 no of 2 present.
printf 'member,choice\nX,yes\nY,no\n' | { expect 1 vote tally --ballots - --present-count 2; }
stdout_has "not adopted"

# Advance ballots widen the base; an in-person ballot replaces an advance one (either order).
printf 'choice,member,advance\nyes,A,0\nyes,B,0\nno,C,0\nno,D,1\nyes,D,0\nyes,E,true\nyes,F,0\nno,F,1\n' >"$T/adv.csv"
expect 0 vote tally --ballots "$T/adv.csv" --format json
json 'assert (d["present_count"],d["advance_count"],d["yes"],d["no"],d["base"],d["required"])==(5,1,5,1,6,4)'
expect 0 vote tally --ballots "$T/adv.csv" --present-count 5 --format json
json 'assert (d["base"],d["advance_count"])==(6,1)'
expect 0 vote tally --ballots "$T/adv.csv" --present A,B,C,D,F,G --format json
json 'assert (d["base"],d["present_count"],d["advance_count"])==(7,6,1)'
# Without the override in the policy, D's two ballots are an error naming the line.
printf '[vote]\nin_person_overrides_advance = false\n' >"$T/keep.toml"
expect 65 --config "$T/keep.toml" vote tally --ballots "$T/adv.csv"
stderr_has "adv.csv:6:2 (member): R-VOTE-6: D has a second ballot (the first on line 5)"
expect 65 --config "$T/keep.toml" --lang nl vote tally --ballots "$T/adv.csv"
stderr_has "R-VOTE-6: D heeft een tweede stem (de eerste op regel 5)"

# The same policy as a stored tally: thresholds, consensus, quorum, bases.
printf '[vote]\nthreshold = "1/2"\n' >"$T/half.toml"
expect 1 --config "$T/half.toml" vote tally --ballots "$T/six.csv" --present-count 13 --format json
json 'assert (d["threshold"],d["required"])==("1/2",7)'
expect 0 --config "$T/half.toml" vote tally --ballots "$T/six.csv" --present-count 12 --format json
printf '[vote]\nthreshold = "3/4"\n' >"$T/three.toml"
expect 1 --config "$T/three.toml" vote tally --ballots "$T/six.csv" --format json
json 'assert d["required"]==7'
printf 'member,choice\nA,yes\nB,abstain\nC,abstain\n' >"$T/cons.csv"
expect 0 vote tally --ballots "$T/cons.csv" --present-count 9 --format json
json 'assert d["consensus"] is True and d["adopted"] is True'
printf '[vote]\nquorum = 10\n' >"$T/q.toml"
expect 1 --config "$T/q.toml" vote tally --ballots "$T/cons.csv" --present-count 9 --format json
json 'assert d["quorum_met"] is False'
printf '[vote]\nbase = "all_members"\n' >"$T/all.toml"
expect 64 --config "$T/all.toml" vote tally --ballots "$T/six.csv"
stderr_has "--members"
expect 1 --config "$T/all.toml" vote tally --ballots "$T/six.csv" --members 10 --format json
json 'assert (d["base"],d["required"])==(10,7)'
expect 65 --config "$T/all.toml" vote tally --ballots "$T/six.csv" --members 8
printf '[vote]\nbase = "cast"\n' >"$T/cast.toml"
expect 0 --config "$T/cast.toml" vote tally --ballots "$T/six.csv" --present-count 40 --format json
json 'assert d["base"]==9'

# Every malformed input names its line (and column), exit 65.
bad() {  # bad TEXT WANT-IN-STDERR [args]
  printf "$1" >"$T/bad.csv"
  expect 65 vote tally --ballots "$T/bad.csv" "${@:3}"
  stderr_has "$2"
}
bad 'member,choice\nA,yes\nB,maybe\n' "bad.csv:3:2 (choice): 'maybe' is not yes, no or abstain"
bad 'member,choice\nA,yes\nB,ja\n' "bad.csv:3:2 (choice)"
bad 'member,choice\nA,yes\n,no\n' "bad.csv:3:1 (member): empty member code"
bad 'member,choice\nA,yes\n,no\n' "lege lidcode" --lang nl
bad 'member,choice,advance\nA,yes,soon\n' "bad.csv:2:3 (advance): 'soon' is not yes/no, ja/nee, true/false or 1/0"
bad 'member,choice\nA,yes\nB\n' "bad.csv:3"
bad 'member,choice\nA,yes,1\n' "bad.csv:2"
bad 'member,choice\nA,yes\nA,no\n' "bad.csv:3:1 (member): R-VOTE-6: A has a second ballot (the first on line 2)"
bad 'member,choice,advance\nA,yes,1\nA,no,1\n' "R-VOTE-6"
bad 'member,vote\nA,yes\n' "unknown column 'vote'"
bad 'member,choice,weight\nA,yes,2\n' "unknown column 'weight'"
bad 'choice\nyes\n' "member"
bad '' "empty file"
bad 'member,choice\n"A,yes\n' "bad.csv"
bad 'member,choice\nA,yes\nB,no\n' "2 in-person ballots but --present-count 1" --present-count 1
bad 'member,choice\nA,yes\nB,no\n' "R-VOTE-2: B votes in person but is not among --present" --present A
expect 65 vote tally --ballots "$T/six.csv" --present A,A
stderr_has "twice"
expect 65 vote tally --ballots "$T/six.csv" --present-count -1
expect 65 vote tally --ballots "$T/six.csv" --present-count many
expect 66 vote tally --ballots "$T/missing.csv"
stderr_has "missing.csv"
expect 64 vote tally --ballots "$T/six.csv" --present A --present-count 3
expect 64 vote tally --ballots
pass
