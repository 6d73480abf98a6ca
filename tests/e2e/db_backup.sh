# mbov db check/backup/restore.
source "$(dirname "$0")/common.bash"

ok init
ok db check --format json
json 'assert all(r["ok"] for r in d) and [r["check"] for r in d]==["integrity","foreign_keys","schema_version","journal_mode","audit"]'

ok db backup "$T/backup.db"
[[ $(stat -c %a "$T/backup.db") == 600 ]] || fail "backup mode is not 600"
[[ $(sqlite3 "$T/backup.db" 'SELECT count(*) FROM product') == 2 ]] || fail "the backup lacks the products"
expect 73 db backup "$T/backup.db"
stderr_has "never overwrites"
expect 73 db backup "$T/no/such/folder/b.db"
expect 64 db backup

# Restore checks the file first and leaves the database as it was when the file is not fit.
echo "not a database" >"$T/junk.db"
unchanged_after 65 db restore "$T/junk.db"
stderr_has "not an mbov database"
sqlite3 "$T/foreign.db" 'CREATE TABLE x (y)'
unchanged_after 65 db restore "$T/foreign.db"
unchanged_after 66 db restore "$T/missing.db"
cp "$T/backup.db" "$T/newer.db" && sqlite3 "$T/newer.db" 'PRAGMA user_version = 99'
unchanged_after 65 db restore "$T/newer.db"
stderr_has "newer"

sqlite3 "$MBOV_DB" "INSERT INTO product (code, name) VALUES ('EXTRA', 'Extra product')"
ok db restore "$T/backup.db"
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM product WHERE code = 'EXTRA'") == 0 ]] || fail "restore did not replace the database"
ok audit log --format json
json 'assert d[-1]["action"]=="restore"'
ok audit verify
# Restore onto a machine with no database yet
ok --db "$T/fresh/mbov.db" db restore "$T/backup.db"
[[ $(stat -c %a "$T/fresh/mbov.db") == 600 ]] || fail "a restored new database is not mode 600"
ok --db "$T/fresh/mbov.db" audit verify

# db check finds a broken foreign key
sqlite3 "$MBOV_DB" "PRAGMA foreign_keys=OFF; INSERT INTO uptake (member, product, from_date) VALUES ('NOPE', 'VVA', '2026-01-01')"
expect 2 db check
stdout_has "foreign_keys"
pass
