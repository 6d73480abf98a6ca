# mbov dpia purge [--dry-run] and the retention rule of dpia due (R-DPIA-5): contact persons'
# data is erased member.personal_data_retention_months (12) after their last role ended.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01
contact 10 12AB "Anna Oud" anna@example.nl 2020-01-01 2025-02-28       # retention ended 2026-02-28
contact 11 12AB "Bert Grens" bert@example.nl 2020-01-01 2025-03-01     # retention ends 2026-03-01
contact 12 12AB "Cor Elders" cor@example.nl 2020-01-01 2024-01-01      # still a contact at 34CD
sql "INSERT INTO contact (member, person, role, since) VALUES ('34CD', 12, 'representative', '2024-01-01')"
contact 13 34CD "Dora Bestuur" dora@example.nl 2020-01-01 2024-01-01   # on the board
sql "INSERT INTO board_seat (person, from_date) VALUES (13, '2023-01-01')"
contact 14 34CD "Eva Actief" eva@example.nl 2020-01-01 NULL            # a current contact
contact 15 34CD "Frank Twee" frank@example.nl 2020-01-01 2024-01-01    # a later role ended 2025-12-01
sql "INSERT INTO contact (member, person, role, since, until) VALUES ('12AB', 15, 'contact', '2024-01-01', '2025-12-01')"

expect 2 dpia due --format json
json 'F=[(f["severity"],f["subject"],f["due"]) for f in d["findings"] if f["rule"]=="R-DPIA-5"]; assert F==[("CRITICAL","person 10","2026-02-28"),("WARNING","person 11","2026-03-01")], F'
expect 2 dpia due
stdout_has "CRITICAL R-DPIA-5 person 10: former contact of 12AB (until 2025-02-28): erase the personal data at its retention end, due 2026-02-28, 1 day overdue; 'mbov dpia purge' does"
stdout_has "WARNING R-DPIA-5 person 11: former contact of 12AB (until 2025-03-01): erase the personal data at its retention end, due today (2026-03-01)"

# Dora is past her retention too, but sits on the board: spared, with the reason.
dora='{"person":13,"name":"Dora Bestuur","member":"34CD","role":"contact","until":"2024-01-01","retention_end":"2025-01-01","spared":True,"reason":"board seat 1"}'
unchanged_after 0 dpia purge --dry-run --format json
json 'assert d==[{"person":10,"name":"Anna Oud","member":"12AB","role":"contact","until":"2025-02-28","retention_end":"2026-02-28","spared":False,"reason":None},'"$dora"'], d'
unchanged_after 0 --today 2026-02-28 dpia purge --dry-run --format json
json 'assert d==['"$dora"'], d'
ok --today 2026-03-02 dpia purge --dry-run --format json
json 'assert [(r["person"],r["spared"]) for r in d]==[(10,False),(11,False),(13,True)], d'

ok dpia purge --format json
json 'assert d==[{"person":10,"name":None,"member":"12AB","role":"contact","until":"2025-02-28","retention_end":"2026-02-28","spared":False,"reason":None},'"$dora"'], d'
[[ $(sqlite3 "$MBOV_DB" "SELECT quote(name) || quote(email) || erased_on FROM person WHERE id = 10") == "NULLNULL2026-03-01" ]] \
  || fail "person 10 is not erased"
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM person WHERE erased_on IS NULL") == 5 ]] || fail "others were erased"
! grep -a -q "Anna Oud" "$MBOV_DB" "$MBOV_DB-wal" 2>/dev/null || fail "the name is still in the database files"
ok audit log --entity person --format json
json 'assert [(r["entity_id"],r["action"]) for r in d]==[("10","erase")]'
# The fixture writes its records behind mbov's back, so the log does not cover them (exit 2); the
# chain itself, with the erasure, is whole: no row is named broken.
expect 2 audit verify
stderr_has "the data and the audit log disagree: board_seat 1 has no audit row: it was written outside mbov"
unchanged_after 0 dpia purge --format json
json 'assert d==['"$dora"'], d'
expect 2 dpia due --format json
json 'assert [(f["severity"],f["subject"]) for f in d["findings"] if f["rule"]=="R-DPIA-5"]==[("WARNING","person 11")], d'

# The day after its retention ends, the next one goes; the others keep a current role.
ok --today 2026-03-02 dpia purge --format csv
[[ $(wc -l <"$OUT") == 3 ]] || fail "one person erased on 2026-03-02, one spared"
stdout_has "11,,12AB,contact,2025-03-01,2026-03-01,false,"
stdout_has "13,Dora Bestuur,34CD,contact,2024-01-01,2025-01-01,true,board seat 1"
ok --today 2026-12-02 dpia purge --format json
json 'assert [r["person"] for r in d if not r["spared"]]==[15], d'

# A policy with a longer retention keeps them longer.
printf '[member]\npersonal_data_retention_months = 24\n' >"$T/p.toml"
contact 16 12AB "Gijs Lang" gijs@example.nl 2020-01-01 2025-01-01
unchanged_after 0 --config "$T/p.toml" --today 2027-01-01 dpia purge --dry-run --format json
json 'assert [r["person"] for r in d if not r["spared"]]==[], d'
ok --config "$T/p.toml" --today 2027-01-02 dpia purge --dry-run --format json
json 'assert [r["person"] for r in d if not r["spared"]]==[16], d'
unchanged_after 64 dpia purge --dry-run extra
pass
