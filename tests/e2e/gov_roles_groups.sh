# mbov gov role|group and gov check: roles and holders (R-GOV-5; the FG is dpia officer's),
# groups from member contacts (R-GOV-6), board meetings per year (R-GOV-4).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01

ok init
ok member add 12AB --name "ROC Een" --contracting-authority --joined 2020-01-01
ok member add 34CD --name "ROC Twee" --contracting-authority --joined 2020-01-01
ok member contact add 12AB --name "Ann Aa" --email ann@example.nl
C1=$(new_id)
ok member contact add 34CD --name "Bob Bee" --email bob@example.nl
C2=$(new_id)
P1=$(sqlite3 "$MBOV_DB" "SELECT person FROM contact WHERE id = $C1")
P2=$(sqlite3 "$MBOV_DB" "SELECT person FROM contact WHERE id = $C2")

expect 2 gov check --format json
json '
f=[(x["rule"],x["subject"],x["severity"]) for x in d["findings"]]
assert ("R-GOV-5","role general-manager","CRITICAL") in f and ("R-GOV-5","role functional-manager 12AB","CRITICAL") in f
assert ("R-GOV-6","member 12AB","WARNING") in f and ("R-GOV-4","board 2025","WARNING") in f
assert not [x for x in f if x[1]=="role fg"]   # the dpia check reports the officer'
# Dutch for people, the same JSON for scripts.
expect 2 --lang nl gov check
stdout_has "CRITICAL R-GOV-2 meerjarenvisie: geen goedgekeurde meerjarenvisie"
stdout_has "WARNING R-GOV-6 lid 12AB: geen contactpersoon in de community van contactpersonen"
json_same_in_dutch 2 gov check
unchanged_after 65 --lang nl gov group list board
stderr_has "GROUP 'board' is niet een van: expert-group, working-group, community"

ok gov role assign general-manager "$P1" --from 2026-01-01
stdout_is 1
ok gov role assign mailbox-owner "$P2" --scope support@ --deputy "$P1" --from 2026-01-01
ok gov role assign mailbox-owner "$P1" --scope info@ --from 2026-01-01
INFO=$(new_id)
ok gov role assign product-owner "$P2" --scope cambo --from 2026-01-01
ok gov role assign product-owner "$P2" --scope VVA --from 2026-01-01
ok gov role assign functional-manager "$P1" --scope 12ab --from 2026-01-01
ok gov role assign functional-manager "$P2" --scope 34CD --from 2026-01-01
ok gov role assign fg "$P2" --from 2026-01-01
ok dpia officer show --format json
json 'assert d["name"]=="Bob Bee"'
unchanged_after 65 gov role assign general-manager "$P2" --from 2026-01-01
stderr_has "not after the current general-manager's start (2026-01-01)"
unchanged_after 65 gov role assign chair "$P1"
stderr_has "ROLE 'chair' is not one of"
unchanged_after 65 gov role assign chair --name "Cas Cee" --email cas@example.nl
stderr_has "ROLE 'chair' is not one of: general-manager, product-owner, fg, mailbox-owner, functional-manager"
unchanged_after 65 gov role assign product-owner "$P1" --scope NOPE
unchanged_after 65 gov role assign mailbox-owner "$P1" --scope noreply@
unchanged_after 65 gov role assign general-manager "$P1" --scope x
unchanged_after 65 gov role assign general-manager 999
stderr_has "no person with id 999"
unchanged_after 65 gov role assign mailbox-owner "$P1" --scope info@ --deputy "$P1" --from 2026-02-01
unchanged_after 65 gov role assign general-manager "$P1" --from 2026-02-30
unchanged_after 65 gov role assign general-manager x
expect 64 gov role assign general-manager

ok gov role list --format json
json 'assert len(d)==8 and d[0]["role"]=="fg" and [r["deputy_name"] for r in d if r["scope"]=="support@"]==["Ann Aa"]'
ok gov group join community "$C1" --from 2026-01-01
ok gov group join community "$C2" --from 2026-01-01
ok gov group join expert-group "$C1" --from 2026-01-01
EG=$(new_id)
unchanged_after 65 gov group join community "$C1"
stderr_has "already in the community"
# R-GOV-6: the working group takes representatives only.
unchanged_after 65 gov group join working-group "$C1" --from 2026-01-01
stderr_has "R-GOV-6: contact $C1 is not a representative"
ok member contact add 12AB --name "Ann Aa" --email ann@example.nl --role representative --since 2026-01-01
ok gov group join working-group "$(sqlite3 "$MBOV_DB" "SELECT id FROM contact WHERE role = 'representative'")" --from 2026-01-01
unchanged_after 65 gov group join board "$C1"
unchanged_after 65 gov group join community 99
stderr_has "no member contact with id 99"
ok gov group list expert-group --format json
json 'assert [(g["member"],g["name"]) for g in d]==[("12AB","Ann Aa")]'

# Four board meetings in 2025; the info@ mailbox lacks a deputy: a warning only.
for day in 2025-02-01 2025-05-01 2025-08-01 2025-11-01; do ok vote meeting add --date $day --kind board; done
expect 2 gov check --format json   # no vision yet: R-GOV-2
json 'assert [(x["rule"],x["subject"],x["severity"]) for x in d["findings"]]==[("R-GOV-2","vision","CRITICAL"),("R-GOV-5","role mailbox-owner info@","WARNING")]'
ok gov role end "$INFO" --on 2026-03-01
unchanged_after 65 gov role end "$INFO"
stderr_has "already ended"
unchanged_after 65 gov role end 99
expect 2 gov check
stdout_has "role mailbox-owner info@"
ok gov group leave "$EG" --on 2026-03-01
unchanged_after 65 gov group leave "$EG"
unchanged_after 65 gov group leave 99
unchanged_after 65 gov group list board
stderr_has "GROUP 'board' is not one of: expert-group, working-group, community"
unchanged_after 65 gov group join community "$C2" --from 2026-13-01
unchanged_after 64 gov role assign general-manager --name "Nieuw"
unchanged_after 65 gov role assign general-manager --name "Nieuw" --email geen-adres --from 2026-06-01
stderr_has "not an e-mail address"
ok gov role assign general-manager --name "Gerard Manders" --email gm@example.nl --from 2026-06-01
ok gov role list --all --format json
json 'assert [r["until"] for r in d if r["role"]=="general-manager"]==["2026-06-01",None]'
ok gov group list --all --format json
json 'assert len(d)==4 and [g["group"] for g in d].count("working-group")==1'
expect 2 check
stdout_has "R-GOV-5"
pass
