# mbov member board: only current representatives sit, elected by an adopted AV motion of kind
# board (R-VOTE-8); one chair among the sitting board.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/member_fixture.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01
ok member add 26CD --name "ROC Proefdorp" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Anna" --email anna@example.nl --role representative --since 2026-01-01
ok member contact add 25AB --name "Bram" --email bram@example.nl
elected=$(board_motion 2026-01-10 25AB 26CD)
# Motions that elect nobody: of another kind, not adopted, still open, of a board meeting.
ok vote meeting add --date 2026-01-11 --title "AV" && av=$(new_id)
ok vote motion add "$av" --kind budget --year 2026 --title "Begroting" && budget=$(new_id)
ok --now 2026-01-11T19:00 vote attend "$av" 25AB
ok --now 2026-01-11T19:30 vote cast "$budget" 25AB yes
ok --now 2026-01-11T20:00 vote close "$budget"
ok vote meeting add --date 2026-01-12 --title "AV" && av=$(new_id)
ok vote motion add "$av" --kind board --title "Afgewezen" && rejected=$(new_id)
ok --now 2026-01-12T19:00 vote attend "$av" 25AB 26CD
ok --now 2026-01-12T19:30 vote cast "$rejected" 25AB no
ok --now 2026-01-12T19:30 vote cast "$rejected" 26CD yes
run --now 2026-01-12T20:00 vote close "$rejected"  # not adopted: 1 yes, 1 no
ok vote motion add "$av" --kind board --title "Nog open" && open=$(new_id)
ok vote meeting add --date 2026-01-13 --kind board --title "Bestuur" && board_meeting=$(new_id)
ok vote motion add "$board_meeting" --title "Besluit" && board_decision=$(new_id)

# Bad input: each refused with its exit status and the database unchanged.
unchanged_after 64 member board appoint 1
stderr_has "--motion"
unchanged_after 65 member board appoint 2 --motion "$elected"
stderr_has "R-VOTE-8"
stderr_has "not a current representative"
unchanged_after 65 member board appoint 99 --motion "$elected"
stderr_has "no person with id 99"
unchanged_after 65 member board appoint x --motion "$elected"
stderr_has "'x' is not a positive integer"
unchanged_after 65 member board appoint 1 --motion 0
unchanged_after 65 member board appoint 1 --motion abc
stderr_has "'abc' is not a positive integer"
unchanged_after 65 member board appoint 1 --motion 77
stderr_has "no motion 77"
unchanged_after 65 member board appoint 1 --motion "$budget"
stderr_has "R-VOTE-8: motion $budget is of kind 'budget', not 'board'"
unchanged_after 65 member board appoint 1 --motion "$rejected"
stderr_has "R-VOTE-8: motion $rejected was not adopted"
unchanged_after 65 member board appoint 1 --motion "$open"
stderr_has "R-VOTE-8: motion $open is still open"
unchanged_after 65 member board appoint 1 --motion "$board_decision"
stderr_has "R-VOTE-8: motion $board_decision is of a board meeting, not of the AV"
unchanged_after 65 member board appoint 1 --motion "$elected" --from 2026-01-09
stderr_has "before the AV of 2026-01-10"
unchanged_after 65 member board appoint 1 --motion "$elected" --from 2026-02-30
unchanged_after 65 member board appoint 1 --motion "$elected" --from 2019-01-01

ok member board appoint 1 --from 2026-01-15 --motion "$elected"
stdout_is 1
unchanged_after 65 member board appoint 1 --motion "$elected"
stderr_has "already sits"
unchanged_after 65 member board chair 2
stderr_has "does not sit"
unchanged_after 65 member board chair 0
ok member board chair 1
ok member board list --format json
json "assert d==[{'id':1,'person':1,'name':'Anna','member':'25AB','from':'2026-01-15','until':None,'chair':True,'motion':$elected}]"
unchanged_after 65 member board leave 2
unchanged_after 65 member board leave 1 --on 2026-01-01
unchanged_after 65 member board leave 1 --on 2026-13-01
ok member board leave 1 --on 2026-03-01
ok member board list
stdout_empty
ok member board list --all --format json
json 'assert d[0]["until"]=="2026-03-01" and d[0]["chair"] is False'
# A sitting board member who is no longer a representative is named by the check.
ok member board appoint 1 --motion "$elected"
ok member board chair 1
ok member contact remove 1
expect 2 member check
stdout_has "board member 1: no longer a representative"
ok audit log --entity board_seat --format json
json 'assert [r["action"] for r in d]==["appoint","chair","leave","appoint","chair"]'
json "assert d[0]['details']['motion']==$elected"
pass
