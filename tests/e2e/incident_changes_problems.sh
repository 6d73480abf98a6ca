# Changes (R-INC-4): route to the expert or working group, the AV motion; problems (R-INC-5):
# incidents linked to a problem record; the cooperative as problem holder (R-INC-6).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

# An AV meeting with an open motion, adopted ones (ordinary and the year plan's budget), a rejected
# one, and a board meeting's motion.
assembly 3
members 25LZ
open_motion=$MOTION
adopt() {  # adopt KIND CHOICE...: a new closed motion of $MEETING with these ballots; its id in $MOTION
  local year=()  # a budget motion names its year (R-FIN-2)
  [[ $1 == budget ]] && year=(--year 2026)
  ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Motie $1" --kind "$1" "${year[@]}"; MOTION=$(new_id)
  votes "${@:2}"
  ok "${T_DAY[@]}" vote close "$MOTION"
}
adopt ordinary yes yes yes; decision=$MOTION
adopt budget yes yes yes; plan=$MOTION
adopt ordinary no no yes; rejected=$MOTION
ok "${T_DAY[@]}" vote meeting add --date 2026-04-02 --kind board --title "Bestuur"
ok "${T_DAY[@]}" vote motion add "$(new_id)" --title "Bestuursbesluit"; board_motion=$(new_id)

# R-INC-4: every change names its group; fundamental ones go to the working group.
ok incident open --kind change --title "Nieuwe versie" --at 2026-06-01T09:00
small=$(new_id)
ok incident open --kind change --title "Andere hosting" --fundamental --at 2026-06-01T09:00
big=$(new_id)
ok incident open --kind change --title "Andere IdP" --fundamental --motion "$decision" --product VVA --at 2026-06-01T09:00
decided=$(new_id)
ok incident open --kind change --title "Nieuwe portal uit het jaarplan" --fundamental --motion "$plan" --at 2026-06-01T09:00
planned=$(new_id)
ok incident list --kind change --format json
json 'assert [(r["group"],r["route"],r["fundamental"],r["av_decision_needed"],r["motion"]) for r in d]==[("expert-group","expert-group",False,False,None),("working-group","working-group",True,True,None),("working-group","working-group",True,True,'"$decision"'),("expert-group","expert-group",True,False,'"$plan"')], d'
ok incident show "$planned" --format json
json 'assert [e["detail"] for e in d["timeline"]]==["change, priority 3, route working-group","motion '"$plan"', route expert-group"], d["timeline"]'
ok incident list --kind disruption --format json
stdout_is "[]"
ok incident list --kind change
stdout_has "working-group"
stdout_has "expert-group"
ok incident show "$big"
stdout_has "working-group"
[[ $(sqlite3 "$MBOV_DB" "SELECT group_concat(handling_group) FROM incident ORDER BY id") == "expert-group,working-group,working-group,expert-group" ]] ||
  fail "the group keys are not stored"

# The motion must be an adopted motion of an AV meeting; each refusal changes nothing.
unchanged_after 65 incident link "$big" --motion "$open_motion"
stderr_has "motion $open_motion is still open"
stderr_has "R-INC-4"
unchanged_after 65 incident link "$big" --motion "$rejected"
stderr_has "motion $rejected was not adopted"
unchanged_after 65 incident link "$big" --motion "$board_motion"
stderr_has "of a board meeting, not of the AV"
unchanged_after 65 incident link "$big" --motion 999
stderr_has "no motion 999"
unchanged_after 65 incident link "$big" --motion 0
stderr_has "not a positive integer"
unchanged_after 65 incident link "$small" --motion "$decision"
stderr_has "not a fundamental change"
unchanged_after 65 incident open --kind change --title "X" --fundamental --motion "$rejected" --at 2026-06-01T09:00
stderr_has "was not adopted"
unchanged_after 65 incident open --kind backup --title "X" --motion "$decision" --at 2026-06-01T09:00
stderr_has "--motion applies to changes only"
unchanged_after 65 incident open --kind backup --title "X" --fundamental --at 2026-06-01T09:00
stderr_has "--fundamental applies to changes only"
ok --now 2026-06-21T10:00 incident link "$big" --motion "$decision"
ok incident show "$big" --format json
json 'assert d["motion"]=='"$decision"' and d["group"]=="working-group" and d["timeline"][-1]["detail"]=="motion '"$decision"'"'
unchanged_after 65 --now 2026-06-21T11:00 incident link "$big" --motion "$decision"
stderr_has "already linked to motion $decision"
# A change from the year plan stays with the expert group, fundamental or not.
ok --now 2026-06-21T10:00 incident link "$small" --motion "$plan"
ok --now 2026-06-21T11:00 incident link "$big" --motion "$plan"
ok incident list --kind change --format json
json 'assert [(r["group"],r["motion"]) for r in d]==[("expert-group",'"$plan"'),("expert-group",'"$plan"'),("working-group",'"$decision"'),("expert-group",'"$plan"')], d'
ok incident show "$big" --format json
json 'assert d["timeline"][-1]["detail"]=="motion '"$plan"', route expert-group" and d["av_decision_needed"] is False'

# Problems.
ok incident open --kind problem --title "Certificaat verlopen" --at 2026-06-02T09:00
p=$(new_id)
ok incident open --kind disruption --title "Inloggen faalt" --member 25LZ --at 2026-06-02T09:00
a=$(new_id)
ok incident open --kind disruption --title "Koppeling faalt" --at 2026-06-02T09:30
b=$(new_id)
ok --now 2026-06-02T10:00 incident link "$a" --problem "$p"
ok --now 2026-06-02T10:00 incident link "$b" --problem "$p"
ok incident show "$p" --format json
json 'assert [x["id"] for x in d["incidents"]]==['"$a"','"$b"']'
ok incident show "$a" --format json
json 'assert d["problem"]=='"$p"
unchanged_after 65 incident link "$a" --problem "$b"
stderr_has "not a problem record"
unchanged_after 65 incident link "$p" --problem "$p"
stderr_has "itself a problem"
unchanged_after 65 --now 2026-06-02T11:00 incident link "$a" --problem "$p"
stderr_has "already linked"
unchanged_after 65 incident link "$a" --problem 999
unchanged_after 65 incident link "$a" --problem x
unchanged_after 64 incident link "$a"
unchanged_after 64 incident link "$a" --problem "$p" --motion "$decision"

# Problem holder.
unchanged_after 65 incident take-over "$b"
stderr_has "no reporting member"
ok incident take-over "$a" --note "lid komt er met leverancier niet uit" --at 2026-06-02T12:00
ok incident show "$a" --format json
json 'assert d["problem_holder"] is True and d["timeline"][-1]["event"]=="problem-holder"'
unchanged_after 65 incident take-over "$a"
stderr_has "already holds"
ok incident open --kind disruption --title "Via open" --member 25LZ --problem-holder --at 2026-06-03T09:00
ok incident show "$(new_id)" --format json
json 'assert d["problem_holder"] is True'
pass
