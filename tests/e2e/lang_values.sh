# Values for people (issue 25): every closed-set value a person reads in table, text, markdown
# and html is its Dutch word in Dutch (vote choices, incident kinds, statuses, escalation levels
# and timeline events, legal bases, budget kinds, contact roles, the vote's base rule, contract
# review outcomes and statuses, document statuses); a budget's "left" reads "resterend" while a
# member's stays "uitgetreden"; the message prefixes and the help's placeholders are Dutch. JSON,
# CSV headers and values, and English never change.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01
ok --lang nl incident list
stdout_has "verstoring"
stdout_has "operationeel"
stdout_has "nieuw"
stdout_lacks "disruption"
stdout_lacks "operational"
ok --lang nl incident list --format markdown
stdout_has "| verstoring |"
ok --lang nl incident show 2
grep -qE "^soort: +verstoring$" "$OUT" || fail "soort: verstoring"
grep -qE "^status: +nieuw$" "$OUT" || fail "status: nieuw"
# The events of the timeline too (issue 23: they read English in Dutch before).
ok --lang nl incident show 2 --format markdown
stdout_has "| gemeld |"
stdout_lacks "| opened |"
json_same_in_dutch 0 incident show 2
ok --lang nl incident list --format csv
stdout_has "disruption"
stdout_lacks "verstoring"
json_same_in_dutch 0 incident list
ok incident list
stdout_has "disruption"
stdout_has "operational"

register_args cambo
ok dpia register add "${REG[@]}"
ok --lang nl dpia register show 1
stdout_has "taak van algemeen belang"   # --legal-basis public-task
stdout_lacks "public-task"

ok budget plan 2026 --goal "CAMBO 3.0 live"
ok budget line add 2026 --description "Servers" --amount 5.000,00 --acquisition 5000 --life 5 --product cambo
ok --lang nl budget line list 2026
stdout_has "RESTEREND"
stdout_has "investering"
stdout_lacks "UITGETREDEN"
ok budget line list 2026
stdout_has "LEFT"
stdout_has "investment"
ok --lang nl member list --all
stdout_has "UITGETREDEN"
ok --lang nl budget line list 2026 --format csv
stdout_has ",left,"

ok vote meeting add --date 2026-02-20 --title "AV"
ok vote attend 1 12AB --at 2026-02-20T09:00
ok vote motion add 1 --title "Begroting"
ok vote cast 1 12AB tegen --at 2026-02-20T09:30
ok --lang nl vote ballots 1
stdout_has "tegen"
stdout_lacks " no "
ok --lang nl vote ballots 1 --format json
json 'assert d[0]["choice"] == "no"'
ok --lang nl vote close 1 --at 2026-02-20T10:00
expect 1 --lang nl vote tally 1
grep -qE "^grondslagregel: +leden aanwezig of vooraf gestemd$" "$OUT" || fail "grondslagregel in Dutch"
ok --lang nl report minutes 1 --format html
stdout_lacks ">no<"
stdout_has ">tegen<"

# Contract review outcomes, contract list's "planned" and document statuses (issue 23: they read
# English in Dutch before).
ok contract supplier add "Leverancier BV"
supplier=$(new_id)
ok contract add --product CAMBO --supplier "$supplier" --start 2026-01-01
contract=$(new_id)
ok contract add --product VVA --supplier "$supplier" --start 2027-01-01
ok contract review "$contract" --outcome deviations
ok --lang nl contract show "$contract"
grep -qE "^ +$contract +1 maart 2026 +afwijkingen " "$OUT" || fail "review outcome afwijkingen"
stdout_lacks "deviations"
ok --lang nl contract list
stdout_has "gepland"
stdout_lacks "planned"
ok --lang nl contract show "$contract" --format json
json 'assert d["reviews"][0]["outcome"] == "deviations"'
ok gov document add pdc --number 2.9 --date 2026-02-01 --author IM
ok gov document add dap --number 1.0 --date 2026-02-01 --status for-approval --author IM
ok --lang nl gov document show pdc
grep -qE " 2\.9 +1 februari 2026 +concept " "$OUT" || fail "document status concept"
ok --lang nl gov document show dap --format markdown
stdout_has "| ter goedkeuring |"
stdout_lacks "for-approval"
json_same_in_dutch 0 gov document show dap
ok gov document show dap
stdout_has "for-approval"

# Prefixes and placeholders.
ok --lang nl vote cast --help
stdout_has "MOTIE CODE KEUZE"
unchanged_after 65 --lang nl vote show abc
stderr_has "mbov: fout: MOTIE: 'abc'"
unchanged_after 66 --lang nl --db "$T/absent.db" member list
stderr_has "mbov: tip: "
unchanged_after 66 --db "$T/absent.db" member list
stderr_has "mbov: error: "
stderr_has "mbov: hint: "
ok vote cast --help
stdout_has "MOTION CODE CHOICE"
pass
