# Only mbov's schema (issue 24): every open refuses a table, index, view or trigger the migrations
# did not make (65, naming it); db restore checks its file the same way, and its audit chain,
# before it replaces anything; a file of another page size restores; a failed restore onto a new
# path leaves no file behind.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-04-01
ok init
ok member add 25AB --name "ROC Een" --contracting-authority --joined 2020-01-01
ok db backup "$T/good.db"
ok member add 25CD --name "ROC Twee" --contracting-authority --joined 2020-01-01

# A foreign trigger, a view in a table's place, a changed constraint, a missing index: each open
# refuses the file, naming the object, and nothing runs in it.
foreign() {  # foreign NAME SQL: a copy of good.db changed by SQL, as $T/NAME.db
  cp "$T/good.db" "$T/$1.db" && sqlite3 "$T/$1.db" "$2" || fail "cannot make $1.db"
}
foreign trigger "CREATE TRIGGER flip AFTER INSERT ON ballot BEGIN UPDATE ballot SET choice = 'no' WHERE id = NEW.id; END"
foreign view "ALTER TABLE member RENAME TO member_old; CREATE VIEW member AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT * FROM member_old, n"
foreign check "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (choice IN (''yes'', ''no'', ''abstain''))', '') WHERE name = 'ballot'"
foreign index "DROP INDEX audit_at"
expect 65 --db "$T/trigger.db" member list
stderr_has "holds trigger flip, which mbov did not create"
expect 65 --db "$T/view.db" member list
stderr_has "holds view member"
expect 65 --db "$T/check.db" member list
stderr_has "table ballot differs from the one mbov created"
expect 65 --db "$T/index.db" audit verify
stderr_has "lacks index audit_at"
expect 65 --db "$T/trigger.db" init
stderr_has "trigger flip"
for f in trigger view check index; do
  unchanged_after 65 db restore "$T/$f.db"
  stderr_has "$f.db"
done

# A broken chain is refused before anything is replaced.
cp "$T/good.db" "$T/broken.db" && sqlite3 "$T/broken.db" "UPDATE audit SET actor = 'someone' WHERE id = 2"
unchanged_after 65 db restore "$T/broken.db"
stderr_has "the audit log of $T/broken.db is broken at row 2"

# A failed restore onto a new path leaves no file; a good one makes the database with its row.
expect 65 --db "$T/new/mbov.db" db restore "$T/trigger.db"
[[ ! -e $T/new/mbov.db ]] || fail "a refused restore left $T/new/mbov.db"
cp "$T/good.db" "$T/big.db" && sqlite3 "$T/big.db" "PRAGMA journal_mode = DELETE; PRAGMA page_size = 8192; VACUUM" >/dev/null
[[ $(sqlite3 "$T/big.db" 'PRAGMA page_size') == 8192 ]] || fail "big.db should have pages of 8192 bytes"
ok --db "$T/new/mbov.db" db restore "$T/big.db"
ok --db "$T/new/mbov.db" audit verify

# A file of another page size restores over a live WAL database, with its audit row.
ok db restore "$T/big.db"
ok member list --format json
json 'assert [m["code"] for m in d] == ["25AB"], d'
ok audit log --format json
json 'assert d[-1]["action"] == "restore" and "big.db" in json.dumps(d[-1]["details"]), d[-1]'
ok audit verify
ok db check
pass
