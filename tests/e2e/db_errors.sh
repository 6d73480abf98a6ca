# What is not a usable database: missing (66), not a database (65), unwritable place (73),
# busy (75), disk full (74). Each with a clear message, never a crash.
source "$(dirname "$0")/common.bash"

expect 66 audit log
stderr_has "no database at $MBOV_DB"
stderr_has "mbov init"
[[ ! -e $MBOV_DB ]] || fail "a read command created the database"

echo "just some text, not a database at all, long enough to be read as a header......................................................" >"$T/text.db"
expect 65 --db "$T/text.db" audit log
stderr_has "not an mbov database"
expect 65 --db "$T/text.db" init
stderr_has "not an mbov database"
grep -q "just some text" "$T/text.db" || fail "init changed a file that is not a database"

sqlite3 "$T/other.db" 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
expect 65 --db "$T/other.db" audit verify
stderr_has "not an mbov database"
expect 65 --db "$T/other.db" init
[[ $(sqlite3 "$T/other.db" 'SELECT count(*) FROM sqlite_schema') == 1 ]] || fail "init changed another application's database"

# A folder that cannot be made: its parent is a file (root can write anywhere else).
touch "$T/plainfile"
expect 73 --db "$T/plainfile/sub/mbov.db" init
stderr_has "cannot create"

ok init
# Busy: another connection holds the write lock beyond our wait, until told to let go (or 60 s).
"$PY" - "$MBOV_DB" <<'PY' &
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[1] + ".locked", "w").close()
deadline = time.monotonic() + 60
while not os.path.exists(sys.argv[1] + ".release") and time.monotonic() < deadline:
    time.sleep(0.05)
c.execute("ROLLBACK")
PY
locker=$!
for _ in $(seq 200); do [[ -e $MBOV_DB.locked ]] && break; sleep 0.05; done
[[ -e $MBOV_DB.locked ]] || { kill $locker 2>/dev/null; fail "the locker did not take the write lock within 10 s"; }
before=$(sqlite3 "$MBOV_DB" 'SELECT count(*) FROM audit')
expect 75 --busy-timeout 100 init
stderr_has "busy"
touch "$MBOV_DB.release"
wait $locker || fail "the locker failed"
[[ $(sqlite3 "$MBOV_DB" 'SELECT count(*) FROM audit') == "$before" ]] || fail "a busy write changed the database"

# Disk full: a file size limit makes the write fail; SQLite reports it, nothing is half-written.
ok db backup "$T/full-source.db"
rm -f "$T/small.db"
(
  ulimit -f 20   # 20 KiB: less than a new database needs
  "$MBOV" --db "$T/small.db" init >"$OUT" 2>"$ERR"
  echo $? >"$T/status"
)
[[ $(cat "$T/status") == 74 ]] || fail "a write beyond the file size limit exited $(cat "$T/status"), want 74"
stderr_has "mbov: error:"
pass
