# mbov report minutes MEETING (R-GOV-3): the chair on the day, members present, each motion's
# stored result and named vote, the decisions linked (budget, document version, board seat).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2025-11-25

ok init
ok member add 12AB --name "ROC Een" --contracting-authority --joined 2020-01-01
ok member add 34CD --name "ROC Twee" --contracting-authority --joined 2020-01-01
ok member add 56EF --name "ROC Drie" --contracting-authority --joined 2020-01-01
ok member contact add 12AB --name "Ann Aa" --email ann@example.nl --role representative --since 2024-01-01
P=$(sqlite3 "$MBOV_DB" "SELECT person FROM contact")
# R-VOTE-8: the AV that elected the board.
ok vote meeting add --date 2025-01-01 --title "Bestuursverkiezing"; ELECTION=$(new_id)
ok vote attend "$ELECTION" 12AB 34CD 56EF --at 2025-01-01T19:30
ok vote motion add "$ELECTION" --title "Verkiezing bestuur" --kind board; BOARD=$(new_id)
for c in 12AB 34CD 56EF; do ok vote cast "$BOARD" $c yes --at 2025-01-01T19:45; done
ok vote close "$BOARD" --at 2025-01-01T20:00
ok member board appoint "$P" --from 2025-01-01 --motion "$BOARD"
ok member board chair "$P" --from 2025-01-01

ok vote meeting add --date 2025-11-20 --title "Najaars-AV"; MEETING=$(new_id)
ok vote attend "$MEETING" 12AB 34CD --at 2025-11-20T19:30
ok vote motion add "$MEETING" --title "Begroting 2026" --kind budget --year 2026; BUDGET=$(new_id)
ok vote motion add "$MEETING" --title "PDC 3.1" --kind pdc; PDC=$(new_id)
ok vote cast "$BUDGET" 12AB yes --at 2025-11-20T20:00
ok vote cast "$BUDGET" 34CD yes --at 2025-11-20T20:00
ok vote cast "$BUDGET" 56EF no --advance --at 2025-11-19T10:00
ok vote cast "$PDC" 12AB yes --at 2025-11-20T20:00
ok vote cast "$PDC" 34CD abstain --at 2025-11-20T20:00
ok vote close "$BUDGET"
ok budget plan 2026
ok budget approve 2026 --motion "$BUDGET"
ok gov document add pdc --number 3.1 --date 2025-11-01 --status for-approval

ok report minutes "$MEETING" --format json
json '
assert d["meeting"]=='"$MEETING"' and d["date"]=="2025-11-20" and d["chair_name"]=="Ann Aa" and d["title"]=="Najaars-AV"
assert [p["member"] for p in d["present_members"]]==["12AB","34CD"]
m={x["title"]:x for x in d["motions"]}
assert m["Begroting 2026"]["adopted"] and m["Begroting 2026"]["yes"]==2 and m["Begroting 2026"]["no"]==1 and m["Begroting 2026"]["voting_closed"]
assert not m["PDC 3.1"]["voting_closed"]
assert [(v["member"],v["choice"],v["advance"]) for v in d["votes"] if v["motion"]=='"$BUDGET"']==[("12AB","yes",False),("34CD","yes",False),("56EF","no",True)]
assert d["decisions"]==[{"motion":'"$BUDGET"',"decision":"budget approved","subject":"budget 2026"}]'
# R-VOTE-10: a re-vote names the motion it repeats in the minutes.
ok vote motion add "$MEETING" --title "Begroting 2026, opnieuw" --kind budget --year 2026 --repeats "$BUDGET"; AGAIN=$(new_id)
ok report minutes "$MEETING" --format json
json 'm={x["title"]:x for x in d["motions"]}; assert m["Begroting 2026, opnieuw"]["repeats"]=='"$BUDGET"' and m["Begroting 2026"]["repeats"] is None, m'
ok report minutes "$MEETING" --format markdown
stdout_has "Ann Aa"
stdout_has "Begroting 2026"
ok report minutes "$MEETING" --format html
stdout_has "<html"
ok report minutes "$MEETING"
stdout_has "Minutes of the General Assembly meeting of 2025-11-20"
ok --lang nl report minutes "$MEETING"
stdout_has "Notulen van de AV van 20 november 2025"
stdout_has "Hoofdelijke stemmingen"
json_same_in_dutch 0 report minutes "$MEETING"
# A meeting before the chair's seat: no chair.
ok vote meeting add --date 2024-06-01; OLD=$(new_id)
ok report minutes "$OLD" --format json
json 'assert d["chair_name"] is None and d["motions"]==[] and d["present_members"]==[]'
unchanged_after 65 report minutes 99
unchanged_after 65 report minutes x
expect 64 report minutes
expect 64 report minutes "$MEETING" --format ics
pass
