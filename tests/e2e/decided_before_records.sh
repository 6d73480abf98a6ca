# R-GEN-2: a decision taken before the records began (a document version in force, a board
# appointment) is recorded as such, without an invented meeting, and only for days before them.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-10
ok init
ok member add 20AB --name "ROC Oud" --contracting-authority --joined 2020-01-01
ok member contact add 20AB --name "Anna" --email anna@example.nl --role representative --since 2020-01-01
ok gov document add vision --number 1.0 --date 2023-01-10 --status for-approval && vision=$(new_id)
ok gov document add pdc --number 3.0 --date 2024-06-01 --status for-approval && late=$(new_id)
ok gov document add pdc --number 2.0 --date 2022-05-01 && draft=$(new_id)

# Without a records day there is nothing to be before: refused, nothing changed.
unchanged_after 65 gov document approve "$vision" --decided-before-records
stderr_has "the records have no first day"
unchanged_after 65 member board appoint 1 --from 2023-01-01 --decided-before-records
stderr_has "mbov db records-from DATE"

ok db records-from 2024-01-01
expect 2 gov check --format json
json 'assert "R-GOV-2" in [f["rule"] for f in d["findings"]], d'
# Refused: a day on or after the first day; a draft; with a motion too; neither a motion nor the flag.
unchanged_after 65 gov document approve "$late" --decided-before-records
stderr_has "the version's date 2024-06-01 is not before the records, which begin on 2024-01-01"
unchanged_after 65 gov document approve "$draft" --decided-before-records
stderr_has "not for approval"
unchanged_after 64 gov document approve "$vision" --decided-before-records --motion 1
unchanged_after 65 member board appoint 1 --from 2024-01-01 --decided-before-records
stderr_has "--from 2024-01-01 is not before the records"
unchanged_after 64 member board appoint 1 --from 2023-01-01 --decided-before-records --motion 1
unchanged_after 64 member board appoint 1 --from 2023-01-01
stderr_has "--decided-before-records"

# Recorded: the vision in force from its date (its term to 2027-01-09), the seat from 2023-01-01;
# no meeting or motion was made for them.
ok gov document approve "$vision" --decided-before-records
ok gov document show vision --format json
json '
v = d["history"][0]
assert (d["in_force"], d["in_force_since"]) == ("1.0", "2023-01-10"), d
assert (v["status"], v["approved_on"], v["motion"], v["decision"]) == ("approved", "2023-01-10", None, None), v
'
ok member board appoint 1 --from 2023-01-01 --decided-before-records && seat=$(new_id)
ok member board list --format json
json 'assert [(b["person"], b["from"], b["motion"]) for b in d] == [(1, "2023-01-01", None)], d'
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM meeting") == 0 ]] || fail "a meeting was invented"
run gov check --format json
json 'assert "R-GOV-2" not in [f["rule"] for f in d["findings"]], d'
run member check --format json
json 'assert [f["message"] for f in d["findings"] if "motion" in f["message"]] == [], d'
ok audit log --entity board_seat --format json
json 'assert "decided_before_records" in d[0]["details"], d'
ok audit verify
pass
