# mbov init: a new database with mode 0600 in a new folder, the latest schema, the products seeded, a random database id;
# idempotent; every connection in WAL mode.
source "$(dirname "$0")/common.bash"

db=$T/new/folder/mbov.db
ok --db "$db" init
stderr_has "created"
[[ $(stat -c %a "$db") == 600 ]] || fail "database mode $(stat -c %a "$db"), want 600"
latest=$("$MBOV" --version | sed -n 's/.*schema \([0-9]*\).*/\1/p')
[[ $(sqlite3 "$db" 'PRAGMA user_version') == "$latest" ]] || fail "schema version is not $latest"
[[ $(sqlite3 "$db" 'SELECT length(id) FROM instance') == 32 ]] || fail "no database id (instance) made"
[[ $(sqlite3 "$db" 'PRAGMA journal_mode') == wal ]] || fail "not in WAL mode"
[[ $(sqlite3 "$db" 'SELECT group_concat(code) FROM (SELECT code FROM product ORDER BY code)') == CAMBO,VVA ]] ||
  fail "products CAMBO and VVA are not seeded"
[[ $(sqlite3 "$db" 'SELECT count(*) FROM audit') == 1 ]] || fail "init wrote no audit row"

before=$(sqlite3 "$db" .dump | sha256sum)
ok --db "$db" init
stderr_has "up to date"
[[ $(sqlite3 "$db" .dump | sha256sum) == "$before" ]] || fail "a second init changed the database"
ok -q --db "$db" init
[[ ! -s $ERR && ! -s $OUT ]] || fail "--quiet init printed something"

# A database newer than this mbov is refused; an older one is upgraded only by init.
sqlite3 "$db" 'PRAGMA user_version = 99'
expect 65 --db "$db" audit log
stderr_has "newer"
expect 65 --db "$db" init
stderr_has "newer"
pass
