# mbov member check: contacts (R-MEM-3), representative (R-MEM-5), confirmation (R-MEM-4), board (R-VOTE-8).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/member_fixture.bash"
export MBOV_TODAY=2026-03-01
ok init
ok member check
stdout_has "MBOV MEMBER OK - "
ok member add 25AB --name "ROC Voorbeeldstad" --contracting-authority --joined 2025-03-20
expect 2 member check --format json
json 'f={(x["rule"],x["severity"]) for x in d["findings"]}; assert ("R-MEM-3","CRITICAL") in f and ("R-MEM-5","WARNING") in f and ("R-MEM-4","WARNING") in f and ("R-VOTE-8","CRITICAL") in f, f'
json 'assert all(x["subject"] in ("member 25AB","board") for x in d["findings"])'
json 'assert [x["due"] for x in d["findings"] if x["rule"]=="R-MEM-4"]==["2026-03-20"]'
# Dutch for people, the same JSON for scripts.
expect 2 --lang nl member check
stdout_has "WARNING R-MEM-5 lid 25AB: geen vertegenwoordiger voor de AV"
stdout_has "WARNING R-MEM-4 lid 25AB: bevestiging contactpersonen uiterlijk 20 maart 2026, over 19 dagen"
json_same_in_dutch 2 member check
unchanged_after 65 --lang nl member leave 25AB --on 2025-01-01
stderr_has "lid 25AB kan niet uittreden op 1 januari 2025, voordat het lid werd (20 maart 2025)"
ok member contact add 25AB --name "Anna" --email anna@example.nl
ok member contact add 25AB --name "Anna" --email anna@example.nl --role representative
ok member contact confirm 25AB --on 2026-03-01
expect 2 member check --format json
json 'f={(x["rule"],x["severity"]) for x in d["findings"]}; assert f=={("R-MEM-3","WARNING"),("R-VOTE-8","CRITICAL")}, f'
ok member contact add 25AB --name "Bram" --email bram@example.nl
for c in 26CD 27EF; do
  ok member add $c --name "Lid $c" --contracting-authority
  ok member contact add $c --name "Rep $c" --email rep$c@example.nl --role representative
  ok member contact add $c --name "C1 $c" --email c1$c@example.nl
  ok member contact add $c --name "C2 $c" --email c2$c@example.nl
done
elected=$(board_motion 2026-02-01 25AB)
for p in 1 3 6; do ok member board appoint $p --motion "$elected"; done
expect 2 member check
stdout_has "no chair"
ok member board chair 1
ok member check
head -n 1 "$OUT" | grep -q "^MBOV MEMBER OK - nothing due | critical=0;;;0 warning=0;;;0 members=3 board=3" || fail "status line"
# Overdue confirmation is critical; a year later, all three are due.
expect 2 --today 2027-03-02 member check
stdout_has "CRITICAL R-MEM-4 member 25AB: contact confirmation due 2027-03-01, 1 day overdue"
# mbov check runs it too.
expect 2 --today 2027-03-02 check
stdout_has "R-MEM-4 member: member 25AB"
# In Dutch the area is its Dutch word (po/GLOSSARY.md); JSON keeps the English subject.
expect 2 --today 2027-03-02 --lang nl check
stdout_has "CRITICAL R-MEM-4 leden: lid 25AB: bevestiging contactpersonen uiterlijk 1 maart 2027, 1 dag te laat"
stdout_lacks "member:"
json_same_in_dutch 2 --today 2027-03-02 check
# An error inside the check is UNKNOWN.
expect 3 --today 2026-02-30 member check
stdout_has "MBOV MEMBER UNKNOWN"
pass
