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
mkdir -m 0755 "$T/ro"
cp "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm" "$T/ro/"
chmod 0644 "$T/ro/"*
chmod 0755 "$T"
sum=$(cat "$T/ro/"* | sha256sum)
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/ "$MBOV" --db "$T/ro/mbov.db" "$@"; }
STATUS=0
as_nobody member check >"$OUT" 2>"$ERR" || STATUS=$?
[[ $STATUS == 2 ]] || fail "member check as a read-only user exited $STATUS, want 2 (as the owner)"
[[ $(cat "$OUT") == "$want" ]] || fail "member check as a read-only user differs from the owner's"
as_nobody audit verify >"$OUT" 2>"$ERR" || fail "audit verify as a read-only user failed"
STATUS=0
as_nobody member add 25AB --name X --contracting-authority >"$OUT" 2>"$ERR" || STATUS=$?
[[ $STATUS == 73 ]] || fail "a write as a read-only user exited $STATUS, want 73"
[[ $(cat "$T/ro/"* | sha256sum) == "$sum" ]] || fail "a read-only user changed the files"
pass
