# Feedback on the evening (issue 12 item 6): the override said on stderr, attend all or nothing
# with "did you mean", vote status on one screen.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

ok init
members 25LZ 26AB 27CD 28EF
ok "${T_DAY[@]}" vote meeting add --date 2026-04-01; AV=$(new_id)
ok "${T_DAY[@]}" vote motion add "$AV" --title "Begroting" --kind budget --year 2027; M=$(new_id)
ok --today 2026-03-30 vote cast "$M" 28EF no --advance; ADV=$(new_id)
# Every unknown code named at once, with the nearest registered one; nothing recorded.
unchanged_after 65 "${T_DAY[@]}" vote attend "$AV" 25LZ 26BA 99ZZ 27CD
stderr_has "no member with code '26BA' (did you mean 26AB?), '99ZZ': nothing recorded"
ok "${T_DAY[@]}" vote attend "$AV" 25lz " 26AB" 28EF
ok "${T_DAY[@]}" vote status "$AV" --format json
json 'assert d["present_members"]==["25LZ","26AB","28EF"] and d["motion"]=='"$M"' and d["missing"]==["25LZ","26AB"] and [v["member"] for v in d["votes"]]==["28EF"]'
ok "${T_DAY[@]}" vote cast "$M" 25LZ yes
stderr_lacks() { ! grep -qF -- "$1" "$ERR" || fail "stderr has '$1'"; }
stderr_lacks "replaces"
ok "${T_DAY[@]}" vote cast "$M" 28EF yes; IN=$(new_id)
stderr_has "mbov: ballot $IN replaces the advance ballot $ADV of 28EF (no, cast 2026-03-30T12:00:00+02:00)"
ok -q "${T_DAY[@]}" vote cast "$M" 26AB yes
[[ ! -s $ERR ]] || fail "--quiet printed on stderr"
ok "${T_DAY[@]}" vote status "$AV"
stdout_has "missing"
stdout_has "25LZ, 26AB, 28EF"
ok "${T_DAY[@]}" vote status "$AV" --format json
json 'assert d["missing"]==[] and d["voted"]==3'
# Every open motion: the one with the latest ballot first, a newer one without ballots after it;
# --motion shows the one asked for.
ok "${T_DAY[@]}" vote motion add "$AV" --title "Nieuw"; N=$(new_id)
ok "${T_DAY[@]}" vote status "$AV" --format json
json 'assert d["motion"]=='"$M"' and d["other_open"]==['"$N"'], d'
ok "${T_DAY[@]}" vote status "$AV" --motion "$N" --format json
json 'assert d["motion"]=='"$N"' and d["other_open"]==['"$M"'] and d["missing"]==["25LZ","26AB","28EF"], d'
ok "${T_DAY[@]}" vote cast "$N" 25LZ yes
ok "${T_DAY[@]}" vote status "$AV" --format json
json 'assert d["motion"]=='"$N"' and d["other_open"]==['"$M"'], d'
unchanged_after 65 vote status "$AV" --motion 99
stderr_has "not an open motion of meeting"
ok "${T_DAY[@]}" vote close "$N"
ok "${T_DAY[@]}" vote close "$M"
ok "${T_DAY[@]}" vote status "$AV" --format json
json 'assert d["motion"] is None and d["votes"]==[]'
unchanged_after 65 vote status 99
unchanged_after 64 vote status
pass
