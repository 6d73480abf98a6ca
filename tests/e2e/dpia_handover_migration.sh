# Migration 3 (R-DPIA-6): a database of schema 1 gets the hand-over columns from 'mbov init',
# its processing records kept, without a hand-over until one is recorded.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
export MBOV_TODAY=2026-03-01
ok init
register_args CAMBO
ok dpia register add "${REG[@]}"
# Make it a schema-1 database: no hand-over columns.
sqlite3 "$MBOV_DB" "ALTER TABLE processing DROP COLUMN handover_days; ALTER TABLE processing DROP COLUMN handover_system;
                    PRAGMA user_version = 1" || fail "could not downgrade"
ok init
[[ $(sqlite3 "$MBOV_DB" 'PRAGMA user_version') == 3 ]] || fail "not upgraded to schema 3"
ok dpia register show 1 --format json
json 'assert d["name"]=="Aanmelding CAMBO" and d["handover_system"] is None and d["handover_days"] is None, d'
ok dpia register edit 1 --handover-system "Studielink" --handover-days 2
ok dpia register show 1 --format json
json 'assert d["handover_days"]==2, d'
pass
