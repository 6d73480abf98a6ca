# mbov contract product|supplier|cert: products seeded by init, suppliers, certificates (R-CON-5).
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-11-25

ok init
ok contract product list --format json
json 'assert [p["code"] for p in d]==["CAMBO","VVA"] and d[0]["contracts"]==0'
ok contract product add ROOSTER --name "Centrale roostering"
stdout_is "ROOSTER"
ok contract product list --format csv
stdout_has "ROOSTER,Centrale roostering,0"
unchanged_after 65 contract product add rooster --name "Nog eens"
stderr_has "already exists"
unchanged_after 65 contract product add "MET SPATIE" --name X
stderr_has "invalid product code"
unchanged_after 65 contract product add NIEUW --name "  "
stderr_has "--name must not be empty"
expect 64 contract product add NIEUW

ok contract supplier add "Leverancier BV"
stdout_is "1"
ok contract supplier add "Andere Leverancier"
stdout_is "2"
unchanged_after 65 contract supplier add "leverancier bv"
stderr_has "already exists with id 1"
unchanged_after 65 contract supplier add ""
expect 64 contract supplier add

ok contract cert add 1 --standard ISO27001 --valid-until 2026-01-31 --evidence DOC-1
stdout_is "1"
ok contract cert add "Leverancier BV" --standard isae3000 --valid-from 2026-02-01 --valid-until 2028-01-31
stdout_is "2"
ok contract cert add 2 --standard OTHER --valid-until 2027-06-30 --equivalence "SOC 2 Type II, same controls"
stdout_is "3"
unchanged_after 65 contract cert add 2 --standard OTHER --valid-until 2027-06-30
stderr_has "R-CON-5"
stderr_has "--equivalence"
unchanged_after 65 contract cert add 2 --standard ISO27001 --valid-until 2027-06-30 --equivalence x
unchanged_after 65 contract cert add 2 --standard SOC2 --valid-until 2027-06-30
stderr_has "ISO27001|ISAE3000|ISAE3402|OTHER"
unchanged_after 65 contract cert add 9 --standard ISO27001 --valid-until 2027-06-30
stderr_has "unknown supplier '9'"
unchanged_after 65 contract cert add "Niemand" --standard ISO27001 --valid-until 2027-06-30
unchanged_after 65 contract cert add 1 --standard ISO27001 --valid-until 2027-02-30
stderr_has "--valid-until"
unchanged_after 65 contract cert add 1 --standard ISO27001 --valid-until 2027-01-01 --valid-from 2027-13-01
stderr_has "--valid-from"
unchanged_after 65 contract cert add 1 --standard ISO27001 --valid-until 2027-01-01 --valid-from 2027-02-01
stderr_has "after --valid-until"
expect 64 contract cert add 1 --standard ISO27001

ok contract cert list 1 --format json
json 'assert [(c["id"],c["standard"],c["valid"]) for c in d]==[(1,"ISO27001",False),(2,"ISAE3000",True)] and d[0]["evidence"]=="DOC-1"'
ok contract cert list --format json
json 'assert len(d)==3 and d[2]["equivalence"]=="SOC 2 Type II, same controls"'
expect 65 contract cert list 7
ok contract supplier list --format json
json 'assert d[0]["certificates_count"]==2 and d[0]["certified_until"]=="2028-01-31" and d[1]["certified_until"]=="2027-06-30"'
ok --today 2028-02-01 contract supplier list --format json
json 'assert d[0]["certified_until"] is None'

ok audit log --entity certificate --format json
json 'assert len(d)==3 and "ISAE3000" in str(d[1]["details"])'
ok audit verify
pass
