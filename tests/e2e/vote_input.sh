# Ballot input as it comes from an office (issue 12 item 4): codes trimmed and case-folded, Dutch
# words, a header without ballots, a byte order mark.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"
export MBOV_DB=$T/none/mbov.db

# 25LZ and '25lz ' are one member: a double vote naming both lines.
printf 'member,choice\n25LZ,yes\n26AB,no\n25lz ,no\n' >"$T/double.csv"
expect 65 vote tally --ballots "$T/double.csv"
stderr_has "double.csv:4:1 (member): R-VOTE-6: 25lz has a second ballot (the first on line 2)"
expect 65 vote tally --ballots "$T/double.csv" --present "25LZ, 25lz"
stderr_has "twice"
# Dutch words and any case; ja/nee in the advance column.
printf 'member,choice,advance\n25LZ,Voor,nee\n26AB, TEGEN ,\n27CD,onthouding,NEE\n28EF,voor,Ja\n' >"$T/nl.csv"
expect 1 vote tally --ballots "$T/nl.csv" --format json
json 'assert (d["yes"],d["no"],d["abstain"],d["present_count"],d["advance_count"])==(2,1,1,3,1)'
# --present codes compare the same way.
expect 1 vote tally --ballots "$T/nl.csv" --present " 25lz,26ab,27CD" --format json
json 'assert d["present_count"]==3'
# A header and no ballots is no result.
printf 'member,choice\n' >"$T/empty.csv"
expect 65 vote tally --ballots "$T/empty.csv"
stderr_has "empty.csv: no ballots"
stdout_empty
# A UTF-8 byte order mark (Excel) is skipped.
printf '\xef\xbb\xbfmember,choice\n25LZ,yes\n' >"$T/bom.csv"
expect 0 vote tally --ballots "$T/bom.csv" --format json
json 'assert d["yes"]==1'
[[ ! -e $T/none ]] || fail "the stateless tally created a database"

# vote import and vote cast: the same rules against the register.
export MBOV_DB=$T/mbov.db
assembly 3
printf 'member,choice\n m1 ,Voor\nM2,tegen\n' >"$T/imp.csv"
ok "${T_DAY[@]}" vote import "$MOTION" "$T/imp.csv"
ok "${T_DAY[@]}" vote cast "$MOTION" " m3" ONTHOUDING
ok "${T_DAY[@]}" vote ballots "$MOTION" --format json
json 'assert [(b["member"],b["choice"]) for b in d]==[("M1","yes"),("M2","no"),("M3","abstain")]'
printf 'member,choice\nM1,yes\nm1 ,no\n' >"$T/dup.csv"
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Tweede"; SECOND=$(new_id)
unchanged_after 65 "${T_DAY[@]}" vote import "$SECOND" "$T/dup.csv"
stderr_has "dup.csv:3:1 (member): R-VOTE-6: member M1 already has a ballot"
pass
