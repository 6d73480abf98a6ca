# The AV evening of mbov-vote(1)'s EXAMPLES, as written there.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

ok init
members 25LZ 26AB 27CD 28EF 29GH
export MBOV_TODAY=2026-11-18
ok vote meeting add --date 2026-11-18 --title "Najaars-AV"; av=$(new_id)
ok vote motion add "$av" --kind budget --title "Jaarplan en begroting 2027"; begroting=$(new_id)
ok vote motion add "$av" --kind pdc --title "PDC 3.1"; pdc=$(new_id)
ok vote cast "$begroting" 29GH yes --advance --at 2026-11-12T10:00
ok vote cast "$begroting" 28EF no --advance --at 2026-11-13T16:30
ok vote attend "$av" 25LZ 26AB 27CD 28EF
for c in 25LZ:yes 26AB:yes 27CD:abstain 28EF:yes; do ok vote cast "$begroting" "${c%%:*}" "${c#*:}"; done
ok vote close "$begroting"
ok vote tally "$begroting" --format json
json 'assert (d["base"],d["present"],d["advance"],d["yes"],d["no"],d["abstain"])==(5,4,1,4,0,1) and d["consensus"] and d["adopted"]'
ok vote tally "$begroting" --format markdown
stdout_has "| 28EF | Lid 28EF | true | yes | false |"
printf 'member,choice\n25LZ,yes\n26AB,yes\n27CD,no\n28EF,yes\n' >"$T/pdc.csv"
ok vote import "$pdc" "$T/pdc.csv"
ok vote close "$pdc"
ok -q vote tally "$pdc"
stdout_empty
ok vote tally "$pdc" --format json
json 'assert d["rule"]=="no consensus (1 no); threshold 2/3 of base 4 (members present or voting in advance) requires 3 yes (R-VOTE-4); 3 yes, 1 no, 0 abstain: 3×3 ≥ 2×4, margin +0; adopted"'
ok audit log --entity ballot --format json
json 'assert any(x["action"]=="replace" and "28EF" in x["details"] for x in d)'
pass
