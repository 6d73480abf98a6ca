# mbov dpia purge while another process reads the database: the erasure is committed before the
# write-ahead log is scrubbed. A reader that finishes within --busy-timeout is waited for and the
# purge succeeds (0); one that holds on past it leaves a committed purge that is printed with a
# warning and exit 1 (never 75, which would say nothing happened), and the next purge finishes
# the scrub though it has nobody left to erase.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01
contact 10 12AB "Zacharias Vergeetmij" zacharias@example.nl 2020-01-01 2025-01-01
contact 11 12AB "Yvonne Wachtlang" yvonne@example.nl 2020-01-01 2025-03-01  # retention ends 2026-03-01

# reader MODE: a process holding a read transaction open (as a backup or a report would).
#   hold: until $T/release exists; erased: until it sees person $2 erased by another connection.
reader() {
  rm -f "$T/ready" "$T/release"
  "$PY" - "$MBOV_DB" "$T/ready" "$T/release" "$1" "${2:-0}" <<'PY' &
import os, sqlite3, sys, time
db, ready, release, mode, person = sys.argv[1:6]
con = sqlite3.connect(db, isolation_level=None)
con.execute("BEGIN")
con.execute("SELECT count(*) FROM person").fetchall()
open(ready, "w").close()
deadline = time.monotonic() + 60  # a bound: a test that stopped early leaves no reader behind
if mode == "hold":
    while not os.path.exists(release):
        if time.monotonic() > deadline: sys.exit("the reader was never released")
        time.sleep(0.05)
else:
    watch = sqlite3.connect(db, isolation_level=None, timeout=10)
    while watch.execute("SELECT erased_on FROM person WHERE id = ?", (int(person),)).fetchone()[0] is None:
        if time.monotonic() > deadline: sys.exit("the person was never erased")
        time.sleep(0.02)
    watch.close()
con.execute("COMMIT")
PY
  READER=$!
  for _ in $(seq 200); do [[ -e $T/ready ]] && break; sleep 0.05; done
  [[ -e $T/ready ]] || fail "the reader did not start"
}
not_in_files() {
  for f in "$MBOV_DB" "$MBOV_DB-wal"; do
    [[ -e $f ]] || continue
    ! grep -qaF "$1" "$f" || fail "$f still holds '$1'"
  done
}

# 1. The reader finishes while the purge waits for it: a clean purge, exit 0.
ok dpia purge --dry-run --format json
json 'assert [r["person"] for r in d]==[10], d'
reader erased 10
ok --busy-timeout 20000 dpia purge --format json
json 'assert [(r["person"],r["name"]) for r in d]==[(10,None)], d'
[[ ! -s $ERR ]] || fail "a clean purge warned"
wait "$READER" || fail "the reader failed"
not_in_files "Vergeetmij"
not_in_files "zacharias@example.nl"

# 2. The reader holds on past the wait: the committed purge is printed, with a warning, exit 1.
export MBOV_TODAY=2026-03-02
reader hold
expect 1 --busy-timeout 200 dpia purge --format json
json 'assert [(r["person"],r["name"],r["spared"]) for r in d]==[(11,None,False)], d'
stderr_has "mbov: warning: the purge is committed (1 person erased)"
stderr_has "old copies of erased data may remain"
stderr_has "run 'mbov dpia purge' again"
[[ $(sqlite3 "$MBOV_DB" "SELECT erased_on FROM person WHERE id = 11") == 2026-03-02 ]] || fail "the purge was not committed"
# Still held: a run with nobody to erase says so again, with exit 1 (and --quiet keeps the warning).
expect 1 --quiet --busy-timeout 200 dpia purge
stdout_empty
stderr_has "the purge is committed (0 persons erased)"
# A dry run erases nothing and scrubs nothing: no warning.
ok --busy-timeout 200 dpia purge --dry-run
[[ ! -s $ERR ]] || fail "a dry run warned"
touch "$T/release"
wait "$READER" || fail "the reader failed"
# Once the reader is gone the next purge finishes the scrub.
ok dpia purge
stdout_empty
[[ ! -s $ERR ]] || fail "the finishing purge warned"
not_in_files "Wachtlang"
not_in_files "yvonne@example.nl"
ok audit log --entity person --format json
json 'assert [(r["entity_id"],r["action"]) for r in d]==[("10","erase"),("11","erase")], d'
pass
