# R-CON-5 as corrected: ISO27001, ISAE3000 and ISAE3402 by default; ISO27002 (the code of
# practice) refused with what to record instead; OTHER with an equivalence note; an ISO27002
# certificate already in a database satisfies nothing; a policy listing ISO27002 is refused.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-01-01

ok init
ok contract supplier add "Leverancier BV"
for standard in ISO27001 ISAE3000 ISAE3402 isae3402; do
  ok contract cert add 1 --standard $standard --valid-until 2027-01-01
done
unchanged_after 65 contract cert add 1 --standard ISO27002 --valid-until 2027-01-01
stderr_has "R-CON-5: --standard ISO27002 is the code of practice behind ISO/IEC 27001, not a certificate"
stderr_has "record the supplier's ISO27001 certificate (or its ISAE3000/ISAE3402 assurance report) instead"
unchanged_after 65 contract cert add 1 --standard iso27002 --valid-until 2027-01-01
unchanged_after 65 contract cert add 1 --standard OTHER --valid-until 2027-01-01
stderr_has "--equivalence"
ok contract cert add 1 --standard OTHER --valid-until 2027-01-01 --equivalence "SOC 2 Type II"
ok contract cert list --format json
json 'assert [c["standard"] for c in d]==["ISO27001","ISAE3000","ISAE3402","ISAE3402","OTHER"] and all(c["valid"] for c in d), d'
# The supplier is named by name everywhere, its id beside it.
json 'assert all(c["supplier"]=="Leverancier BV" and c["supplier_id"]==1 for c in d), d'

# An ISO27002 statement recorded before the correction: not a certificate (R-CON-5).
ok contract supplier add "Oud BV"
sqlite3 "$MBOV_DB" "INSERT INTO certificate (supplier, standard, valid_until) VALUES (2, 'ISO27002', '2030-01-01')"
ok contract add --product CAMBO --supplier 2 --start 2026-01-01
expect 2 contract due
stdout_has "CRITICAL R-CON-5 contract 1 (CAMBO, Oud BV): supplier Oud BV has no valid certificate: its ISO27002 statement 6 is the code of practice, not a certificate; record its ISO27001 certificate or ISAE3000/ISAE3402 report"
ok contract cert list 2 --format json
json 'assert d[0]["standard"]=="ISO27002" and d[0]["valid"] is False, d'
ok contract supplier list --format json
json 'assert d[1]["certified_until"] is None, d'
# Recording the real certificate makes it good.
ok contract cert add 2 --standard ISO27001 --valid-until 2030-01-01
ok contract due

# A policy cannot make the code of practice a certificate.
cat >"$T/policy.toml" <<'TOML'
[contract]
certifications = ["ISO27001", "ISO27002"]
TOML
expect 78 --config "$T/policy.toml" contract list
stderr_has "ISO27002 is the code of practice, not a certificate"
pass
