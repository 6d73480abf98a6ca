# mbov report av: the board's account of the year (R-FIN-3, R-CON-3, catalogue §6): the budget's
# realisation per line and kind, and the contract events of the year up to today.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture
# Contract 3 new in 2026, contract 4 ran out on 2026-06-30, contract 1 extended on 2026-06-01;
# contract 2 was terminated on 2026-05-01 and reviewed on 2026-11-24 (the fixture).
sqlite3 -bail "$MBOV_DB" <<'SQL' || fail "the test's SQL failed"
INSERT INTO contract (id, product, supplier, start, base_years, extensions, extension_years, notice_months) VALUES
  (3, 'VVA', 1, '2026-03-01', 4, 2, 2, 6), (4, 'CAMBO', 2, '2022-07-01', 4, 0, 2, 6);
INSERT INTO extension (contract, on_date) VALUES (1, '2026-06-01');
INSERT INTO review (contract, on_date, outcome) VALUES (3, '2026-12-01', 'compliant');
INSERT INTO plan (year, goals, motion, approved_on) VALUES (2026, '["VVA voor iedereen"]', 2, '2025-11-24');
INSERT INTO budget_line (id, year, description, amount, product, acquisition, life_years) VALUES
  (1, 2026, 'Servers', 500000, 'CAMBO', 500000, 5), (2, 2026, 'Licenties', 120050, NULL, NULL, NULL);
INSERT INTO spending (line, date, amount) VALUES (1, '2026-03-01', 450000), (2, '2026-04-01', 100000),
  (2, '2026-05-01', 30000);
SQL

ok "${TODAY[@]}" report av --format json
json '
assert d["budget"] == {"approved": True, "budgeted": 6200.5, "spent": 5800.0, "left": 400.5, "percent": 93}, d["budget"]
assert [(k["kind"], k["budgeted"], k["spent"], k["left"]) for k in d["budget_kinds"]] == [
    ("investment", 5000.0, 4500.0, 500.0), ("running", 1200.5, 1300.0, -99.5)], d["budget_kinds"]
assert [(l["line"], l["description"], l["kind"], l["product"], l["spent"], l["percent"]) for l in d["budget_lines"]] == [
    (1, "Servers", "investment", "CAMBO", 4500.0, 90), (2, "Licenties", "running", None, 1300.0, 108)], d["budget_lines"]
ev = [(e["date"], e["contract"], e["event"], e["end"]) for e in d["contract_events"]]
# The review of 2026-12-01 lies after today (2026-11-25): not yet.
assert ev == [("2026-03-01", 3, "new", "2030-02-28"), ("2026-05-01", 2, "terminated", "2027-02-28"),
              ("2026-06-01", 1, "extended", "2028-12-31"), ("2026-06-30", 4, "lapsed", "2026-06-30"),
              ("2026-11-24", 2, "reviewed", None)], ev
assert d["contract_events"][0]["supplier"] == "Leverancier BV"
'
# In time or not only for the kinds on the service-level clock (incident.sla_kinds): changes are
# planned work, their in-time cells null; with a policy that clocks changes and disruptions only,
# access and backup are null and changes counted.
ok "${TODAY[@]}" report av --format json
json '
inc = {(x["product"], x["kind"]): (x["opened_count"], x["responded_in_time_count"], x["resolved_in_time_count"], x["sla_percent"]) for x in d["incidents"]}
assert inc[("VVA", "change")] == (5, None, None, None) and inc[("CAMBO", "change")] == (3, None, None, None), inc
assert inc[("VVA", "disruption")] == (8, 8, 8, 100) and inc[("CAMBO", "disruption")] == (8, 7, 8, 100) and inc[("CAMBO", "access")] == (5, 4, 4, 100), inc
'
printf '[incident]\nsla_kinds = ["change", "disruption"]\n' >"$T/p.toml"
ok --config "$T/p.toml" "${TODAY[@]}" report av --format json
json '
inc = {(x["product"], x["kind"]): (x["responded_in_time_count"], x["resolved_in_time_count"], x["sla_percent"]) for x in d["incidents"]}
assert inc[("VVA", "change")] == (5, 4, 100) and inc[("CAMBO", "access")] == (None, None, None), inc
assert inc[("CAMBO", "disruption")] == (7, 8, 100), inc
'
# A year without a plan: no realisation, the events of that year (contract 2 extended in 2023).
ok "${TODAY[@]}" report av --year 2023 --format json
json '
assert d["budget"] == {"approved": False} and d["budget_lines"] == [] and d["budget_kinds"] == [], d["budget"]
assert [(e["date"], e["contract"], e["event"]) for e in d["contract_events"]] == [("2023-01-01", 1, "new"), ("2023-08-01", 2, "extended")], d["contract_events"]
'
ok "${TODAY[@]}" report av
stdout_has "Budget realisation (R-FIN-3)"
stdout_has "Contract events (R-CON-3)"
stdout_has "lapsed"
ok --lang nl "${TODAY[@]}" report av
stdout_has "Realisatie van de begroting (R-FIN-3)"
stdout_has "Contractgebeurtenissen (R-CON-3)"
stdout_has "vervallen"
json_same_in_dutch 0 "${TODAY[@]}" report av
pass
