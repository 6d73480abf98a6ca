# mbov dpia purge (R-DPIA-5, issue 15 item 4): a former contact past the retention end whom the
# cooperative still needs is spared and listed with the reason: a governance role held or
# deputised, a group membership, one starting later; a role ending today no longer counts.
# `member forget` refuses the same persons (one rule: still_needed).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2024-06-01
ok init
ok member add 12AB --name "ROC Een" --contracting-authority --joined 2020-01-01
person_of() { sqlite3 "$MBOV_DB" "SELECT person FROM contact WHERE id = $1"; }
# Each a contact of 12AB until 2025-01-01: retention ends 2026-01-01.
for name in "Rob Rol" "Dirk Deputy" "Gea Groep" "Eef Eindigt" "Vera Vrij" "Tom Toekomst"; do
  ok member contact add 12AB --name "$name" --email "$(echo "${name%% *}" | tr 'A-Z' 'a-z')@example.nl"
done
rob=$(person_of 1) dirk=$(person_of 2) gea=$(person_of 3) eef=$(person_of 4) vera=$(person_of 5) tom=$(person_of 6)
ok gov role assign product-owner "$rob" --scope CAMBO
po=$(new_id)
ok gov role assign mailbox-owner "$rob" --scope support@ --deputy "$dirk"
mailbox=$(new_id)
ok gov group join expert-group 3
membership=$(new_id)
ok gov role assign general-manager "$eef"
gm=$(new_id)
ok gov role end "$gm" --on 2026-03-02
ok gov role assign fg "$tom" --from 2026-06-01
fg=$(new_id)
for c in 1 2 3 4 5 6; do ok member contact remove $c --on 2025-01-01; done

export MBOV_TODAY=2026-03-01
reasons='{"'"$rob"'":"role '"$po"' (product-owner CAMBO)","'"$dirk"'":"deputy in role '"$mailbox"' (mailbox-owner support@)",
  "'"$gea"'":"group membership '"$membership"' (expert-group)","'"$eef"'":"role '"$gm"' (general-manager)",
  "'"$tom"'":"role '"$fg"' (fg)"}'
unchanged_after 0 dpia purge --dry-run --format json
json 'want={int(k):v for k,v in '"$reasons"'.items()}
got={r["person"]:r["reason"] for r in d if r["spared"]}
assert got==want, got
assert [(r["person"],r["name"],r["reason"]) for r in d if not r["spared"]]==[('"$vera"',"Vera Vrij",None)], d
assert all(r["retention_end"]=="2026-01-01" for r in d) and len(d)==6, d'
# dpia due names only the one to erase.
expect 2 dpia due --format json
json 'assert [f["subject"] for f in d["findings"] if f["rule"]=="R-DPIA-5"]==["person '"$vera"'"], d'
# member forget refuses the same persons, naming what needs them.
unchanged_after 65 member forget "$dirk"
stderr_has "R-DPIA-5: person $dirk still holds a role: deputy in role $mailbox (mailbox-owner support@)"
stderr_has "mbov gov role end"
unchanged_after 65 member forget "$gea"
stderr_has "group membership $membership (expert-group)"
unchanged_after 65 member forget "$tom"
stderr_has "role $fg (fg)"

ok dpia purge --format json
json 'assert [(r["person"],r["spared"],r["name"]) for r in d]==[('"$rob"',True,"Rob Rol"),('"$dirk"',True,"Dirk Deputy"),('"$gea"',True,"Gea Groep"),('"$eef"',True,"Eef Eindigt"),('"$vera"',False,None),('"$tom"',True,"Tom Toekomst")], d'
[[ $(sqlite3 "$MBOV_DB" "SELECT group_concat(id) FROM person WHERE erased_on IS NOT NULL") == "$vera" ]] || fail "only Vera is erased"
ok dpia purge
stdout_has "SPARED"
stdout_has "REASON"
stdout_has "group membership $membership (expert-group)"
ok dpia purge --format csv
head -n 1 "$OUT" | grep -q $'^person,name,member,role,until,retention_end,spared,reason\r$' || fail "csv header"

# The general manager's term ends on 2026-03-02: the day before it she is spared, on that day and
# after it she is erased.
ok --today 2026-03-01 dpia purge --dry-run --format json
json 'assert [r["spared"] for r in d if r["person"]=='"$eef"']==[True], d'
ok --today 2026-03-02 dpia purge --dry-run --format json
json 'assert [(r["spared"],r["reason"]) for r in d if r["person"]=='"$eef"']==[(False,None)], d'
ok --today 2026-03-03 dpia purge --dry-run --format json
json 'assert [r["spared"] for r in d if r["person"]=='"$eef"']==[False], d'
# A membership that ends: spared until its last day, erased from its end on.
ok gov group leave "$membership" --on 2026-03-05
ok --today 2026-03-04 dpia purge --dry-run --format json
json 'assert [r["spared"] for r in d if r["person"]=='"$gea"']==[True], d'
ok --today 2026-03-05 dpia purge --format json
json 'assert sorted(r["person"] for r in d if not r["spared"])==sorted(['"$eef"','"$gea"']), d'
[[ $(sqlite3 "$MBOV_DB" "SELECT count(*) FROM person WHERE erased_on IS NOT NULL") == 3 ]] || fail "three persons erased"

unchanged_after 64 dpia purge --dry-run --bogus
unchanged_after 65 --today 2026-02-30 dpia purge
pass
