# Ballot files from a Dutch spreadsheet (issue 12 item 4, the reader of core/csv): `;` between
# fields detected from the header, for the stateless tally and for `vote import`; UTF-16 and
# invalid UTF-8 refused naming the line, never printed raw, and nothing stored.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

# Stateless: a `;` file with Dutch words and a byte order mark.
printf '\xef\xbb\xbfmember;choice\n25LZ;Voor\n26AB;tegen\n27CD;voor\n' >"$T/excel.csv"
ok vote tally --ballots "$T/excel.csv" --format json
json 'assert (d["yes"],d["no"],d["base"],d["adopted"])==(2,1,3,True), d'
printf 'member,choice\n25LZ,yes\n' | iconv -f utf-8 -t utf-16 >"$T/utf16.csv"
expect 65 vote tally --ballots "$T/utf16.csv"
stderr_has "utf16.csv:1: UTF-16"
printf 'member,choice\n25LZ,y\xffs\n' >"$T/latin.csv"
expect 65 vote tally --ballots "$T/latin.csv"
stderr_has "latin.csv:2: invalid UTF-8"
! grep -q $'\xff' "$ERR" || fail "the invalid byte reached stderr"

# Stored: vote import reads the same files; a bad one changes nothing.
ok init
members 25LZ 26AB 27CD
ok "${T_DAY[@]}" vote meeting add --date 2026-04-01; MEETING=$(new_id)
ok "${T_DAY[@]}" vote attend "$MEETING" 25LZ 26AB 27CD
ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Begroting"; MOTION=$(new_id)
unchanged_after 65 "${T_DAY[@]}" vote import "$MOTION" "$T/utf16.csv"
unchanged_after 65 "${T_DAY[@]}" vote import "$MOTION" "$T/latin.csv"
ok "${T_DAY[@]}" vote import "$MOTION" "$T/excel.csv"
ok "${T_DAY[@]}" vote close "$MOTION"
ok "${T_DAY[@]}" vote tally "$MOTION" --format json
json 'assert (d["yes"],d["no"],d["adopted"])==(2,1,True), d'
pass
