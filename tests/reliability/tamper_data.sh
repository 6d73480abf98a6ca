# The chain covers the data (issue 24, item 1): a direct UPDATE, INSERT or DELETE with sqlite3 on
# a data table is 'audit verify' exit 2 naming the record (table and key), whatever the table: a
# board election flipped, a presence, a fixed result, the board's chair, a spending. Erasures keep
# the log whole. An insider who recomputes every digest and hash is found by a witnessed head only.
source "$(dirname "$0")/../e2e/common.bash"
source "$(dirname "$0")/../e2e/member_fixture.bash"
export MBOV_TODAY=2026-03-01

board_of_two   # motion 1 elects the board: ballots 1 and 2, presence 1 and 2, motion_result 1
ok --today 2025-01-02 member board chair 1
ok budget plan 2026 --goal "CAMBO 3.0 live"
ok budget line add 2026 --description "Servers" --amount 5000
ok vote meeting add --date 2025-12-01; av=$(new_id)
ok vote motion add "$av" --kind budget --year 2026 --title "Begroting 2026"; budget=$(new_id)
ok --now 2025-12-01T19:00 vote attend "$av" 12AB 34CD
for code in 12AB 34CD; do ok --now 2025-12-01T19:30 vote cast "$budget" "$code" yes; done
ok --now 2025-12-01T20:00 vote close "$budget"
ok budget approve 2026 --motion "$budget"
ok budget spend 1 --amount 1000 --on 2026-01-10
# Erasure blanks data rows and audit rows: both recorded, the log stays whole (R-DPIA-5).
ok member contact add 12AB --name "Carla Weg" --email carla@example.nl --since 2024-01-01
carla=$(new_id)
ok member contact remove "$carla" --on 2024-06-01
ok member contact add 34CD --name "Dirk Weg" --email dirk@example.nl --since 2024-01-01
dirk=$(new_id)
ok member contact remove "$dirk" --on 2024-06-01
ok member forget 3
ok audit verify
ok --today 2026-03-02 dpia purge --format json
json 'assert [r["person"] for r in d if not r["spared"]]==[4], d'
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM person WHERE erased_on IS NOT NULL") == 2 ]] || fail "not erased"
ok audit verify
ok audit head
read -r rows sha <"$OUT"
head="$rows:$sha"
ok audit verify --head "$head"

cp "$MBOV_DB" "$T/pristine.db"
fresh() {
  rm -f "$MBOV_DB-wal" "$MBOV_DB-shm"
  cp "$T/pristine.db" "$MBOV_DB"
}
# tampered 'SQL' 'what stderr names': apply SQL to a fresh copy; verify must exit 2 naming it.
tampered() {
  fresh
  sqlite3 "$MBOV_DB" "$1" || fail "sqlite3 could not apply '$1'"
  expect 2 audit verify
  stderr_has "$2"
  expect 2 audit verify --head "$head"
  stderr_has "$2"
  expect 2 db check
}
tampered "UPDATE ballot SET choice = 'no' WHERE motion = 1" "ballot 1 differs from what its last audit row recorded"
tampered "INSERT INTO ballot (motion, member, choice, cast_at) VALUES (1, '12AB', 'yes', '2025-01-01T18:40:00Z')" \
  "ballot 5 has no audit row: it was written outside mbov"
tampered "DELETE FROM ballot WHERE id = 2" "ballot 2 is gone, but its last audit row recorded it"
tampered "UPDATE presence SET event = 'leave' WHERE id = 2" "presence 2 differs"
tampered "UPDATE motion_result SET adopted = 0 WHERE motion = 1" "motion_result 1 differs"
tampered "UPDATE board_chair SET seat = 2" "board_chair 1 differs"
tampered "DELETE FROM spending" "spending 1 is gone"
tampered "UPDATE member SET name = 'Anders' WHERE code = '34CD'" "member 34CD differs"
tampered "INSERT INTO member (code, name, contracting_authority, joined) VALUES ('99ZZ', 'Stiekem', 1, '2020-01-01')" \
  "member 99ZZ has no audit row"
tampered "UPDATE person SET name = 'Carla Terug' WHERE id = 3" "person 3 differs"
tampered "INSERT INTO records_from (day) VALUES ('2020-01-01')" "records_from has no audit row"
tampered "UPDATE instance SET id = lower(hex(randomblob(16)))" "instance differs"
tampered "INSERT INTO fee (product, from_year, one_off, yearly) VALUES ('CAMBO', 2026, 0, 1)" "fee CAMBO 2026 has no audit row"
# A digest taken out of its audit row breaks that row's hash.
tampered "UPDATE audit SET records = '' WHERE entity_kind = 'ballot' AND entity_id = '1'" "its contents were changed"

# The insider who recomputes everything: the ballot flipped, its digest in its last audit row made
# anew, every hash after it recomputed. Plain verify passes; only the witnessed head finds it.
fresh
sqlite3 "$MBOV_DB" "UPDATE ballot SET choice = 'no' WHERE id = 1" || fail "cannot flip the ballot"
"$PY" - "$MBOV_DB" <<'PY' || fail "cannot recompute the chain"
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
def field(f):
    return "%d:%s" % (len(f.encode()), f)
def fields(text):  # the length-prefixed fields of a records column
    out, at = [], 0
    while at < len(text.encode()):
        raw = text.encode()
        colon = raw.index(b":", at)
        size = int(raw[at:colon])
        out.append(raw[colon + 1:colon + 1 + size].decode())
        at = colon + 1 + size
    return out
def row_digest(values):  # core/audit_records.cpp: a type letter, then the length-prefixed value
    text = ""
    for v in values:
        if v is None: text += "n"
        elif isinstance(v, int): text += "i" + field(str(v))
        else: text += "t" + field(v)
    return hashlib.sha256(text.encode()).hexdigest()
ballot = row_digest(db.execute("SELECT * FROM ballot WHERE id = 1").fetchone())
prev = "0" * 64
for (rid, at, actor, command, kind, eid, action, digest, records) in db.execute(
        "SELECT id, at, actor, command, entity_kind, entity_id, action, details_digest, records FROM audit ORDER BY id").fetchall():
    f = fields(records)
    for i in range(0, len(f), 3):
        if f[i] == "ballot" and f[i + 1] == "1": f[i + 2] = ballot
    records = "".join(field(x) for x in f)
    text = "".join(field(x) for x in [prev, at, actor, command, kind, eid, action, digest])
    if records: text += field(records)
    h = hashlib.sha256(text.encode()).hexdigest()
    db.execute("UPDATE audit SET records = ?, prev_hash = ?, hash = ? WHERE id = ?", (records, prev, h, rid))
    prev = h
db.commit()
PY
ok audit verify
expect 2 audit verify --head "$head"
stderr_has "differs from the witnessed head"
pass
