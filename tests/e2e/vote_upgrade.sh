# Migration 2 on a database of schema 1: attendance becomes the ordered presence log, motions
# closed back then keep the members present by their close time, and get no stored result.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_fixture.bash"

# A database of schema 1, as the mbov of schema 1 made it (tests/data/v1.db).
cp "$SRC/tests/data/v1.db" "$MBOV_DB"
members A B C
sqlite3 "$MBOV_DB" "INSERT INTO meeting (id, kind, date) VALUES (11, 'av', '2026-04-01');
  INSERT INTO attendance VALUES (11, 'A', '2026-04-01T17:00:00Z'), (11, 'B', '2026-04-01T17:00:00Z'),
    (11, 'C', '2026-04-01T20:00:00Z');
  INSERT INTO motion (id, meeting, title, kind, closed_at) VALUES (11, 11, 'Oud', 'ordinary', '2026-04-01T18:00:00Z');
  INSERT INTO ballot (motion, member, choice, cast_at) VALUES (11, 'A', 'yes', '2026-04-01T17:30:00Z'),
    (11, 'B', 'no', '2026-04-01T17:31:00Z')" || fail "cannot fill the schema 1 database"
ok init
[[ $(sqlite3 "$MBOV_DB" 'PRAGMA user_version') -ge 2 ]] || fail "not upgraded"
[[ $(sqlite3 "$MBOV_DB" 'SELECT count(*) FROM presence') == 3 ]] || fail "attendance not carried into presence"
# C came after the close: not in the base (2), as schema 1 counted it.
expect 1 "${T_DAY[@]}" vote tally 11 --format json
json 'assert (d["base"],d["present_count"],d["yes"],d["no"])==(2,2,1,1) and d["stored"] is False'
expect 1 "${T_DAY[@]}" vote tally 11 --recount --format json
json 'assert d["base"]==2'
ok "${T_DAY[@]}" vote status 11 --format json
json 'assert d["present_members"]==["A","B","C"]'
pass
