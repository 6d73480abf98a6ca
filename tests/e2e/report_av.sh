# mbov report av: the yearly account to the General Assembly.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture

ok "${TODAY[@]}" report av --format json
json '
assert d["year"] == 2026 and d["from"] == "2026-01-01" and d["to"] == "2026-12-31"
assert [r["contract"] for r in d["reviews"]] == [2]  # the 2025 review of contract 1 is last year
assert [m["id"] for m in d["meetings"]] == [1, 2, 3] and d["meetings"][1]["present_count"] == 2
dec = {x["motion"]: x for x in d["decisions"]}
assert dec[2]["yes"] == 2 and dec[2]["required"] == 2 and dec[2]["adopted"] is True
assert dec[1]["adopted"] is False and dec[1]["base"] == 0
assert d["board_changes"][0]["name"] == "Bert Bestuur" and d["board_changes"][0]["chair"] is True
assert [m["code"] for m in d["member_changes"]] == ["99ZZ"]
inc = {(x["product"], x["kind"]): x for x in d["incidents"]}
assert inc[("CAMBO", "breach")]["opened_count"] == 1 and inc[("CAMBO", "breach")]["sla_percent"] is None
assert inc[("CAMBO", "disruption")]["responded_in_time_count"] == 7 and inc[("CAMBO", "disruption")]["opened_count"] == 8
assert d["summary"]["incidents_count"] == 40 and d["summary"]["breaches_count"] == 1
assert d["breaches"][0]["state"] == "to report"
assert d["dpias"] == []
'
ok "${TODAY[@]}" report av --year 2025 --format json
json 'assert d["year"] == 2025 and [r["contract"] for r in d["reviews"]] == [1] and d["decisions"] == [] and d["incidents"] == []'
ok "${TODAY[@]}" report av
stdout_has "Annual report 2026 to the General Assembly"
stdout_has "Contract reviews (R-CON-3)"
ok "${TODAY[@]}" report av --format markdown
stdout_has "## Decisions"
ok "${TODAY[@]}" report av --format html
stdout_has "<h2>Incidents per product and kind (R-INC-3)</h2>"

unchanged_after 65 "${TODAY[@]}" report av --year 12
stderr_has "--year"
unchanged_after 65 --lang nl "${TODAY[@]}" report av --year 12
stderr_has "mbov: fout: --year moet een jaar zijn, zoals 2026"
ok --lang nl "${TODAY[@]}" report av
stdout_has "van:      1 januari 2026"
# The JSON of a report does not change with the language, nor the weekly one's check findings.
json_same_in_dutch 0 "${TODAY[@]}" report av
json_same_in_dutch 0 "${TODAY[@]}" report weekly
unchanged_after 65 "${TODAY[@]}" report av --year twenty
unchanged_after 64 "${TODAY[@]}" report av --format ics
pass
