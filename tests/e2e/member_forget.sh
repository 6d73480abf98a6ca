# mbov member forget (R-DPIA-5): the person's data is gone from the tables, the audit details and
# the database files' bytes (free pages, -wal), while the audit chain stays whole.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "Zacharias Vergeetmij" --email zacharias.vergeetmij@example.nl --phone 0612345678
ok member contact add 25AB --name "Blijft Bewaard" --email blijft@example.nl
# The same person again, spelled otherwise: the audit must name the person as stored, or the
# other spelling would survive the erasure.
ok member contact add 25AB --name "Z. Vergeetmij" --email ZACHARIAS.Vergeetmij@Example.NL --role representative
stdout_is 3
unchanged_after 65 member forget 1
stderr_has "still holds a role"
unchanged_after 65 member forget 99
unchanged_after 65 member forget abc
ok member contact remove 1
ok member contact remove 3
grep -qa "zacharias.vergeetmij@example.nl" "$MBOV_DB" "$MBOV_DB-wal" 2>/dev/null || fail "the address should be in the files before forget"
ok member forget 1
ok member contact list --all --format json
json 'assert d[0]["person"]==1 and d[0]["name"] is None and d[0]["email"] is None and d[0]["phone"] is None and d[1]["email"]=="blijft@example.nl"'
ok audit verify
ok audit log --format json
json 's=json.dumps(d); assert "Vergeetmij" not in s and "0612345678" not in s and "blijft@example.nl" in s'
for f in "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-journal"; do
  [[ -e $f ]] || continue
  ! grep -qaiF "zacharias.vergeetmij@example.nl" "$f" || fail "$f still holds the erased address"
  ! grep -qaF "Vergeetmij" "$f" || fail "$f still holds the erased name"
  ! grep -qaF "0612345678" "$f" || fail "$f still holds the erased phone"
done
# Forgetting twice changes nothing more.
ok member forget 1
pass
