# mbov audit verify finds every kind of tampering with the log (exit 2): a changed row, rows
# deleted at the start, in the middle or at the end, renumbered or reordered rows, the erased flag
# abused, an empty log; `audit head` is a witness that `verify --head` checks later. An erasure
# (member forget) keeps the log whole.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
for code in 25AA 25AB 25AC; do ok member add $code --name "ROC $code" --contracting-authority --joined 2020-01-01; done
ok member contact add 25AA --name "Anna de Vries" --email anna@example.nl   # row 5
ok member edit 25AB --city Utrecht                                          # row 6
ok member contact remove 1                                                  # row 7
ok member forget 1                                                          # row 8 erases row 5
ok audit verify
stdout_is "audit log whole: 8 rows"
ok audit log --format json
json 'r={x["id"]:x for x in d}; assert r[5]["erased"] and r[5]["details"] is None and r[8]["action"]=="erase"'
json 'assert "Anna" not in json.dumps(d)'
ok audit head
read -r rows sha <"$OUT"
[[ $rows == 8 && ${#sha} == 64 ]] || fail "audit head printed '$(cat "$OUT")', want '8 <sha256>'"
ok audit head --format json
json "assert d=={'rows': 8, 'sha256': '$sha'}"
ok audit verify --head "$rows:$sha"
stdout_has "witnessed head"
# The mailed reports are witnesses: they print the head.
ok report weekly --format json
json "assert d['audit_head']=='$rows $sha'"
ok report weekly --format text
stdout_has "$rows $sha"
ok report av --year 2026 --format json
json "assert d['audit_head']=='$rows $sha'"
expect 65 audit verify --head "8:nothex"
stderr_has "ROWS:SHA256"
expect 65 audit verify --head "$sha"

cp "$MBOV_DB" "$T/pristine.db"
# tampered 'SQL' 'what stderr names': apply SQL to a fresh copy; verify must exit 2 and say so.
tampered() {
  rm -f "$MBOV_DB-wal" "$MBOV_DB-shm"
  cp "$T/pristine.db" "$MBOV_DB"
  sqlite3 "$MBOV_DB" "$1" || fail "sqlite3 could not apply '$1'"
  expect 2 audit verify
  stderr_has "$2"
}
tampered "UPDATE audit SET actor = 'mallory' WHERE id = 3" "audit row 3 is broken"
tampered "UPDATE audit SET details = replace(details, 'ROC 25AB', 'ROC XX') WHERE id = 3" "details were changed"
tampered "DELETE FROM audit WHERE id = 1" "audit row 2"
tampered "DELETE FROM audit WHERE id <= 3" "audit row 4"
tampered "DELETE FROM audit WHERE id = 4" "audit row 5"
tampered "DELETE FROM audit WHERE id IN (3, 4)" "audit row 5"
tampered "DELETE FROM audit WHERE id >= 7" "no erasure in the log names it"
tampered "DELETE FROM audit WHERE id >= 5" "contact 1 has no audit row"
tampered "DELETE FROM audit WHERE id >= 4" "contact 1 has no audit row"
tampered "DELETE FROM audit" "the log is empty"
tampered "UPDATE audit SET id = id + 100" "numbered 101, want 1"
tampered "UPDATE audit SET id = 50 WHERE id = 8" "numbered 50, want 8"
tampered "UPDATE audit SET id = -id; UPDATE audit SET id = 3 WHERE id = -4; UPDATE audit SET id = 4 WHERE id = -3;
          UPDATE audit SET id = -id WHERE id < 0" "audit row 3"
# The erased flag abused: details on an erased row, an erased row that no erasure names, an
# erased row brought back.
tampered "UPDATE audit SET details = '{\"name\":\"anything\"}' WHERE id = 5" "marked erased but carries details"
tampered "UPDATE audit SET erased = 1, details = 'anything' WHERE id = 3" "marked erased but carries details"
tampered "UPDATE audit SET erased = 1, details = '' WHERE id = 3" "no erasure in the log names it"
tampered "UPDATE audit SET erased = 0 WHERE id = 5" "details were changed"

# A later log still holds the witnessed prefix; a different prefix of the same length does not.
cp "$T/pristine.db" "$MBOV_DB"
rm -f "$MBOV_DB-wal" "$MBOV_DB-shm"
ok member edit 25AC --city Delft
ok audit verify --head "$rows:$sha"
expect 2 audit verify --head "$rows:${sha//[0-9]/0}"
stderr_has "audit row 8"
# The tail removed with no creation in it: the data it changed no longer matches the log.
ok audit head
read -r rows9 sha9 <"$OUT"
sqlite3 "$MBOV_DB" "DELETE FROM audit WHERE id = $rows9"
expect 2 audit verify
stderr_has "member 25AC differs from what its last audit row recorded"
# Its change undone as well (the insider rewrote the data to fit the log): only the witness sees it.
sqlite3 "$MBOV_DB" "UPDATE member SET city = NULL WHERE code = '25AC'"
ok audit verify
expect 2 audit verify --head "$rows9:$sha9"
stderr_has "its tail was removed"
# An older database (schema 1, tests/data/v1.db as the mbov of schema 1 made it) kept "[erased]"
# in erased rows: the upgrade empties them and its own row names them, so the log stays whole.
cp "$SRC/tests/data/v1.db" "$MBOV_DB"
rm -f "$MBOV_DB-wal" "$MBOV_DB-shm"
sqlite3 "$MBOV_DB" "UPDATE person SET name = NULL, email = NULL, erased_on = '2026-01-20' WHERE id = 1;
  UPDATE audit SET erased = 1, details = replace(replace(details, 'Anna Jansen', '[erased]'), 'anna@example.nl', '[erased]')
  WHERE id = 4" || fail "cannot erase in the schema-1 database"
expect 65 audit verify
ok init
ok audit verify
ok audit log --format json
json 'assert d[3]["details"] is None and d[-1]["action"]=="upgrade" and d[-1]["details"]["erased_audit_rows"]==[4], d[-1]'
pass
