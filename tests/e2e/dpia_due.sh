# mbov dpia due: every rule (R-DPIA-1..5) at its edges, the status line and the exit status.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
export MBOV_TODAY=2026-03-01
# findings RULE: the json check's findings of that rule as (severity, subject, due) tuples in F
findings() { json "F=[(f['severity'],f['subject'],f['due']) for f in d['findings'] if f['rule']=='$1']
$2"; }

expect 2 dpia due
[[ $(head -n 1 "$OUT") == "MBOV DPIA CRITICAL - 4 critical, 3 warnings | critical=4;;;0 warning=3;;;0 dpias=0 open_dpias=0" ]] \
  || fail "status line"
stdout_has "CRITICAL R-DPIA-1 product CAMBO: taken up by 1 member(s) since 2025-09-01 without a completed initial DPIA"
stdout_has "CRITICAL R-DPIA-1 incident 1: fundamental change of CAMBO 'Nieuwe koppeling' has no DPIA"
stdout_has "CRITICAL R-DPIA-4 officer: no data protection officer in office"
stdout_has "WARNING R-DPIA-3 product VVA: no processing records in the register"
expect 2 dpia due --format json
json 'assert d["area"]=="dpia" and d["status"]=="CRITICAL"'
findings R-DPIA-1 'assert F==[("CRITICAL","product CAMBO","2025-09-01"),("CRITICAL","incident 1","2026-02-01"),("CRITICAL","incident 3","2026-02-03")], F'
expect 2 check --format json
json 'assert any(f["subject"]=="dpia: officer" for f in d["findings"])'

# R-DPIA-1 uptake (R-CON-8): an ended one does not count; a coming one warns within dpia.warn_days
# and on the day it starts; the day after, it is CRITICAL.
sql "INSERT INTO uptake (member, product, from_date) VALUES ('34CD', 'VVA', '2026-03-02');
     INSERT INTO uptake (member, product, from_date, until) VALUES ('34CD', 'CAMBO', '2025-01-01', '2026-02-28')"
expect 2 dpia due --format json
findings R-DPIA-1 'assert ("WARNING","product VVA","2026-03-02") in F and F[0]==("CRITICAL","product CAMBO","2025-09-01"), F'
expect 2 --today 2026-03-02 dpia due --format json
findings R-DPIA-1 'assert ("WARNING","product VVA","2026-03-02") in F, F'
expect 2 --today 2026-03-03 dpia due --format json
findings R-DPIA-1 'assert ("CRITICAL","product VVA","2026-03-02") in F, F'

# An initial DPIA counts once completed, not while it runs.
ok dpia add --product CAMBO --kind initial --started 2023-01-01
expect 2 dpia due --format json
findings R-DPIA-1 'assert ("CRITICAL","product CAMBO","2025-09-01") in F'
ok dpia complete 1 --on 2023-03-01 --outcome acceptable
expect 2 dpia due --format json
findings R-DPIA-1 'assert [s for _, s, _ in F]==["product VVA","incident 1","incident 3"], F'

# A change DPIA, even one still running, answers its change.
ok dpia add --product CAMBO --kind change --change 1
ok dpia add --product VVA --kind change --change 3
ok dpia add --product VVA --kind initial --started 2026-01-01
ok dpia complete 4 --on 2026-02-01 --outcome acceptable
expect 2 --today 2026-03-02 dpia due --format json
findings R-DPIA-1 'assert F==[], F'

# R-DPIA-3 and R-DPIA-4 made good.
register_args CAMBO
register_set --handover-system "Studielink"
register_set --handover-days 7
ok dpia register add "${REG[@]}"
register_args VVA
register_set --handover-system "Studielink"
register_set --handover-days 7
ok dpia register add "${REG[@]}"
ok dpia officer set "Fenna Gerritsen" --email fg@example.nl --from 2025-12-01

# R-DPIA-2: CAMBO's last completed DPIA 2023-03-01, next due 2026-03-01 (36 months), warned 60 days before.
# As of 2025-12-30 (R-GEN-1) DPIA 4, completed only on 2026-02-01, was still open.
ok --today 2025-12-30 dpia due
stdout_is "MBOV DPIA OK - nothing due | critical=0;;;0 warning=0;;;0 dpias=4 open_dpias=3"
expect 1 --today 2025-12-31 dpia due --format json
findings R-DPIA-2 'assert F==[("WARNING","product CAMBO","2026-03-01")], F'
expect 1 --today 2026-03-01 dpia due
stdout_has "WARNING R-DPIA-2 product CAMBO: periodic DPIA or audit due today (2026-03-01) (last completed 2023-03-01)"
expect 2 --today 2026-03-02 dpia due
stdout_has "CRITICAL R-DPIA-2 product CAMBO: periodic DPIA or audit due 2026-03-01, 1 day overdue"
# Dutch for people, the same JSON for scripts.
expect 2 --lang nl --today 2026-03-02 dpia due
stdout_has "CRITICAL R-DPIA-2 product CAMBO: periodieke DPIA of audit uiterlijk 1 maart 2026, 1 dag te laat (laatst afgerond 1 maart 2023)"
json_same_in_dutch 2 --today 2026-03-02 dpia due
unchanged_after 65 --lang nl dpia show 99
stderr_has "geen DPIA 99"
# The periodic DPIA restarts the period; a completed audit does too.
ok --today 2026-03-02 dpia add --product CAMBO --kind periodic
ok --today 2026-03-02 dpia complete 5 --outcome acceptable
ok --today 2026-03-02 dpia due
ok --today 2029-03-02 dpia add --product CAMBO --kind audit
expect 2 --today 2029-03-03 dpia due --format json
findings R-DPIA-2 'assert F==[("CRITICAL","product CAMBO","2029-03-02"),("CRITICAL","product VVA","2029-02-01")], F'
ok --today 2029-03-03 dpia complete 6 --outcome mitigations --measures "logging"
expect 2 --today 2029-03-03 dpia due --format json
findings R-DPIA-2 'assert F==[("CRITICAL","product VVA","2029-02-01")], F'

# R-DPIA-4: the day before the officer's first day there is none.
expect 2 --today 2025-11-30 dpia due --format json
findings R-DPIA-4 'assert F==[("CRITICAL","officer",None)], F'

# Errors inside the check: UNKNOWN, exit 3.
expect 3 --db "$T/none.db" dpia due
stdout_has "MBOV DPIA UNKNOWN - "
ok -q --today 2026-03-02 dpia due
stdout_empty
pass
