# mbov report weekly: the week of --today or --week, in text, markdown, json and html.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture

ok "${TODAY[@]}" report weekly
stdout_has "Weekly report 2026-W48"
stdout_has "Aanmelden traag"
stdout_has "operational → tactical"
stdout_has "Begroting 2027"
stdout_has "to report"
# Dutch headings for people, the same JSON for scripts.
ok --lang nl "${TODAY[@]}" report weekly
stdout_has "Weekrapport 2026-W48"
stdout_has "Gemelde incidenten"
stdout_has "Termijnen tot en met "
json_same_in_dutch 0 "${TODAY[@]}" report weekly

ok "${TODAY[@]}" report weekly --format json
json '
assert (d["week"], d["from"], d["to"]) == ("2026-W48", "2026-11-23", "2026-11-29"), d["week"]
s = d["summary"]
assert (s["incidents_opened_count"], s["incidents_resolved_count"], s["escalations_count"], s["sla_misses_count"]) == (3, 1, 2, 2), s
assert [i["id"] for i in d["incidents_opened"]] == [101, 102, 103]
assert d["incidents_resolved"][0]["in_time"] is True
# 101 responded an hour late; 103 is past its resolve deadline and still open; 104 missed its
# respond deadline in the week before, so it is not this week'"'"'s miss.
assert sorted((m["id"], m["deadline"]) for m in d["sla_misses"]) == [(101, "respond"), (103, "resolve")], d["sla_misses"]
assert d["breaches"][0]["id"] == 103 and d["breaches"][0]["state"] == "to report"
assert d["breaches"][0]["authority_deadline"] == "2026-11-27T14:00:00+01:00"
assert d["reviews"][0]["contract"] == 2 and d["reviews"][0]["outcome"] == "deviations"
assert d["decisions"][0]["motion"] == 2 and d["decisions"][0]["adopted"] is True
assert [c["kind"] for c in d["register_changes"]] == ["contact"]
w = d["incidents_per_week"]
assert len(w) == 12 and w[-1]["week"] == "2026-W48" and w[0]["week"] == "2026-W37" and w[-1]["breach"] == 1
assert sum(x["total"] for x in w) == 38, sum(x["total"] for x in w)
kinds = [u["kind"] for u in d["upcoming"]]
assert "review" in kinds and "breach" in kinds and "meeting" in kinds, kinds
assert all(u["date"] <= "2027-01-20" for u in d["upcoming"])
p = {x["product"]: x for x in d["products"]}
assert p["CAMBO"]["contract_end"] == "2026-12-31" and p["CAMBO"]["certificate_until"] == "2027-01-15"
assert p["VVA"]["contract_status"] == "ending" and p["VVA"]["dpia_due"] == "2026-02-01"
assert p["CAMBO"]["open_incidents"] == 2 and p["CAMBO"]["members"] == 2
assert isinstance(d["findings"], list)
'

# Another week: W47 has incident 104 and no breach (103 came later).
ok "${TODAY[@]}" report weekly --week 2026-W47 --format json
json 'assert d["week"] == "2026-W47" and [i["id"] for i in d["incidents_opened"]] == [104] and d["breaches"] == []'
json 'assert [m["id"] for m in d["sla_misses"]] == [104], d["sla_misses"]'

# --ahead narrows the coming weeks.
ok "${TODAY[@]}" report weekly --ahead 3d --format json
json 'assert max(u["date"] for u in d["upcoming"]) <= "2026-11-28" and d["ahead"] == "3d"'

ok "${TODAY[@]}" report weekly --format markdown
stdout_has "# Weekly report 2026-W48"
stdout_has "## Incidents opened"
stdout_has "| 101 |"

# --sql prints the statements it ran, which sqlite3 runs as they are.
ok "${TODAY[@]}" report weekly --sql
stdout_has "FROM incident WHERE opened >= '2026-11-22T23:00:00Z' AND opened < '2026-11-29T23:00:00Z'"
sqlite3 "$MBOV_DB" <"$OUT" >/dev/null || fail "sqlite3 cannot run the printed SQL"

# Bad input: every option, database unchanged.
unchanged_after 65 "${TODAY[@]}" report weekly --week 2026-W54
stderr_has "--week"
unchanged_after 65 "${TODAY[@]}" report weekly --week 2026-48
unchanged_after 65 "${TODAY[@]}" report weekly --ahead soon
stderr_has "--ahead"
unchanged_after 64 "${TODAY[@]}" report weekly --format tsv
stderr_has "--format tsv"
unchanged_after 64 "${TODAY[@]}" report weekly --format ics
unchanged_after 64 "${TODAY[@]}" report
unchanged_after 66 --db "$T/none.db" "${TODAY[@]}" report weekly
pass
