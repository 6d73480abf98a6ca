# mbov dpia register add/list/show/edit: every GDPR art. 30(1) field, csv for auditors, bad input.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01

register_args cambo
ok dpia register add "${REG[@]}" --recipients "de aangemelde mbo-school" --processors "Leverancier BV" \
  --transfers "Verenigde Staten" --safeguards "modelcontractbepalingen" --security "versleuteling, MFA"
stdout_is 1
register_args VVA
ok dpia register add "${REG[@]}"
stdout_is 2
ok dpia register add --name "Ledenadministratie" --purpose "contact met de leden" --legal-basis legitimate-interests \
  --subjects "contactpersonen van leden" --data "naam, e-mailadres, telefoonnummer" --retention "12 maanden na einde" \
  --role controller
stdout_is 3

ok dpia register show 1 --format json
json 'assert d=={"id":1,"product":"CAMBO","name":"Aanmelding cambo","purpose":"aanmelden van studenten","legal_basis":"public-task","subjects":"aspirant-studenten","data_categories":"naam, geboortedatum, vooropleiding","recipients":"de aangemelde mbo-school","processors":"Leverancier BV","transfers":"Verenigde Staten","safeguards":"modelcontractbepalingen","retention":"1 jaar na de aanmelding","security":"versleuteling, MFA","role":"processor","handover_system":None,"handover_days":None,"updated":"2026-03-01"}, d'
ok dpia register list --format csv
[[ $(head -n 1 "$OUT") == $'id,product,name,purpose,legal_basis,subjects,data_categories,recipients,processors,transfers,safeguards,retention,security,role,handover_system,handover_days,updated\r' ]] \
  || fail "csv header"
[[ $(wc -l <"$OUT") == 4 ]] || fail "three records and a header"
stdout_has '"naam, geboortedatum, vooropleiding"'
ok dpia register list --product VVA --format json
json 'assert [r["id"] for r in d]==[2]'
ok dpia register list --format json
json 'assert [r["id"] for r in d]==[3,1,2]'

ok --today 2026-04-01 dpia register edit 1 --transfers "" --safeguards "" --retention "2 jaar"
stdout_empty
ok dpia register show 1 --format json
json 'assert d["transfers"] is None and d["safeguards"] is None and d["retention"]=="2 jaar" and d["updated"]=="2026-04-01" and d["purpose"]=="aanmelden van studenten"'
ok dpia register edit 3 --product VVA
ok dpia register show 3 --format json
json 'assert d["product"]=="VVA"'
ok audit log --entity processing --format json
json 'assert [r["action"] for r in d]==["add","add","add","edit","edit"]'

# Bad input: clear errors, exit 65, nothing written.
register_args NOPE
unchanged_after 65 dpia register add "${REG[@]}"
stderr_has "no product with code 'NOPE'"
register_args CAMBO; register_set --legal-basis "omdat het kan"
unchanged_after 65 dpia register add "${REG[@]}"
stderr_has "--legal-basis 'omdat het kan'"
register_args CAMBO; register_set --role owner
unchanged_after 65 dpia register add "${REG[@]}"
stderr_has "--role 'owner'"
register_args CAMBO; register_set --transfers India
unchanged_after 65 dpia register add "${REG[@]}"
stderr_has "need --safeguards"
register_args CAMBO; register_set --purpose ""
unchanged_after 65 dpia register add "${REG[@]}"
stderr_has "needs --purpose"
unchanged_after 64 dpia register add --name "Onvolledig"
unchanged_after 65 dpia register edit 1 --transfers "India"
stderr_has "R-DPIA-3"
unchanged_after 65 dpia register edit 1 --retention ""
stderr_has "needs --retention"
unchanged_after 65 dpia register edit 1
stderr_has "nothing to change"
unchanged_after 65 dpia register edit 99 --purpose "x"
stderr_has "no processing record 99"
unchanged_after 65 dpia register show 99
unchanged_after 65 dpia register list --product NOPE
pass
