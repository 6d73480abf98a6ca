# --format prometheus on `mbov check` and every group's check/due: the node_exporter textfile
# format, read back by prometheus_client's own parser (python3-prometheus-client) and by a strict
# line check; an area's status and its findings per rule and severity; exit statuses unchanged.
source "$(dirname "$0")/common.bash"
"$PY" -c 'import prometheus_client' 2>/dev/null || { echo "skip: python3-prometheus-client is missing"; exit 77; }
export MBOV_TODAY=2026-11-25

# parse AREA STATUS: the output parses, every sample line is well formed, and the status of AREA is STATUS.
parse() {
  "$PY" - "$OUT" "$1" "$2" <<'PY' || fail "not valid exposition format (want area $1 status $2)"
import re, sys
from prometheus_client.parser import text_string_to_metric_families
text = open(sys.argv[1]).read()
assert text.endswith("\n")
sample = re.compile(r'^mbov_(check_status|findings)\{area="[a-z]+"(,rule="R-[A-Z]+-[0-9]+",severity="(warning|critical)")?\} [0-9]+$')
for line in text.splitlines():
    assert line.startswith("# HELP ") or line.startswith("# TYPE ") or sample.match(line), line
families = {f.name: f for f in text_string_to_metric_families(text)}
assert families["mbov_check_status"].type == "gauge"
status = {s.labels["area"]: s.value for s in families["mbov_check_status"].samples}
assert status[sys.argv[2]] == float(sys.argv[3]), status
PY
}

ok init
run --format prometheus check
parse all "$STATUS"
for area in member vote contract incident; do parse "$area" 0; done
ok --format prometheus contract due
parse contract 0

# A new database: the products have no DPIA yet (R-DPIA-4 critical, R-DPIA-3 warnings).
expect 2 dpia due --format prometheus
parse dpia 2
stdout_has 'mbov_findings{area="dpia",rule="R-DPIA-4",severity="critical"} 1'
stdout_has 'mbov_findings{area="dpia",rule="R-DPIA-3",severity="warning"} 2'
expect 2 --format prometheus check
parse all 2
parse dpia 2
stdout_has 'mbov_check_status{area="member"} 0'
stdout_has 'mbov_findings{area="dpia",rule="R-DPIA-4",severity="critical"} 1'
for cmd in "member check" "vote check" "incident overdue"; do
  run $cmd --format prometheus
  [[ $STATUS =~ ^[012]$ ]] || fail "'$cmd' exited $STATUS"
  parse "$(echo "$cmd" | cut -d' ' -f1)" "$STATUS"
done

# Every rule a check can report has its series at both severities, 0 where nothing is found: the
# rules are those of lib/<area>/check.cpp (a rule added there and not registered fails here).
run --format prometheus check
for area in member vote contract incident dpia budget gov; do
  rules=$(grep -ohE '"R-[A-Z]+-[0-9]+"' "$SRC/lib/$area/check.cpp" | tr -d '"' | sort -u)
  [[ -n $rules ]] || fail "no rule ids found in lib/$area/check.cpp"
  for rule in $rules; do
    for severity in warning critical; do
      grep -qE "^mbov_findings\{area=\"$area\",rule=\"$rule\",severity=\"$severity\"\} [0-9]+\$" "$OUT" ||
        fail "no $area $rule $severity series"
    done
  done
done
stdout_has 'mbov_findings{area="contract",rule="R-CON-5",severity="critical"} 0'
stdout_has 'mbov_findings{area="incident",rule="R-INC-7",severity="warning"} 0'
# A finding that goes away reads 0: the DPIA officer appointed, R-DPIA-4 drops from 1 to 0.
stdout_has 'mbov_findings{area="dpia",rule="R-DPIA-4",severity="critical"} 1'
ok dpia officer set "A. Functionaris" --email fg@example.nl --from 2026-01-01
run --format prometheus check
stdout_has 'mbov_findings{area="dpia",rule="R-DPIA-4",severity="critical"} 0'
# A group's check writes its own area's rules only.
run --format prometheus contract due
stdout_has 'mbov_findings{area="contract",rule="R-CON-9",severity="warning"} 0'
stdout_lacks 'area="member"'
# promtool, where installed, is the reference linter of the exposition format.
if command -v promtool >/dev/null; then
  run --format prometheus check
  promtool check metrics <"$OUT" >"$T/lint" 2>&1 || { cat "$T/lint"; fail "promtool check metrics refused the output"; }
fi

# A check that cannot run is UNKNOWN (3), in the same format.
expect 3 --today 2026-02-30 --format prometheus contract due
parse contract 3
# Lists have no prometheus format.
unchanged_after 64 --format prometheus member list
stderr_has "prometheus"
pass
