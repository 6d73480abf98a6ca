# mbov report weekly (issue 13, item 6): a breach's service levels stop counting once it was
# reported to the authority or recorded as no risk: a deadline that passed after that decision is
# no SLA miss (the 72 hours were its deadline), one that passed before it is. The rule is
# incident::service_levels_apply, the one `incident overdue` uses.
source "$(dirname "$0")/common.bash"

ok init
# Monday 23 November 2026 (week 2026-W48), 15:00, priority 1: respond by 16:00, resolve by 19:00.
open_breach() {
  ok incident open --kind breach --title "$1" --at 2026-11-23T15:00
  new_id
}
before=$(open_breach "Besloten een minuut voor")    # reported 15:59
at=$(open_breach "Besloten op de minuut")           # reported 16:00
after=$(open_breach "Besloten een minuut na")       # no risk 16:01: the respond deadline was missed
open=$(open_breach "Nog niet besloten")             # neither: both deadlines missed
ok incident open --kind disruption --title "Storing" --priority 1 --at 2026-11-23T15:00
storing=$(new_id)
ok incident notify "$before" --authority --at 2026-11-23T15:59
ok incident notify "$at" --authority --at 2026-11-23T16:00
ok incident notify "$after" --no-risk --reason "versleuteld" --at 2026-11-23T16:01

ok --now 2026-11-25T12:00 report weekly --week 2026-W48 --format json
json 'm=[(x["id"],x["deadline"]) for x in d["sla_misses"]]
want=[('"$after"',"respond"),('"$open"',"respond"),('"$storing"',"respond"),('"$open"',"resolve"),('"$storing"',"resolve")]
assert m==want, m
assert d["summary"]["sla_misses_count"]==5, d["summary"]'
ok --now 2026-11-25T12:00 report weekly --week 2026-W48 --format text
stdout_has "SLA misses:         5"
# The check agrees now: only the undecided breach and the disruption have service-level findings.
expect 2 --now 2026-11-25T12:00 incident overdue --format json
json 'f=sorted({x["subject"] for x in d["findings"] if x["rule"]=="R-INC-3"}); assert f==sorted(["incident '"$open"'","incident '"$storing"'"]), f'

# A report made earlier: at 15:59 no deadline has passed; half a minute after 16:00 the respond
# deadlines of the breach decided after them, of the undecided one and of the disruption.
ok --now 2026-11-23T15:59 report weekly --week 2026-W48 --format json
json 'assert d["sla_misses"]==[], d["sla_misses"]'
ok --now 2026-11-23T16:00:30 report weekly --week 2026-W48 --format json
json 'm=[(x["id"],x["deadline"]) for x in d["sla_misses"]]; assert m==[('"$after"',"respond"),('"$open"',"respond"),('"$storing"',"respond")], m'

# Another week has none of them.
ok --now 2026-11-25T12:00 report weekly --week 2026-W47 --format json
json 'assert d["sla_misses"]==[] and d["summary"]["sla_misses_count"]==0'
unchanged_after 65 --now 2026-11-25T12:00 report weekly --week 2026-W54
pass
