# mbov contract due: reviews, notice dates, ends and certificates by R-CON-8; exit 0/1/2, the
# status line, --within, and `mbov check` running it.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-11-25

ok init
ok contract due
stdout_is "MBOV CONTRACT OK - nothing due | critical=0;;;0 warning=0;;;0 contracts=0"

# Supplier 1: an expired and a valid certificate: certified (R-CON-5).
ok contract supplier add "Leverancier BV"
ok contract cert add 1 --standard ISO27001 --valid-until 2025-12-31
ok contract cert add 1 --standard ISAE3000 --valid-until 2028-06-30
ok --today 2024-01-01 contract add --product VVA --supplier 1 --start 2024-01-01
ok --today 2026-06-01 contract review 1 --outcome compliant
# A contract that ended under control (terminated) is not checked (R-CON-9 would be otherwise).
ok --today 2010-01-01 contract add --product VVA --supplier 1 --start 2010-01-01
ok --today 2010-06-01 contract terminate 2 --end 2013-12-31 --reason "replaced"
ok contract due
stdout_is "MBOV CONTRACT OK - nothing due | critical=0;;;0 warning=0;;;0 contracts=1"

# --within widens the warning window: the review of 2027-06-01 is 188 days away.
expect 1 contract due --within 7m
[[ $(head -n 1 "$OUT") == "MBOV CONTRACT WARNING - 0 critical, 1 warning | critical=0;;;0 warning=1;;;0 contracts=1" ]] || fail "status line"
stdout_has "WARNING R-CON-3 contract 1 (VVA, Leverancier BV): yearly review due 2027-06-01, in 188 days"
# Dutch for people, the same JSON for scripts.
expect 1 --lang nl contract due --within 7m
stdout_has "WARNING R-CON-3 contract 1 (VVA, Leverancier BV): jaarlijkse evaluatie uiterlijk 1 juni 2027, over 188 dagen"
json_same_in_dutch 1 contract due --within 7m
unchanged_after 65 --lang nl contract extend 2
stderr_has "contract 2 is opgezegd op 1 juni 2010 en eindigt 31 december 2013: het kan niet worden verlengd"
ok contract due --within 187d
expect 1 contract due --within 27w
# The notice date 2027-06-30 (R-CON-4) and, beyond, the end.
expect 1 contract due --within 8m
stdout_has "R-CON-4 contract 1 (VVA, Leverancier BV): decide to extend (2 left) or end by the notice date: due 2027-06-30"
expect 1 contract due --within 401d
stdout_has "R-CON-2 contract 1 (VVA, Leverancier BV): end of the contract due 2027-12-31"
stdout_lacks "ISAE3000"

# Supplier 2: its only certificate runs out within contract.cert_warn_days (60): a warning.
ok contract supplier add "Kort Gecertificeerd BV"
ok contract cert add 2 --standard ISAE3402 --valid-until 2027-01-10
ok --today 2026-01-01 contract add --product CAMBO --supplier 2 --start 2026-01-01
expect 1 contract due
stdout_has "MBOV CONTRACT WARNING - 0 critical, 1 warning | critical=0;;;0 warning=1;;;0 contracts=2"
stdout_has "WARNING R-CON-5 contract 3 (CAMBO, Kort Gecertificeerd BV): ISAE3402 certificate 3 of Kort Gecertificeerd BV runs out: due 2027-01-10, in 46 days"
ok --today 2026-11-10 contract due
# Overdue review the day after: critical.
expect 2 --today 2027-01-02 contract due
stdout_has "CRITICAL R-CON-3 contract 3 (CAMBO, Kort Gecertificeerd BV): yearly review due 2027-01-01, 1 day overdue"
expect 2 --today 2027-01-11 contract due
stdout_has "CRITICAL R-CON-5 contract 3 (CAMBO, Kort Gecertificeerd BV): supplier Kort Gecertificeerd BV has no valid certificate (the last ran out 2027-01-10)"

# Supplier 3 without any certificate: critical; JSON has the fields of every check.
ok contract supplier add "Zonder Certificaat BV"
ok contract add --product VVA --supplier 3 --start 2026-11-01
expect 2 contract due
[[ $(head -n 1 "$OUT") == "MBOV CONTRACT CRITICAL - 1 critical, 1 warning | critical=1;;;0 warning=1;;;0 contracts=3" ]] || fail "status line"
expect 2 contract due --format json
json 'assert d["area"]=="contract" and d["status"]=="CRITICAL" and len(d["findings"])==2'
json 'f=d["findings"][1]; assert (f["rule"],f["severity"],f["subject"],f["due"])==("R-CON-5","CRITICAL","contract 4 (VVA, Zonder Certificaat BV)",None) and "has no certificate" in f["message"]'
expect 2 contract due --format csv
stdout_has "rule,severity,subject,due,message"
expect 2 -q contract due
stdout_empty
expect 2 check
stdout_has "CRITICAL R-CON-5 contract: contract 4 (VVA, Zonder Certificaat BV)"

# A terminated contract: its end (R-CON-7), and a warning while it has no exit plan.
ok contract cert add 3 --standard OTHER --valid-until 2030-01-01 --equivalence "SOC 2 Type II"
ok contract terminate 4 --end 2026-12-15 --reason "proef beëindigd"
expect 1 contract due
stdout_has "WARNING R-CON-7 contract 4 (VVA, Zonder Certificaat BV): end of the contract due 2026-12-15, in 20 days"
stdout_has "WARNING R-CON-7 contract 4 (VVA, Zonder Certificaat BV): terminated without an exit plan"
stdout_lacks "R-CON-4 contract 4"

# Bad input inside a check: UNKNOWN, exit 3.
expect 3 contract due --within 2x
stdout_has "MBOV CONTRACT UNKNOWN - invalid duration for --within: '2x'"
expect 3 contract due --within 0d
expect 3 --today 2026-02-30 contract due
stdout_has "UNKNOWN"
# A usage error is UNKNOWN too, with its status line (Monitoring Plugins: never outside 0-3).
expect 3 contract due --bogus
stdout_has "MBOV CONTRACT UNKNOWN - "
pass
