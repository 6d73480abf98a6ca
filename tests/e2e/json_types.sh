# JSON everywhere, one type per key (issue 26): on the demo database, every read command either
# honours --format json (its stdout parses) or refuses it (64, nothing on stdout); every key found
# in any of their JSON has one type across all commands (null aside: a missing value). A number
# that counts a list is X_count, the list itself X (CHANGELOG.md lists the renames).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-11-25
ok init --records-from 2020-01-01  # as scripts/demo makes it
for s in "$SRC"/data/demo/*.sh; do MBOV="$MBOV" bash "$s" >/dev/null 2>&1 || fail "demo script $s failed"; done
code=$(sqlite3 "$MBOV_DB" "SELECT code FROM member ORDER BY code LIMIT 1")
meeting=$(sqlite3 "$MBOV_DB" "SELECT min(id) FROM meeting")
motion=$(sqlite3 "$MBOV_DB" "SELECT min(id) FROM motion")
# Every read command of every group (a write prints an id or nothing).
cat >"$T/commands" <<EOF2
member list
member list --all
member show $code
member contact list
member contact list --emails
member board list
member check
member export
member uptake $code
vote meeting list
vote motion list
vote check
vote status $meeting
vote show $motion
vote tally $motion
vote ballots $motion
contract product list
contract supplier list
contract certificate list
contract list
contract show 1
contract due
incident list
incident list --open
incident show 1
incident overdue
dpia list
dpia show 1
dpia due
dpia register list
dpia register show 1
dpia officer show
budget list
budget line list 2026
budget spending 2026
budget show 2026
budget fee
budget check
gov document show statutes
gov role list
gov group list
gov check
report weekly
report av --year 2026
report deadlines
report security-statement $code
report minutes $meeting
report charges 2026
check
config show
config show --origin
config check
audit log
audit head
audit verify
db check
EOF2
"$PY" - "$MBOV" "$T/commands" <<'PY' || fail "JSON types differ or a command ignores --format json"
import json, subprocess, sys
mbov, listing = sys.argv[1], sys.argv[2]
commands = [l.split() for l in open(listing) if l.strip()]
# config show: `value` is each policy key's value, of that key's type (mbov-policy(5)); the audit
# log's `details` are each change's own fields, typed as the record they describe (not compared).
polymorphic = {"value"}
free = {"details"}
def kind(v):
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}.get(type(v))
types, problems, honoured = {}, [], 0
def walk(v, where):
    if isinstance(v, dict):
        for k, x in v.items():
            if kind(x) and k not in polymorphic: types.setdefault(k, {}).setdefault(kind(x), where)
            if k not in free: walk(x, where)
    elif isinstance(v, list):
        for x in v: walk(x, where)
for c in commands:
    p = subprocess.run([mbov] + c + ["--format", "json"], capture_output=True, text=True)
    name = " ".join(c)
    if p.returncode == 64:
        if p.stdout: problems.append(f"'{name}' refused json but wrote to stdout")
        continue
    if p.returncode not in (0, 1, 2):
        problems.append(f"'{name} --format json' exited {p.returncode}: {p.stderr.strip()[:200]}")
        continue
    try:
        walk(json.loads(p.stdout), name)
        honoured += 1
    except ValueError:
        problems.append(f"'{name} --format json' exited {p.returncode} with no JSON: {p.stdout[:60]!r}")
for k, t in sorted(types.items()):
    if len(t) > 1: problems.append(f"key '{k}': " + "; ".join(f"{a} in '{b}'" for a, b in sorted(t.items())))
print("\n".join(problems), file=sys.stderr)
assert honoured >= 45 and len(types) >= 200, (honoured, len(types))  # the demo reached every area
sys.exit(1 if problems else 0)
PY
# The refusals name the formats there are.
expect 64 member export --format json
stderr_has "csv"
expect 64 member contact list --emails --format json
# audit verify and config check answer in JSON.
ok audit verify --format json
json 'assert d["whole"] is True and d["rows"] > 0 and d["witnessed"] is False, d'
ok audit log --format json
json 'assert all(isinstance(r["details"], dict) or (r["erased"] and r["details"] is None) for r in d), d[:3]'
ok config check --format json
json 'assert d == {"file": None, "valid": True}, d'
pass
