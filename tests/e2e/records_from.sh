# Records from a day (R-GEN-2): `mbov init --records-from D` and `mbov db records-from D`. A new
# database of a cooperative that already exists is not flooded: no check judges a period before D
# (AV meetings, board meetings, a budget deadline), and a confirmation is due at the earliest one
# interval after D.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-10

# Without a records day: a member that joined in 2020 is years late with its confirmation, and the
# AV and board meetings of 2025 are missing.
ok init
ok member add 20AB --name "ROC Oud" --contracting-authority --joined 2020-01-01
ok member show 20AB --format json
json 'assert d["confirmation_due"]=="2021-01-01", d'
expect 2 vote check --format json
json 'assert [f["subject"] for f in d["findings"] if f["rule"]=="R-VOTE-1"]==["AV 2025", "AV 2026"], d'
expect 2 gov check --format json
json 'assert "R-GOV-4" in [f["rule"] for f in d["findings"]], d'
expect 2 budget check --format json
json 'assert "budget 2026" in [f["subject"] for f in d["findings"]], d'

# Refused days change nothing.
unchanged_after 65 db records-from 2026-02-30
stderr_has "DATE"
unchanged_after 65 db records-from morgen
expect 64 db records-from

# The records begin on 2026-01-01: 2025 is not judged; the confirmation is due a year after it.
ok db records-from 2026-01-01
ok member show 20AB --format json
json 'assert d["confirmation_due"]=="2027-01-01", d'
expect 1 vote check --format json
json 'assert [(f["subject"],f["severity"]) for f in d["findings"]]==[("AV 2026","WARNING")], d'
run gov check --format json
json 'assert "R-GOV-4" not in [f["rule"] for f in d["findings"]], d'
run budget check --format json
json 'assert "budget 2026" not in [f["subject"] for f in d["findings"]], d'
ok audit log --entity records_from --format json
json 'assert [r["action"] for r in d]==["set"] and d[0]["details"]["on"]=="2026-01-01", d'

# The same from the start: init --records-from, on a new file and on an existing one.
rm -f "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm"
expect 65 init --records-from 2026-13-01
[[ ! -e $MBOV_DB ]] || fail "a refused init made a database"
ok init --records-from 2026-03-01
ok member add 20AB --name "ROC Oud" --contracting-authority --joined 2020-01-01
ok member show 20AB --format json
json 'assert d["confirmation_due"]=="2027-03-01", d'
ok init --records-from 2025-01-01
ok member show 20AB --format json
json 'assert d["confirmation_due"]=="2026-01-01", d'
ok audit verify
pass
