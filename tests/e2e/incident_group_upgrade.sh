# Upgrading a database (migration of R-INC-4's group): the changes routed before name their group,
# fundamental ones the working group unless linked to a budget motion (the year plan), others the
# expert group; other kinds none.
source "$(dirname "$0")/common.bash"

# A database of schema 1, as the mbov of schema 1 made it (tests/data/v1.db), before the group.
cp "$SRC/tests/data/v1.db" "$MBOV_DB"
sqlite3 "$MBOV_DB" "
  INSERT INTO meeting (id, kind, date) VALUES (11, 'av', '2026-04-15');
  INSERT INTO motion (id, meeting, title, kind) VALUES (1, 11, 'Jaarplan', 'budget'), (2, 11, 'Architectuur', 'ordinary');
  INSERT INTO incident (id, kind, title, priority, status, opened, respond_by, resolve_by, fundamental, motion) VALUES
    (1, 'change', 'Klein', 3, 'new', '2026-06-01T07:00:00Z', '2026-06-01T15:00:00Z', '2026-06-04T07:00:00Z', 0, NULL),
    (2, 'change', 'Groot', 3, 'new', '2026-06-01T07:00:00Z', '2026-06-01T15:00:00Z', '2026-06-04T07:00:00Z', 1, NULL),
    (3, 'change', 'Besloten', 3, 'new', '2026-06-01T07:00:00Z', '2026-06-01T15:00:00Z', '2026-06-04T07:00:00Z', 1, 2),
    (4, 'change', 'Jaarplan', 3, 'new', '2026-06-01T07:00:00Z', '2026-06-01T15:00:00Z', '2026-06-04T07:00:00Z', 1, 1),
    (5, 'backup', 'Back-up', 3, 'new', '2026-06-01T07:00:00Z', '2026-06-01T15:00:00Z', '2026-06-04T07:00:00Z', 0, NULL);" ||
  fail "cannot make an old database"
unchanged_after 65 incident list
stderr_has "older than this mbov's"
ok init
ok incident list --format json
json 'assert [r["group"] for r in d]==["expert-group","working-group","working-group","expert-group",None], d'
[[ $(sqlite3 "$MBOV_DB" "PRAGMA user_version") -gt 1 ]] || fail "not upgraded"
# The column holds group keys only.
STATUS=0; sqlite3 "$MBOV_DB" "UPDATE incident SET handling_group = 'community' WHERE id = 1" 2>/dev/null || STATUS=$?
[[ $STATUS != 0 ]] || fail "a group key other than expert-group or working-group was stored"
pass
