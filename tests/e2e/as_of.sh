# R-GEN-1, as of a day: a report for a past week and a check for a past day judge the records as
# they stood then (what was opened, acknowledged or resolved later does not count).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture
# 105: opened in W47, acknowledged and resolved only in W48.
sqlite3 "$MBOV_DB" "INSERT INTO incident (id, kind, title, product, priority, status, opened, respond_by, resolve_by,
  acknowledged_at, resolved_at) VALUES (105, 'disruption', 'Inloggen mislukt', 'VVA', 2, 'resolved',
  '2026-11-18T08:00:00Z', '2026-11-18T12:00:00Z', '2026-11-20T08:00:00Z', '2026-11-24T08:00:00Z', '2026-11-24T09:00:00Z');"

# Today's week: 102, 103 and 104 open; 105 resolved.
ok "${TODAY[@]}" report weekly --format json
json '
assert d["today"] == "2026-11-25" and d["summary"]["open_incidents_count"] == 3, d["summary"]
assert {p["product"]: p["open_incidents"] for p in d["products"]} == {"CAMBO": 2, "VVA": 1}
'
# W47 as it stood at its end (Sunday 2026-11-22): 104 and 105 open, 105 not yet responded to;
# 102 and 103 (opened in W48) are nowhere, not even among the findings.
ok "${TODAY[@]}" report weekly --week 2026-W47 --format json
json '
assert d["today"] == "2026-11-22", d["today"]
s = d["summary"]
assert (s["incidents_opened_count"], s["incidents_resolved_count"], s["sla_misses_count"], s["breaches_count"], s["open_incidents_count"]) == (2, 0, 3, 0, 2), s
assert {p["product"]: p["open_incidents"] for p in d["products"]} == {"CAMBO": 1, "VVA": 1}
assert [(m["id"], m["deadline"], m["done"]) for m in d["sla_misses"]] == [(104, "respond", None), (105, "respond", None), (105, "resolve", None)], d["sla_misses"]
inc = sorted((f["subject"], f["message"][:10]) for f in d["findings"] if f["rule"].startswith("R-INC"))
assert inc == [("incident: incident 104", "respond by"), ("incident: incident 105", "resolve by"), ("incident: incident 105", "respond by")], inc
'
# The same week asked for later gives the same figures: the records added since do not count.
ok --today 2026-12-20 report weekly --week 2026-W47 --format json
json 'assert d["today"] == "2026-11-22" and d["summary"]["open_incidents_count"] == 2 and d["summary"]["sla_misses_count"] == 3'

# A check on a past day: 105 was open then (responded only on the 24th), the breach 103 not yet
# opened; today 105 is resolved and 103 is overdue.
expect 2 --today 2026-11-21 incident overdue
stdout_has "open=2"
stdout_has "incident 105: respond by"
stdout_lacks "incident 103"
expect 2 "${TODAY[@]}" incident overdue
stdout_has "incident 103: resolve by 2026-11-24T18:00:00+01:00, 18 h 0 min overdue"
stdout_lacks "incident 105"
# 101 as of an hour after its opening: not yet acknowledged (it was at 11:00), so its response is due.
expect 2 --now 2026-11-23T09:30:00Z incident overdue
stdout_has "incident 101: respond by 2026-11-23T10:00:00+01:00, 30 min overdue"
pass
