# mbov member contact add/list/remove/confirm: roles, one person in both, the mailing list (R-MEM-6).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01
ok member add 26CD --name "Vakcollege Proefdorp" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Anna Jansen" --email anna@example.nl --phone "030 123 4567"
stdout_is 1
ok member contact add 25AB --name "Anna Jansen" --email ANNA@example.nl --role representative
stdout_is 2
ok member contact add 26CD --name "Bram Bakker" --email bram@example.nl
ok member contact list 25AB --format json
json 'assert [(c["id"],c["person"],c["role"]) for c in d]==[(1,1,"contact"),(2,1,"representative")] and d[0]["phone"]=="030 123 4567" and d[0]["until"] is None and d[0]["member"]=="25AB"'
unchanged_after 65 member contact add 25AB --name "Anna Jansen" --email anna@example.nl
stderr_has "already a contact"
unchanged_after 65 member contact add 25AB --name "X" --email not-an-address
stderr_has "not an e-mail address"
unchanged_after 65 member contact add 25AB --name "X" --email "x@example"
unchanged_after 65 member contact add 25AB --name "" --email x@example.nl
unchanged_after 65 member contact add 99ZZ --name "X" --email x@example.nl
unchanged_after 65 member contact add 25AB --name "X" --email x@example.nl --role boss
stderr_has "--role: 'boss' is not contact or representative"
unchanged_after 65 member contact add 99ZZ --name "X" --email x@example.nl --role boss
stderr_has "--role: 'boss' is not contact or representative"
unchanged_after 65 member contact add 25AB --name "X" --email x@example.nl --since 2026-02-30
unchanged_after 64 member contact add 25AB --email x@example.nl
ok member show 25AB --format json
json 'assert d["representative"]=="Anna Jansen" and len(d["contact_list"])==2'
ok member list --format json
json 'assert d[0]["contacts"]==1'
ok member contact list --emails
stdout_is "anna@example.nl
bram@example.nl"
ok member uptake 26CD CAMBO --from 2026-01-01
ok member contact list --emails --product CAMBO
stdout_is "bram@example.nl"
unchanged_after 65 member contact list --product NOPE
unchanged_after 65 member contact list 99ZZ
# Removing ends the role on its day; history stays.
unchanged_after 65 member contact remove 99
unchanged_after 65 member contact remove abc
unchanged_after 65 member contact remove 3 --on 2025-01-01
stderr_has "before it began"
ok member contact remove 3
ok member contact list --format json
json 'assert [c["id"] for c in d]==[1,2]'
ok member contact list --all --format json
json 'assert d[-1]["id"]==3 and d[-1]["until"]=="2026-03-01"'
unchanged_after 65 member contact remove 3
stderr_has "already ended"
# The yearly confirmation (R-MEM-4).
ok member contact confirm 25AB --on 2026-02-15
ok member show 25AB --format json
json 'assert d["last_confirmed"]=="2026-02-15" and d["confirmation_due"]=="2027-02-15"'
unchanged_after 65 member contact confirm 99ZZ
unchanged_after 65 member contact confirm 25AB --on 2019-01-01
unchanged_after 65 member contact confirm 25AB --on 01-01-2026
stderr_has "--on"
# A former member takes no new contacts.
ok member leave 26CD --on 2026-02-28
unchanged_after 65 member contact add 26CD --name "Cor" --email cor@example.nl
stderr_has "not a current member"
ok audit verify
pass
