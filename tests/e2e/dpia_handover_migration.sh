# The hand-over migration (R-DPIA-6): a database of schema 1 gets the hand-over columns from 'mbov init',
# its processing records kept, without a hand-over until one is recorded.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
# A database of schema 1, as the mbov of schema 1 made it (tests/data/v1.db), with a record.
cp "$SRC/tests/data/v1.db" "$MBOV_DB"
sqlite3 "$MBOV_DB" "INSERT INTO processing (id, product, name, purpose, legal_basis, subjects, data_categories,
  retention, role) VALUES (1, 'CAMBO', 'Aanmelding CAMBO', 'aanmelding', 'public-task', 'studenten', 'NAW',
  '1 jaar', 'processor')" || fail "could not fill the schema-1 database"
ok init
[[ $(sqlite3 "$MBOV_DB" 'PRAGMA user_version') -gt 1 ]] || fail "not upgraded"
ok dpia register show 1 --format json
json 'assert d["name"]=="Aanmelding CAMBO" and d["handover_system"] is None and d["handover_days"] is None, d'
ok dpia register edit 1 --handover-system "Studielink" --handover-days 2
ok dpia register show 1 --format json
json 'assert d["handover_days"]==2, d'
pass
