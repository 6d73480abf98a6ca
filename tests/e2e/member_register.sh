# mbov member add/list/show/edit/leave: R-MEM-1, unique codes, former members, bad input.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --city Voorbeeldstad --joined 2020-01-01
stdout_is "25AB"
unchanged_after 65 member add 26CD --name "Geen dienst"
stderr_has "R-MEM-1"
unchanged_after 65 member add 25ab --name "Dubbel" --contracting-authority
stderr_has "25ab is taken"
unchanged_after 65 member add 26CD --name "" --contracting-authority
stderr_has "name must not be empty"
unchanged_after 64 member add 26CD --contracting-authority
unchanged_after 65 member add 26CD --name X --contracting-authority --joined 2026-13-01
stderr_has "--joined"
ok member add 26CD --name "Vakcollege Proefdorp" --contracting-authority
ok member list --format json
json 'assert [m["code"] for m in d]==["25AB","26CD"] and d[0]["contacts"]==0 and d[0]["representative"] is None and d[0]["contracting_authority"] is True and d[1]["joined"]=="2026-03-01" and d[0]["confirmation_due"]=="2021-01-01"'
ok member show 25ab --format json
json 'assert d["code"]=="25AB" and d["city"]=="Voorbeeldstad" and d["contact_list"]==[] and d["left"] is None'
unchanged_after 65 member show 99ZZ
stderr_has "99ZZ"
ok member edit 25AB --name "ROC Voorbeeldstad e.o."
ok member show 25AB --format json
json 'assert d["name"]=="ROC Voorbeeldstad e.o." and d["city"]=="Voorbeeldstad"'
unchanged_after 65 member edit 99ZZ --name X
unchanged_after 65 member edit 25AB --name " "
unchanged_after 65 member leave 99ZZ
unchanged_after 65 member leave 26CD --on 2025-01-01
stderr_has "before it joined"
unchanged_after 65 member leave 26CD --on 2026-02-31
stderr_has "--on"
ok member leave 26CD --on 2026-03-01
# A member counts up to and including its last day.
ok member list --format csv
stdout_has "26CD"
ok --today 2026-03-02 member list --format json
json 'assert [m["code"] for m in d]==["25AB"]'
ok --today 2026-03-02 member list --all --format json
json 'assert [m["left"] for m in d]==[None,"2026-03-01"]'
unchanged_after 65 member leave 26CD
stderr_has "already left"
ok audit log --entity member --format json
json 'assert [r["action"] for r in d]==["add","add","edit","leave"]'
ok audit verify
pass
