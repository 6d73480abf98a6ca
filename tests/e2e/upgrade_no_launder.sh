# Upgrades don't launder (issue 24): rows blanked and marked erased by hand, in a file made to look
# like schema 8, are not upgraded into history: 'mbov init' verifies the chain first and refuses
# (2, naming the row, nothing changed); 'db check' opens the older file and says how to proceed.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Een" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Anna Bewijs" --email anna@example.nl
undo_schema11
sqlite3 "$MBOV_DB" "UPDATE audit SET details = '', erased = 1 WHERE entity_kind = 'contact';
  $undo_schema12 $undo_schema10 ALTER TABLE board_seat ADD COLUMN chair INTEGER NOT NULL DEFAULT 0 CHECK (chair IN (0, 1));
  DROP TABLE board_chair; PRAGMA user_version = 8" || fail "cannot fake schema 8"
row=$(sqlite3 "$MBOV_DB" "SELECT id FROM audit WHERE entity_kind = 'contact'")
unchanged_after 2 init
stderr_has "broken at row $row: it is marked erased, but no erasure in the log names it"
stderr_has "'mbov db check' says how to proceed"
[[ $(sqlite3 "$MBOV_DB" 'PRAGMA user_version') == 8 ]] || fail "a broken log was upgraded"
expect 2 db check --format json
json 'a=[r for r in d if r["check"]=="audit"][0]; assert not a["ok"] and a["detail"].startswith("row '"$row"': it is marked erased") and "mbov db restore FILE" in a["detail"], a'
json 'assert [r["ok"] for r in d if r["check"]=="schema_version"]==[False]'
# The same file with its row intact upgrades, and no upgrade names rows as erased.
sqlite3 "$MBOV_DB" "UPDATE audit SET erased = 0 WHERE entity_kind = 'contact'"
expect 2 init
stderr_has "its details were changed after it was written"
# A lawful erasure upgrades: the erasure names its rows itself, the upgrade names none.
rm -f "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm"
ok init
ok member add 25AB --name "ROC Een" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Anna Bewijs" --email anna@example.nl; contact=$(new_id)
ok member contact remove "$contact"
ok --today 2026-03-02 member forget 1
undo_schema11
sqlite3 "$MBOV_DB" "$undo_schema12 $undo_schema10 ALTER TABLE board_seat ADD COLUMN chair INTEGER NOT NULL DEFAULT 0 CHECK (chair IN (0, 1));
  DROP TABLE board_chair; PRAGMA user_version = 8" || fail "cannot fake schema 8"
ok init
ok audit log --format json
json 'assert d[-1]["action"] == "upgrade" and "erased" not in d[-1]["details"], d[-1]'
ok audit verify
pass
