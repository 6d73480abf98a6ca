# mbov audit log/verify: the hash chain is whole, and a row changed behind mbov's back is named.
source "$(dirname "$0")/common.bash"

ok --now 2026-03-01T10:00 init
ok audit verify
stdout_has "whole"
ok audit log --format json
json 'assert len(d)==1 and d[0]["entity_kind"]=="database" and d[0]["action"]=="create" and d[0]["actor"]=="tester" and d[0]["command"]=="init"'
ok audit log --entity database --since 2026-03-01 --format csv
[[ $(wc -l <"$OUT") == 2 ]] || fail "audit log --since 2026-03-01 should have one row"
ok audit log --since 2026-03-02 --format json
json 'assert d==[]'
ok audit log --entity member --format json
json 'assert d==[]'
expect 65 audit log --since 2026-02-30
stderr_has "--since"

# Restoring a backup replaces the log by the backup's and adds its own row.
ok db backup "$T/b.db"
ok --now 2026-03-02T10:00 db restore "$T/b.db"
ok audit verify
stdout_has "2 rows"

cp "$MBOV_DB" "$T/copy.db"
sqlite3 "$MBOV_DB" "UPDATE audit SET actor = 'mallory' WHERE id = 2"
expect 2 audit verify
stderr_has "audit row 2"
sqlite3 "$MBOV_DB" "UPDATE audit SET actor = 'tester' WHERE id = 2"
ok audit verify
sqlite3 "$MBOV_DB" "UPDATE audit SET details = '{}' WHERE id = 2"
expect 2 audit verify
stderr_has "audit row 2"
stderr_has "details"
cp "$T/copy.db" "$MBOV_DB"
ok audit verify
sqlite3 "$MBOV_DB" "DELETE FROM audit WHERE id = 1"
expect 2 audit verify
stderr_has "audit row 2"
pass
