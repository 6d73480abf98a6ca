# Migration 9: the board's chair gets a history (board_chair) in place of the seats' chair flag.
# From a schema-8 database the history comes from the audit log's chair choices; a chair that
# the log never shows chosen (a seat written behind mbov's back, as in a schema-1 file) chairs
# from its seat's first day.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/member_fixture.bash"
export MBOV_TODAY=2026-03-01

# 1. A schema-1 database (tests/data/v1.db) with board seats written by SQL: no audit rows.
cp "$SRC/tests/data/v1.db" "$MBOV_DB"
chmod 600 "$MBOV_DB"
sqlite3 "$MBOV_DB" "INSERT INTO person (id, name) VALUES (11, 'Oud Bestuur'), (12, 'Zit Voor');
  INSERT INTO board_seat (person, from_date, until, chair) VALUES (11, '2024-01-01', '2025-01-01', 0),
    (12, '2024-06-01', NULL, 1);
  INSERT INTO meeting (kind, date) VALUES ('av', '2024-05-01'), ('av', '2024-06-01')" || fail "cannot fill the v1 file"
ok init
stderr_has "upgraded"
latest=$("$MBOV" --version | sed -n 's/.*(schema \([0-9]*\),.*/\1/p')
[[ $(sqlite3 "$MBOV_DB" 'PRAGMA user_version') == "$latest" ]] || fail "not upgraded to schema $latest"
[[ $(sqlite3 "$MBOV_DB" "SELECT seat || ' ' || from_date || ' ' || quote(until) FROM board_chair") == "2 2024-06-01 NULL" ]] \
  || fail "the flagged chair has no period from its seat's first day"
sqlite3 "$MBOV_DB" "SELECT chair FROM board_seat" 2>/dev/null && fail "board_seat still has its chair flag"
ok member board list --format json
json 'assert [(s["person"],s["chair"]) for s in d]==[(12,True)], d'
first=$(sqlite3 "$MBOV_DB" "SELECT id FROM meeting WHERE date = '2024-05-01'")
second=$(sqlite3 "$MBOV_DB" "SELECT id FROM meeting WHERE date = '2024-06-01'")
ok report minutes "$first" --format json
json 'assert d["chair_name"] is None'   # who chaired then is not known
ok report minutes "$second" --format json
json 'assert d["chair_name"]=="Zit Voor"'
ok init
stderr_has "up to date"

# 2. A schema-8 database made by mbov: chair A from 2025-01-01, chair B from 2026-01-10, A's
# seat ended 2026-02-01 after A chaired again from 2026-01-20. Made with this mbov, then taken
# back to schema 8 (the chair flag on the seats, no board_chair) as that mbov left it.
rm -f "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm"
board_of_two
ok --today 2025-01-01 member board chair 1
ok --today 2026-01-10 member board chair 2
ok --today 2026-01-20 member board chair 1
ok --today 2026-01-25 member board leave 1 --on 2026-02-01
ok --today 2026-02-05 member board chair 2
for d in 2025-06-01 2026-01-10 2026-01-20 2026-02-01 2026-02-05; do ok vote meeting add --date "$d"; done
undo_schema11
sqlite3 "$MBOV_DB" "$undo_schema12 $undo_schema10
  ALTER TABLE board_seat ADD COLUMN chair INTEGER NOT NULL DEFAULT 0 CHECK (chair IN (0, 1));
  UPDATE board_seat SET chair = 1 WHERE id = 2; DROP TABLE board_chair; PRAGMA user_version = 8" \
  || fail "cannot take the database back to schema 8"
ok init
stderr_has "from schema version 8"
[[ $(sqlite3 "$MBOV_DB" "SELECT group_concat(seat || ':' || from_date || '-' || coalesce(until, ''), ' ') FROM
      (SELECT * FROM board_chair ORDER BY from_date, id)") \
  == "1:2025-01-01-2026-01-10 2:2026-01-10-2026-01-20 1:2026-01-20-2026-02-01 2:2026-02-05-" ]] \
  || fail "the history from the audit log: $(sqlite3 "$MBOV_DB" 'SELECT * FROM board_chair')"
want=("Anna Eerst" "Bram Daarna" "Anna Eerst" "" "Bram Daarna")
for i in 0 1 2 3 4; do
  id=$(sqlite3 "$MBOV_DB" "SELECT id FROM meeting ORDER BY date LIMIT 1 OFFSET $((i + 1))")
  ok report minutes "$id" --format json
  json 'assert (d["chair_name"] or "")=="'"${want[$i]}"'", (d["date"], d["chair_name"])'
done
ok member board list --format json
json 'assert [(s["person"],s["chair"]) for s in d]==[(2,True)], d'
ok audit verify
ok audit verify
pass
