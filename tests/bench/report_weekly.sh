#!/usr/bin/env bash
# `mbov report weekly` on a big history against running the report's own SQL in sqlite3:
#   bash tests/bench/report_weekly.sh PATH/TO/mbov [INCIDENTS]
# Builds (with SQL) a database of INCIDENTS (default 100,000) incidents over ten years, 1,000
# contracts with reviews and certificates, and a 10,000-incident database beside it, then times
# the report (json) and `sqlite3` running the statements `report weekly --sql` prints, and shows
# peak memory (GNU time): memory should not grow with the history.
set -euo pipefail
MBOV=${1:?usage: $0 PATH/TO/mbov [INCIDENTS]}
BIG=${2:-100000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export TZ=Europe/Amsterdam LC_ALL=C MBOV_ACTOR=bench
unset MBOV_CONFIG MBOV_FORMAT MBOV_TODAY MBOV_NOW
NOW=(--today 2026-11-25 --now 2026-11-25T12:00:00+01:00)

# make DB INCIDENTS: ten years of incidents up to today, 1,000 contracts, 200 suppliers, 60 members.
make() {
  local db=$1 n=$2
  MBOV_DB=$db "$MBOV" --now 2016-11-25T10:00 init >/dev/null 2>&1
  sqlite3 "$db" <<SQL
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 60)
INSERT INTO member (code, name, contracting_authority, joined) SELECT printf('%02dMB', i), 'Lid ' || i, 1, '2015-01-01' FROM k;
INSERT INTO uptake (member, product, from_date) SELECT code, 'CAMBO', '2015-01-01' FROM member;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 200)
INSERT INTO supplier (id, name) SELECT i, 'Leverancier ' || i FROM k;
INSERT INTO certificate (supplier, standard, valid_until) SELECT id, 'ISO27001', date('2026-11-25', '+' || (id * 3) || ' days') FROM supplier;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 1000)
INSERT INTO contract (id, product, supplier, start, base_years, extensions, extension_years, notice_months)
SELECT i, CASE i % 2 WHEN 0 THEN 'CAMBO' ELSE 'VVA' END, 1 + i % 200, date('2016-01-01', '+' || (i * 4) || ' days'), 4, 2, 2, 6 FROM k;
INSERT INTO review (contract, on_date, outcome) SELECT id, date(start, '+11 months'), 'compliant' FROM contract;
INSERT INTO extension (contract, on_date) SELECT id, date(start, '+3 years') FROM contract WHERE id % 3 = 0;
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < $n - 1),
  t(i, opened) AS (SELECT i, unixepoch('2026-11-25T10:00:00Z') - ($n - i) * (315360000 / $n) FROM k)
INSERT INTO incident (kind, title, product, priority, status, opened, respond_by, resolve_by, acknowledged_at, resolved_at,
                      escalation, authority_deadline)
SELECT CASE i % 11 WHEN 0 THEN 'change' WHEN 1 THEN 'backup' WHEN 2 THEN 'problem' WHEN 3 THEN 'access'
         WHEN 4 THEN 'breach' ELSE 'disruption' END,
       'Incident ' || i, CASE i % 2 WHEN 0 THEN 'CAMBO' ELSE 'VVA' END, 1 + i % 4,
       CASE WHEN i > $n - 40 THEN 'in-progress' ELSE 'closed' END,
       strftime('%Y-%m-%dT%H:%M:%SZ', opened, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', opened + 4 * 3600, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', opened + 24 * 3600, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', opened + (1 + i % 7) * 3600, 'unixepoch'),
       CASE WHEN i > $n - 40 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', opened + (2 + i % 30) * 3600, 'unixepoch') END,
       CASE WHEN i % 50 = 0 THEN 'tactical' ELSE 'operational' END,
       CASE WHEN i % 11 = 4 THEN strftime('%Y-%m-%dT%H:%M:%SZ', opened + 72 * 3600, 'unixepoch') END
FROM t;
UPDATE incident SET authority_notified = authority_deadline WHERE kind = 'breach' AND status = 'closed';
INSERT INTO incident_event (incident, at, actor, kind, detail)
SELECT id, opened, 'bench', 'escalation', 'operational → tactical' FROM incident WHERE escalation = 'tactical';
COMMIT;
ANALYZE;
SQL
}

gnu_time=""
[[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null && gnu_time=/usr/bin/time

# run LABEL CMD...: the best wall time of 5 runs and the peak memory; stdout in $T/LABEL.out
run() {
  local label=$1; shift
  local best=999999999 us start end
  for _ in 1 2 3 4 5; do
    start=$EPOCHREALTIME
    if [[ -n $gnu_time ]]; then "$gnu_time" -v -o "$T/$label.time" "$@" >"$T/$label.out"; else "$@" >"$T/$label.out"; fi
    end=$EPOCHREALTIME
    us=$((${end/./} - ${start/./}))
    ((us < best)) && best=$us
  done
  local mem=""
  [[ -n $gnu_time ]] && mem=$(awk -F': ' '/Maximum resident/ {printf ", peak %.1f MiB", $2 / 1024}' "$T/$label.time")
  printf '%-24s %4d.%03d ms%s\n' "$label:" $((best / 1000)) $((best % 1000)) "$mem"
}

for n in 10000 "$BIG"; do
  db=$T/$n.db
  make "$db" "$n"
  echo "database: $n incidents over ten years, 1,000 contracts, $(du -h "$db" | cut -f1)"
  export MBOV_DB=$db
  "$MBOV" "${NOW[@]}" report weekly --sql >"$T/weekly.sql"
  echo "  the report runs $(grep -c ';$' "$T/weekly.sql") statements"
  run "mbov report weekly" "$MBOV" "${NOW[@]}" report weekly --format json
  run "sqlite3, the same SQL" sqlite3 "$db" ".read $T/weekly.sql"
  run "mbov report deadlines" "$MBOV" "${NOW[@]}" report deadlines --within 1y --format json
  # The report saw what the SQL saw: the week's incidents.
  python3 - "$T/mbov report weekly.out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"  week {d['week']}: {d['summary']['incidents_opened']} opened, {d['summary']['sla_misses']} SLA misses, "
      f"{len(d['upcoming'])} deadlines ahead, {len(d['products'])} products")
PY
done
