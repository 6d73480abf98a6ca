# Migration 10 (issue 22), from tests/data/v1.db and from a schema-9 file made by mbov.
# R-MEM-7: a member that left before this mbov ended nothing; the upgrade ends what it still held
# after its last day: uptakes through that day, contact roles, group seats and functional-manager
# terms ON that day (on their first day when they began later).
# R-FIN-2: a budget motion gets the year of the plan it approved, or none.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/member_fixture.bash"
export MBOV_TODAY=2026-09-10

# 1. tests/data/v1.db: 25LZ takes up CAMBO from 2025-03-01 and has a contact since 2026-01-15; it
# left on 2025-12-31 (written as the old mbov did: only member.left_on).
cp "$SRC/tests/data/v1.db" "$MBOV_DB"
chmod 600 "$MBOV_DB"
sqlite3 "$MBOV_DB" "UPDATE member SET left_on = '2025-12-31' WHERE code = '25LZ'" || fail "cannot fill the v1 file"
ok init
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM fee") == 0 ]] || fail "fees from nowhere"
stderr_has "upgraded"
[[ $(sqlite3 "$MBOV_DB" "SELECT until FROM uptake") == 2025-12-31 ]] || fail "the uptake did not end on the last day"
[[ $(sqlite3 "$MBOV_DB" "SELECT until FROM contact") == 2026-01-15 ]] || fail "the later contact did not end on its first day"
ok report charges 2026 --format json
json 'assert d["charges"]==[], d'

# 2. A schema-9 database made by mbov: 12AB leaves on 2026-08-31 with an open uptake, a contact in
# the expert group and a functional manager, all still open as the schema-9 mbov left them; the
# plan of 2026 approved by budget motion 2, motion 3 a budget motion that approved nothing.
rm -f "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm"
board_of_two
ok budget plan 2026 --goal "Beheer"
approved=$(MBOV_TODAY=2025-11-20 board_motion 2025-11-20 12AB 34CD)   # kind board: made budget below
unused=$(MBOV_TODAY=2025-11-21 board_motion 2025-11-21 12AB 34CD)
sqlite3 "$MBOV_DB" "UPDATE motion SET kind = 'budget', year = 2026 WHERE id IN ($approved, $unused)" || fail "budget motions"
ok budget approve 2026 --motion "$approved"
ok member contact add 12AB --name "Cees Contact" --email cees@example.nl --since 2024-01-01
ok gov group join expert-group 3 --from 2026-01-01
ok gov role assign functional-manager 3 --scope 12AB --from 2026-01-01
ok budget fee set CAMBO --one-off 0 --yearly 3650 --from-year 2026
ok member uptake 12AB CAMBO --from 2025-01-01
ok member uptake 34CD CAMBO --from 2025-01-01
undo_schema11
sqlite3 "$MBOV_DB" "UPDATE member SET left_on = '2026-08-31' WHERE code = '12AB'; $undo_schema12 $undo_schema10
  PRAGMA user_version = 9" \
  || fail "cannot take the database back to schema 9"
ok init
stderr_has "from schema version 9"
[[ $(sqlite3 "$MBOV_DB" "SELECT group_concat(member || ':' || coalesce(until, '-'), ' ') FROM uptake") \
  == "12AB:2026-08-31 34CD:-" ]] || fail "uptakes: $(sqlite3 "$MBOV_DB" 'SELECT * FROM uptake')"
[[ $(sqlite3 "$MBOV_DB" "SELECT group_concat(id || ':' || coalesce(until, '-'), ' ') FROM contact") \
  == "1:2026-08-31 2:- 3:2026-08-31" ]] || fail "contacts: $(sqlite3 "$MBOV_DB" 'SELECT * FROM contact')"
[[ $(sqlite3 "$MBOV_DB" "SELECT until FROM group_member") == 2026-08-31 ]] || fail "the group seat did not end"
[[ $(sqlite3 "$MBOV_DB" "SELECT until FROM role WHERE role = 'functional-manager'") == 2026-08-31 ]] \
  || fail "the functional manager did not end"
ok report charges 2026 --format json
json 'assert [(c["member"],c["days"],c["yearly"]) for c in d["charges"]]==[("12AB",243,2430),("34CD",365,3650)], d'
# R-FIN-4: the fee set before holds from the first year CAMBO was taken up (2025).
[[ $(sqlite3 "$MBOV_DB" "SELECT product || ' ' || from_year || ' ' || yearly FROM fee") == "CAMBO 2025 365000" ]] \
  || fail "fees: $(sqlite3 "$MBOV_DB" 'SELECT * FROM fee')"
[[ $(sqlite3 "$MBOV_DB" "SELECT group_concat(id || ':' || kind || ':' || coalesce(year, '-'), ' ') FROM motion") \
  == "1:board:- $approved:budget:2026 $unused:budget:-" ]] || fail "motion years: $(sqlite3 "$MBOV_DB" 'SELECT * FROM motion')"
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM records_from") == 0 ]] || fail "records_from is not empty"
ok init
stderr_has "up to date"
ok audit verify
pass
