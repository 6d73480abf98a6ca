# mbov member leave (R-MEM-7): the last day ends, in the same transaction and audited, the member's
# uptakes (through that day), its contacts' roles, their group seats and its functional-manager
# term (ON that day); a board seat held through its representative becomes a violation. Charges
# stop at that day (R-FIN-4), R-CON-9 and the products count only current takers, the security
# statement lists nothing. An uptake outside the membership is refused. --dry-run only lists.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/member_fixture.bash"
export MBOV_TODAY=2026-09-10

board_of_two   # 12AB (Anna Eerst, person 1) and 34CD (Bram Daarna, person 2), both on the board
ok member contact add 12AB --name "Cees Contact" --email cees@example.nl --since 2024-01-01
ok gov group join expert-group 3 --from 2026-01-01
ok gov role assign functional-manager 3 --scope 12AB --from 2026-01-01
ok budget fee set CAMBO --one-off 0 --yearly 3650 --from-year 2025
ok member uptake 12AB CAMBO --from 2025-01-01
ok member uptake 34CD CAMBO --from 2025-01-01
expect 2 contract due --format json
json 'assert any(f["rule"]=="R-CON-9" and "12AB, 34CD" in f["message"] for f in d["findings"]), d'

# Refusals change nothing: an uptake outside the membership, leaving twice, leaving before an
# uptake that begins later.
unchanged_after 65 member uptake 34CD VVA --from 2019-12-31
stderr_has "joined on"
ok member uptake 34CD VVA --from 2026-10-01
unchanged_after 65 member leave 34CD --on 2026-09-30
stderr_has "begins later"
unchanged_after 65 member leave 12AB --on 2019-12-31
unchanged_after 65 member leave 99ZZ

# The dry run lists what would end and changes nothing.
unchanged_after 0 member leave 12AB --on 2026-08-31 --dry-run --format json
json '
got=[(e["kind"],e["id"],e["subject"],e["person"],e["until"],e["action"]) for e in d]
assert got==[("uptake",1,"CAMBO",None,"2026-08-31","ends"),
             ("contact",1,"representative",1,"2026-08-31","ends"),
             ("contact",3,"contact",3,"2026-08-31","ends"),
             ("group_member",1,"expert-group",None,"2026-08-31","ends"),
             ("role",1,"functional-manager",3,"2026-08-31","ends"),
             ("board_seat",1,"board",1,None,"flagged")], got'

ok member leave 12AB --on 2026-08-31
stdout_empty
# Charges stop at the last day: 243 days of 3650.00 a year is 2430.00; 34CD pays the whole year.
ok report charges 2026 --format json
json 'assert d["charges"]==[{"member":"12AB","product":"CAMBO","days":243,"one_off":0,"yearly":2430,"total":2430},
                           {"member":"34CD","product":"CAMBO","days":365,"one_off":0,"yearly":3650,"total":3650}], d'
expect 2 contract due --format json
json 'f=[x["message"] for x in d["findings"] if x["rule"]=="R-CON-9"]; assert len(f)==1 and "by 34CD on" in f[0], f'
ok member list --product CAMBO --format json
json 'assert [m["code"] for m in d]==["34CD"]'
ok report weekly --format json
json 'p={x["product"]:x for x in d["products"]}; assert p["CAMBO"]["members"]==1, p'
ok report security-statement 12AB --format json
json 'assert d["products"]==[], d["products"]'
ok member contact list 12AB --all --format json
json 'assert [(c["id"],c["until"]) for c in d]==[(3,"2026-08-31"),(1,"2026-08-31")], d'
ok gov group list --all --format json
json 'assert [g["until"] for g in d]==["2026-08-31"], d'
ok gov role list --all --format json
json 'assert [r["until"] for r in d if r["role"]=="functional-manager"]==["2026-08-31"], d'
# The board seat held through 12AB's representative is a violation from now on (R-VOTE-8).
expect 2 member check
stdout_has "CRITICAL R-VOTE-8 board member 1: no longer a representative"
# R-MEM-7: on its last day 12AB is still a member, for the member area and the gov area alike
# (both through member::members_on): gov check requires its functional manager and its community
# contact that day, as member check counts its contacts; the day after, neither knows it.
subjects() {  # subjects AREA DAY: the subjects of AREA's check findings on DAY that name 12AB
  run --today "$2" "$1" check --format json
  "$PY" -c 'import json, sys; print(sorted(f["rule"] + " " + f["subject"] for f in json.load(sys.stdin)["findings"] if "12AB" in f["subject"]))' <"$OUT"
}
[[ $(subjects gov 2026-08-31) == "['R-GOV-5 role functional-manager 12AB', 'R-GOV-6 member 12AB']" ]] ||
  fail "gov check on 12AB's last day: $(subjects gov 2026-08-31)"
[[ $(subjects member 2026-08-31) == *"'R-MEM-3 member 12AB'"* ]] || fail "member check on 12AB's last day: $(subjects member 2026-08-31)"
[[ $(subjects gov 2026-09-01) == "[]" ]] || fail "gov check the day after 12AB's last day: $(subjects gov 2026-09-01)"
[[ $(subjects member 2026-09-01) == "[]" ]] || fail "member check the day after 12AB's last day: $(subjects member 2026-09-01)"
# R-DPIA-5's retention runs from the roles' end: a year later Cees may be erased; Anna still sits.
ok --today 2027-09-01 dpia purge --dry-run --format json
json 'assert [(x["person"],x["spared"]) for x in d]==[(1,True),(3,False)], d'
ok audit log --entity uptake --format json
json 'assert [r["action"] for r in d][-1]=="end"'
ok audit verify
# After leaving, a new uptake of the former member is refused, also one ending after the last day.
unchanged_after 65 member uptake 12AB VVA --from 2026-09-01
stderr_has "left on"
unchanged_after 65 member uptake 12AB VVA --from 2026-06-01
stderr_has "--until"
unchanged_after 65 member uptake 12AB VVA --from 2026-06-01 --until 2026-09-01
ok member uptake 12AB VVA --from 2026-06-01 --until 2026-08-31
unchanged_after 65 member leave 12AB --on 2026-09-01
stderr_has "already left"
pass
