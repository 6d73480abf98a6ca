# Shared helpers of the end-to-end tests; each test script sources this file.
#   bash tests/e2e/NAME.sh PATH/TO/mbov   (ctest runs every tests/e2e/*.sh so)
# A test runs the built binary on a temporary database, checks stdout, stderr and the exit
# status, and stops at the first failed expectation with a message saying what went wrong.
set -uo pipefail
MBOV=${1:?usage: $0 PATH/TO/mbov}
MBOV=$(cd "$(dirname "$MBOV")" && pwd)/$(basename "$MBOV")
SRC=${MBOV_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME=$T XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data MBOV_DB=$T/mbov.db MBOV_ACTOR=tester
export TZ=Europe/Amsterdam LC_ALL=C.UTF-8
unset MBOV_CONFIG MBOV_TODAY MBOV_NOW MBOV_FORMAT NO_COLOR
# Debian's python3 (it has python3-icalendar), not a pyenv one that may shadow it.
PY=/usr/bin/python3
[[ -x $PY ]] || PY=python3
OUT=$T/out ERR=$T/err

fail() {
  echo "FAIL: $*" >&2
  echo "--- stdout:" >&2; head -c 2000 "$OUT" >&2 2>/dev/null
  echo "--- stderr:" >&2; head -c 2000 "$ERR" >&2 2>/dev/null
  exit 1
}

# run mbov, keeping stdout in $OUT and stderr in $ERR; the status in $STATUS
run() {
  STATUS=0
  "$MBOV" "$@" >"$OUT" 2>"$ERR" || STATUS=$?
}
# expect STATUS args...: run and require that exit status
expect() {
  local want=$1; shift
  run "$@"
  [[ $STATUS == "$want" ]] || fail "'mbov $*' exited $STATUS, want $want"
}
# ok args...: expect 0
ok() { expect 0 "$@"; }
out() { cat "$OUT"; }
# the created id printed alone on stdout
new_id() { tr -d '[:space:]' <"$OUT"; }
# stdout_is TEXT / stdout_has TEXT / stderr_has TEXT
stdout_is() { [[ "$(cat "$OUT")" == "$1" ]] || fail "stdout is not '$1'"; }
stdout_has() { grep -qF -- "$1" "$OUT" || fail "stdout lacks '$1'"; }
stdout_lacks() { ! grep -qF -- "$1" "$OUT" || fail "stdout has '$1'"; }
stderr_has() { grep -qF -- "$1" "$ERR" || fail "stderr lacks '$1'"; }
stdout_empty() { [[ ! -s $OUT ]] || fail "stdout is not empty"; }
# json 'PYTHON ASSERTION on d': d is stdout parsed as JSON
json() {
  "$PY" -c "import json,sys
d=json.load(open('$OUT'))
$1" 2>"$T/pyerr" || fail "json check '$1' failed: $(cat "$T/pyerr")"
}
# A fingerprint of the whole database: a failed command must leave it exactly as it was.
snapshot() { sqlite3 "$MBOV_DB" .dump | sha256sum; }
# unchanged_after STATUS args...: run, require STATUS, and require an unchanged database.
unchanged_after() {
  local before; before=$(snapshot)
  expect "$@"
  [[ $(snapshot) == "$before" ]] || fail "'mbov ${*:2}' failed but changed the database"
}
# json_same_in_dutch STATUS args...: `--format json` writes the same bytes with --lang nl as with
# --lang en (data formats never change with the language), with exit status STATUS both times.
json_same_in_dutch() {
  local want=$1; shift
  expect "$want" --lang en "$@" --format json
  cp "$OUT" "$T/english.json"
  expect "$want" --lang nl "$@" --format json
  cmp -s "$OUT" "$T/english.json" || fail "'mbov $* --format json' differs with --lang nl"
}
pass() { echo "ok: $(basename "$0" .sh)"; }
# undo_schema11: takes the audit table of this mbov's schema back to schema 10's, as an mbov of
# schema 10 wrote it: no records in the rows, each hash over its eight fields (recomputed here, as
# an insider could). Run it first, then undo_schema10 and any tampering.
undo_schema11() {
  "$PY" - "$MBOV_DB" <<'PY' || fail "cannot take the audit table back to schema 10"
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
prev = "0" * 64
for row in db.execute("SELECT id, at, actor, command, entity_kind, entity_id, action, details_digest "
                      "FROM audit ORDER BY id").fetchall():
    text = "".join("%d:%s" % (len(f.encode()), f) for f in [prev, *row[1:]])
    digest = hashlib.sha256(text.encode()).hexdigest()
    db.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0]))
    prev = digest
db.execute("ALTER TABLE audit DROP COLUMN records")
db.commit()
PY
}
# SQL that takes a database of schema 12 back to schema 11's objects (a database without rejoins).
undo_schema12="DROP TABLE membership;"
# SQL that takes a database of schema 10 back to schema 9's objects (for the upgrade tests; the
# fee table is made again with migration 7's own text, so mbov's schema check accepts it).
undo_schema10="ALTER TABLE motion DROP COLUMN year; DROP TABLE records_from;
  CREATE TABLE fee10 AS SELECT product, one_off, yearly, max(from_year) AS y FROM fee GROUP BY product; DROP TABLE fee;
  CREATE TABLE fee (
  product TEXT PRIMARY KEY REFERENCES product(code),
  one_off INTEGER NOT NULL CHECK (one_off >= 0),
  yearly INTEGER NOT NULL CHECK (yearly >= 0)
);
  INSERT INTO fee SELECT product, one_off, yearly FROM fee10; DROP TABLE fee10;"
