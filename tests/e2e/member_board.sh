# mbov member board: only current representatives sit (R-VOTE-8), one chair among the sitting board.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Anna" --email anna@example.nl --role representative --since 2026-01-01
ok member contact add 25AB --name "Bram" --email bram@example.nl
unchanged_after 65 member board appoint 2
stderr_has "R-VOTE-8"
stderr_has "not a current representative"
unchanged_after 65 member board appoint 99
unchanged_after 65 member board appoint x
unchanged_after 65 member board appoint 1 --motion 7
stderr_has "no motion with id 7"
unchanged_after 65 member board appoint 1 --from 2026-02-30
unchanged_after 65 member board appoint 1 --from 2019-01-01
ok member board appoint 1 --from 2026-01-15
stdout_is 1
unchanged_after 65 member board appoint 1
stderr_has "already sits"
unchanged_after 65 member board chair 2
stderr_has "does not sit"
ok member board chair 1
ok member board list --format json
json 'assert d==[{"id":1,"person":1,"name":"Anna","member":"25AB","from":"2026-01-15","until":None,"chair":True,"motion":None}]'
unchanged_after 65 member board leave 2
unchanged_after 65 member board leave 1 --on 2026-01-01
ok member board leave 1 --on 2026-03-01
ok member board list
stdout_empty
ok member board list --all --format json
json 'assert d[0]["until"]=="2026-03-01" and d[0]["chair"] is False'
# A sitting board member who is no longer a representative is named by the check.
ok member board appoint 1
ok member board chair 1
ok member contact remove 1
expect 2 member check
stdout_has "board member 1: no longer a representative"
ok audit log --entity board_seat --format json
json 'assert [r["action"] for r in d]==["appoint","chair","leave","appoint","chair"]'
pass
