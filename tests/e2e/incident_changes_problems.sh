# Changes (R-INC-4): route to the expert or working group, the AV motion; problems (R-INC-5):
# incidents linked to a problem record; the cooperative as problem holder (R-INC-6).
source "$(dirname "$0")/common.bash"

ok init
sqlite3 "$MBOV_DB" "INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC Test', 1, '2020-01-01');
  INSERT INTO meeting (id, kind, date) VALUES (1, 'av', '2026-06-20');
  INSERT INTO motion (id, meeting, title, kind) VALUES (7, 1, 'Nieuwe architectuur', 'ordinary');"
ok incident open --kind change --title "Nieuwe versie" --at 2026-06-01T09:00
small=$(new_id)
ok incident open --kind change --title "Andere hosting" --fundamental --at 2026-06-01T09:00
big=$(new_id)
ok incident open --kind change --title "Andere IdP" --fundamental --motion 7 --product VVA --at 2026-06-01T09:00
decided=$(new_id)
ok incident list --kind change --format json
json 'assert [(r["route"],r["fundamental"],r["av_decision_needed"],r["motion"]) for r in d]==[("expert-group",False,False,None),("working-group",True,True,None),("working-group",True,True,7)]'
ok incident list --kind change
stdout_has "working-group"
stdout_has "expert-group"
ok incident show "$big"
stdout_has "working-group"
# The motion is linked later, once known.
unchanged_after 65 incident link "$small" --motion 7
stderr_has "not a fundamental change"
unchanged_after 65 incident link "$big" --motion 8
stderr_has "no motion with id 8"
ok --now 2026-06-21T10:00 incident link "$big" --motion 7
ok incident show "$big" --format json
json 'assert d["motion"]==7 and d["timeline"][-1]["detail"]=="motion 7"'

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
unchanged_after 64 incident link "$a" --problem "$p" --motion 7

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
