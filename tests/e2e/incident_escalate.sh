# mbov incident escalate (R-INC-2): operational → tactical → strategic, each step with time,
# actor and note; never down, never past strategic, not once closed.
source "$(dirname "$0")/common.bash"

ok init
ok incident open --kind disruption --title "Uitval" --at 2026-06-01T09:00
i=$(new_id)
unchanged_after 65 incident escalate "$i" --to operational
stderr_has "R-INC-2"
stderr_has "--to: 'operational' is not tactical or strategic"
unchanged_after 65 incident escalate "$i" --to board
stderr_has "--to: 'board' is not tactical or strategic"
# A word that is no level above operational is refused where --to is read (issue 23), before any database.
MBOV_DB=$T/none.db expect 65 incident escalate "$i" --to Tactical
stderr_has "--to: 'Tactical' is not tactical or strategic"
[[ ! -e $T/none.db ]] || fail "a refused --to created a database"
unchanged_after 65 incident escalate "$i" --at 2026-06-01T08:00
unchanged_after 65 incident escalate 999
ok --actor ops incident escalate "$i" --note "leverancier reageert niet" --at 2026-06-01T10:00
ok incident show "$i" --format json
json 'assert d["escalation"]=="tactical"'
unchanged_after 65 incident escalate "$i" --to tactical
stderr_has "already at the tactical level"
ok --actor manager incident escalate "$i" --to strategic --at 2026-06-01T11:00
unchanged_after 65 incident escalate "$i"
stderr_has "strategic"
ok incident show "$i" --format json
json 'e=[x for x in d["timeline"] if x["event"]=="escalation"]; assert [(x["detail"],x["actor"],x["at"]) for x in e]==[("operational → tactical","ops","2026-06-01T10:00:00+02:00"),("tactical → strategic","manager","2026-06-01T11:00:00+02:00")] and e[0]["note"]=="leverancier reageert niet"'
ok incident list --format json
json 'assert d[0]["escalation"]=="strategic"'

# Straight to strategic, and not after closing.
ok incident open --kind access --title "Account" --at 2026-06-01T09:00
j=$(new_id)
ok incident escalate "$j" --to strategic --at 2026-06-01T09:05
for s in acknowledged in-progress resolved closed; do ok incident update "$j" --status $s --at 2026-06-01T10:00; done
ok incident open --kind access --title "Nog een" --at 2026-06-01T09:00
k=$(new_id)
for s in acknowledged in-progress resolved closed; do ok incident update "$k" --status $s --at 2026-06-01T10:00; done
unchanged_after 65 incident escalate "$k"
stderr_has "closed"
pass
