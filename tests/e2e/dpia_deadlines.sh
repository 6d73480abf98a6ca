# R-CON-8 in dpia due: the initial DPIA (R-DPIA-1) warns within dpia.warn_days of a product's
# first uptake and is CRITICAL after it; an erasure date (R-DPIA-5) warns within dpia.warn_days
# and is CRITICAL the day after. The day before each window, its first day, the deadline, the
# day after.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/dpia_fixture.bash"
dpia_world
# F: the findings of RULE for SUBJECT as (severity, due)
findings() { json "F=[(f['severity'],f['due']) for f in d['findings'] if f['rule']=='$1' and f['subject']=='$2']
$3"; }

# R-DPIA-1: VVA taken up from 2026-05-01 (dpia.warn_days 60: warned from 2026-03-02).
sql "INSERT INTO uptake (member, product, from_date) VALUES ('34CD', 'VVA', '2026-05-01')"
expect 2 --today 2026-03-01 dpia due --format json
findings R-DPIA-1 "product VVA" 'assert F==[], F'
for day in 2026-03-02 2026-05-01; do
  expect 2 --today $day dpia due --format json
  findings R-DPIA-1 "product VVA" 'assert F==[("WARNING","2026-05-01")], F'
done
expect 2 --today 2026-03-02 dpia due
stdout_has "WARNING R-DPIA-1 product VVA: taken up by 1 member(s) from 2026-05-01 without a completed initial DPIA: due 2026-05-01, in 60 days"
expect 2 --today 2026-05-02 dpia due --format json
findings R-DPIA-1 "product VVA" 'assert F==[("CRITICAL","2026-05-01")], F'
# A completed initial DPIA ends it.
ok --today 2026-05-02 dpia add --product VVA --kind initial --started 2026-04-01
ok --today 2026-05-02 dpia complete 1 --outcome acceptable
expect 2 --today 2026-05-02 dpia due --format json
findings R-DPIA-1 "product VVA" 'assert F==[], F'

# R-DPIA-5: a contact until 2025-01-31; 12 months' retention: erase by 2026-01-31.
contact 1 12AB "Anna de Vries" anna@example.nl 2020-01-01 2025-01-31
expect 2 --today 2025-12-01 dpia due --format json
findings R-DPIA-5 "person 1" 'assert F==[], F'
for day in 2025-12-02 2026-01-31; do
  expect 2 --today $day dpia due --format json
  findings R-DPIA-5 "person 1" 'assert F==[("WARNING","2026-01-31")], F'
  ok --today $day dpia purge --dry-run --format json
  json 'assert d==[], d'
done
expect 2 --today 2026-02-01 dpia due --format json
findings R-DPIA-5 "person 1" 'assert F==[("CRITICAL","2026-01-31")], F'
expect 2 --today 2026-02-01 dpia due
stdout_has "CRITICAL R-DPIA-5 person 1: former contact of 12AB (until 2025-01-31): erase the personal data at its retention end, due 2026-01-31, 1 day overdue"
ok --today 2026-02-01 dpia purge
expect 2 --today 2026-02-01 dpia due --format json
findings R-DPIA-5 "person 1" 'assert F==[], F'
pass
