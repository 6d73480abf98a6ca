# Reads never write: a command that only reads opens the database read-only. A monitoring user
# with read permission only gets a correct check; another program's SQLite file or an empty file
# is refused (65) and left byte-identical, with no -journal created beside it.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01

# Another program's SQLite file (rollback journal), an empty file: 65, byte-identical, no journal.
sqlite3 "$T/other.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
: >"$T/empty.db"
for f in other empty; do
  sum=$(sha256sum <"$T/$f.db")
  for args in "member list" "check" "member add 25AA --name X --contracting-authority" "audit verify"; do
    STATUS=0
    "$MBOV" --db "$T/$f.db" $args >"$OUT" 2>"$ERR" || STATUS=$?
    [[ $STATUS == 65 || ($args == check && $STATUS == 3) ]] || fail "'$args' on $f.db exited $STATUS, want 65"
    [[ $(sha256sum <"$T/$f.db") == "$sum" ]] || fail "'$args' changed $f.db"
    for side in -journal -wal -shm; do [[ ! -e $T/$f.db$side ]] || fail "'$args' created $f.db$side"; done
  done
done

# A monitoring user who may only read: the database (and its -wal and -shm, which mbov keeps)
# 0644 in a folder that user cannot write.
ok init
ok member add 25AA --name "ROC Zuid" --contracting-authority --joined 2020-01-01
expect 2 member check
want=$(cat "$OUT")
[[ -e $MBOV_DB-wal && -e $MBOV_DB-shm ]] || fail "the -wal and -shm files were not kept"
command -v setpriv >/dev/null && [[ $(id -u) == 0 ]] || { echo "skip: needs root and setpriv to act as nobody"; exit 77; }
# nobody runs a copy of the binary and its library in $T: the build tree may be in a folder only
# root can enter (a clone under /root, mode 0700).
mkdir -m 0755 "$T/ro" "$T/bin"
cp "$MBOV" "$(dirname "$MBOV")"/libmbov.so* "$T/bin/"
chmod -R a+rX "$T/bin"
chmod 0755 "$T"
setpriv --reuid=nobody --regid=nogroup --clear-groups "$T/bin/mbov" --version >/dev/null 2>&1 ||
  { echo "skip: nobody cannot run $T/bin/mbov (a folder above $T is closed to other users)"; exit 77; }
cp "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm" "$T/ro/"
chmod 0644 "$T/ro/"*
sum=$(cat "$T/ro/"* | sha256sum)
as_nobody_on() { local db=$1; shift; setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/ "$T/bin/mbov" --db "$db" "$@"; }
as_nobody() { as_nobody_on "$T/ro/mbov.db" "$@"; }
STATUS=0
as_nobody member check >"$OUT" 2>"$ERR" || STATUS=$?
[[ $STATUS == 2 ]] || fail "member check as a read-only user exited $STATUS, want 2 (as the owner)"
[[ $(cat "$OUT") == "$want" ]] || fail "member check as a read-only user differs from the owner's"
as_nobody audit verify >"$OUT" 2>"$ERR" || fail "audit verify as a read-only user failed"
STATUS=0
as_nobody member add 25AB --name X --contracting-authority >"$OUT" 2>"$ERR" || STATUS=$?
[[ $STATUS == 73 ]] || fail "a write as a read-only user exited $STATUS, want 73"
[[ $(cat "$T/ro/"* | sha256sum) == "$sum" ]] || fail "a read-only user changed the files"

# A copy without its -shm (and with an empty -wal, or none) in a folder that user may not write:
# SQLite cannot create the -shm, so mbov reads the file as it is (immutable): the same answer.
for copy in "with an empty -wal" "without -wal"; do
  rm -rf "$T/ro2" && mkdir -m 0755 "$T/ro2"
  cp "$MBOV_DB" "$T/ro2/"
  [[ $copy == "without -wal" ]] || cp "$MBOV_DB-wal" "$T/ro2/"
  [[ ! -s $T/ro2/mbov.db-wal ]] || fail "the kept -wal is not empty"
  chmod 0644 "$T/ro2/"*
  sum=$(cat "$T/ro2/"* | sha256sum)
  STATUS=0
  as_nobody_on "$T/ro2/mbov.db" member check >"$OUT" 2>"$ERR" || STATUS=$?
  [[ $STATUS == 2 && $(cat "$OUT") == "$want" ]] || fail "member check on a copy $copy and no -shm exited $STATUS, want 2 and the owner's output"
  [[ $(cat "$T/ro2/"* | sha256sum) == "$sum" && ! -e $T/ro2/mbov.db-shm ]] || fail "a read on a copy $copy changed the folder"
done

# A -wal that holds changes cannot be read without its -shm: 66, saying what to do.
rm -rf "$T/ro3" && mkdir -m 0755 "$T/ro3"
"$PY" - "$MBOV_DB" "$T/ro3" <<'PY'
import shutil, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("CREATE TABLE scratch (x)")  # a change that stays in the -wal while c is open
shutil.copy(sys.argv[1], sys.argv[2])
shutil.copy(sys.argv[1] + "-wal", sys.argv[2])
PY
[[ -s $T/ro3/mbov.db-wal ]] || fail "the copied -wal holds nothing"
chmod 0644 "$T/ro3/"*
STATUS=0
as_nobody_on "$T/ro3/mbov.db" member list >"$OUT" 2>"$ERR" || STATUS=$?
[[ $STATUS == 66 ]] || fail "a read of a copy whose -wal holds changes, without -shm, exited $STATUS, want 66"
stderr_has "its -wal file holds changes, its -shm file is missing"
stderr_has "copy the database with its -wal and -shm files, or into a folder you may write"
[[ ! -e $T/ro3/mbov.db-shm ]] || fail "a -shm appeared"
pass
