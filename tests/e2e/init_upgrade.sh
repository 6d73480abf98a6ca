# mbov init upgrades a version 1 database in place (tests/data/v1.db, made by the mbov of schema
# 1): the officer becomes the gov role fg, every record stays, the audit chain stays whole.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-01-15
cp "$SRC/tests/data/v1.db" "$MBOV_DB"
chmod 600 "$MBOV_DB"
[[ $(sqlite3 "$MBOV_DB" 'PRAGMA user_version') == 1 ]] || fail "the kept database is not of schema 1"

expect 65 member list
stderr_has "older than this mbov's"
ok init
stderr_has "upgrade"
latest=$("$MBOV" --version | sed -n 's/.*(schema \([0-9]*\),.*/\1/p')
[[ $(sqlite3 "$MBOV_DB" 'PRAGMA user_version') == "$latest" ]] || fail "not upgraded to schema $latest"
ok init
ok audit verify

ok member list --format json
json 'assert [m["code"] for m in d]==["25LZ","25PN"]'
ok dpia officer show --format json
json 'assert d["name"]=="Fred Officer" and d["from"]=="2024-01-01" and d["id"]==1'
ok gov role list --format json
json 'assert [(r["role"],r["name"],r["id"]) for r in d]==[("fg","Fred Officer",1)]'
# The upgraded database takes the new records.
ok budget plan 2026
ok dpia officer set "Nieuwe FG" --email nieuw@example.nl --from 2026-01-10
stdout_is 2
ok gov role assign general-manager 1 --from 2026-01-01
ok gov role list --format json
json 'assert sorted(r["role"] for r in d)==["fg","general-manager"]'
ok audit verify
# The upgrade's row committed to every record it found (schema 11): a change behind mbov's back
# since is named, the upgraded records included.
sqlite3 "$MBOV_DB" "UPDATE member SET name = 'Anders' WHERE code = '25PN'" || fail "cannot change the member"
expect 2 audit verify
stderr_has "member 25PN differs from what its last audit row recorded"
pass
