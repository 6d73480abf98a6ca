# Service levels per kind (R-INC-3, policy incident.sla_kinds): changes and problems are planned
# work, never on the service-level clock; a fundamental change waiting for its AV decision is not
# overdue for that. The policy names the kinds; an unknown kind is a configuration error (78).
source "$(dirname "$0")/common.bash"

ok init
ok incident open --kind change --title "Nieuwe koppeling" --priority 1 --fundamental --at 2026-06-01T10:00
change=$(new_id)
ok incident open --kind problem --title "Terugkerende storing" --priority 1 --at 2026-06-01T10:00
ok incident open --kind disruption --title "Storing" --priority 1 --at 2026-06-01T10:00
disruption=$(new_id)
# A week later only the disruption is overdue; the change, still waiting for the AV, is not.
expect 2 --now 2026-06-08T10:00 incident overdue --format json
json 'assert [(f["rule"],f["subject"]) for f in d["findings"]]==[("R-INC-3","incident '"$disruption"'")]*2, d["findings"]'
ok incident update "$disruption" --status resolved --at 2026-06-01T12:00
ok --now 2026-06-08T10:00 incident overdue
stdout_has "MBOV INCIDENT OK"
ok --now 2026-06-08T10:00 report weekly --week 2026-W23 --format json
json 'assert [(m["id"],m["deadline"]) for m in d["sla_misses"]]==[('"$disruption"',"respond")], d["sla_misses"]'
# A policy that puts changes on the clock makes the change overdue too.
printf '[incident]\nsla_kinds = ["change", "disruption"]\n' >"$T/p.toml"
expect 2 --config "$T/p.toml" --now 2026-06-08T10:00 incident overdue --format json
json 'assert {f["subject"] for f in d["findings"]}=={"incident '"$change"'"}, d["findings"]'
ok --config "$T/p.toml" config show --format json
json 'assert {e["key"]:e["value"] for e in d}["incident.sla_kinds"]==["change","disruption"]'
# Bad policies: an unknown kind, a kind twice, not an array.
printf '[incident]\nsla_kinds = ["storing"]\n' >"$T/bad.toml"
expect 78 --config "$T/bad.toml" incident list
stderr_has "incident.sla_kinds[0]: 'storing' is not one of disruption, change, backup, problem, access, breach"
printf '[incident]\nsla_kinds = ["backup", "backup"]\n' >"$T/bad.toml"
expect 78 --config "$T/bad.toml" incident list
stderr_has "listed twice"
printf '[incident]\nsla_kinds = "backup"\n' >"$T/bad.toml"
expect 78 --config "$T/bad.toml" incident list
pass
