# mbov member forget while another process reads the database (issue 14): the write-ahead log
# can't be checkpointed, so the erasure is not proven; exit 75, nothing reported as erased, and
# the same command run again once the reader is gone finishes it.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Zacharias Vergeetmij" --email zacharias@example.nl
ok member contact remove 1
# A reader holding a read transaction open (as a backup or a report running at the same time).
ready=$T/reader-ready
"$PY" - "$MBOV_DB" "$ready" <<'PY' &
import os, sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN")
con.execute("SELECT count(*) FROM person").fetchall()
open(sys.argv[2], "w").close()
deadline = time.monotonic() + 60  # a bound: the test removes the file, else fails
while os.path.exists(sys.argv[2]):
    if time.monotonic() > deadline: sys.exit("the reader was never released")
    time.sleep(0.05)
con.execute("COMMIT")
PY
reader=$!
for _ in $(seq 100); do [[ -e $ready ]] && break; sleep 0.05; done
[[ -e $ready ]] || fail "the reader did not start"
expect 75 --busy-timeout 200 member forget 1
stderr_has "another process holds the database open"
stderr_has "run the same command again"
grep -qF "erased person" "$ERR" && fail "a failed erasure was reported as done"
expect 75 --lang nl --busy-timeout 200 member forget 1
stderr_has "de wissing is vastgelegd, maar een ander proces houdt de database open"
rm -f "$ready"
wait "$reader" || fail "the reader failed"
ok member forget 1
stderr_has "mbov: erased person 1"
for f in "$MBOV_DB" "$MBOV_DB-wal"; do
  [[ -e $f ]] || continue
  ! grep -qaF "Vergeetmij" "$f" || fail "$f still holds the erased name"
  ! grep -qaF "zacharias@example.nl" "$f" || fail "$f still holds the erased address"
done
ok --quiet member forget 1
[[ ! -s $ERR ]] || fail "--quiet printed on stderr"
pass
