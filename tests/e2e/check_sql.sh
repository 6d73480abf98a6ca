# --sql of every check: the statements the check ran, parameters inlined, as a script sqlite3 runs
# as it is; the exit status stays the check's. The benchmark (tests/bench) times sqlite3 on it.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture
sqlite3 "$MBOV_DB" "INSERT INTO processing (name, purpose, legal_basis, subjects, data_categories, retention, role)
  VALUES ('Ärger', 'x', 'contract', 'staff', 'names', '1y', 'controller'),
         ('alpha', 'x', 'contract', 'staff', 'names', '1y', 'controller')" || fail "cannot add processing records"

for check in "check" "incident overdue" "contract due" "dpia due" "member check" "vote check" "budget check" "gov check"; do
  read -ra args <<<"$check"
  run "${TODAY[@]}" "${args[@]}"
  status=$STATUS
  [[ $status =~ ^[012]$ ]] || fail "'mbov $check' exited $status"
  expect "$status" "${TODAY[@]}" "${args[@]}" --sql
  stdout_lacks "MBOV "
  grep -q ';$' "$OUT" || fail "'mbov $check --sql' printed no statement"
  sqlite3 -bail "$MBOV_DB" <"$OUT" >/dev/null || fail "sqlite3 cannot run the SQL of 'mbov $check --sql'"
done

# The parameters are inlined; the people collation, which sqlite3 lacks, is NOCASE in the script.
run "${TODAY[@]}" incident overdue --sql
stdout_has "WHERE i.status NOT IN ('resolved', 'closed')"
run "${TODAY[@]}" dpia due --sql
stdout_has "COLLATE NOCASE"
stdout_lacks "COLLATE people"

# incident overdue reads the open work from the partial indexes (as of --now: opened by then). The
# incidents as they stood (R-GEN-1, incident::store::as_of) are a view: the rows with no moment
# after now (here all of them) are read from the table itself, through these indexes.
run "${TODAY[@]}" incident overdue --sql
plan=$( (echo ".eqp on"; cat "$OUT") | sqlite3 "$MBOV_DB" | grep -E 'SCAN|SEARCH')
grep -Eq "(SCAN|SEARCH) (i|main.incident) USING INDEX incident_open " <<<"$plan" || fail "no partial index of open incidents: $plan"
grep -Eq "(SCAN|SEARCH) (i|main.incident) USING INDEX incident_unreported " <<<"$plan" || fail "no partial index of unreported breaches: $plan"

# A check that cannot run prints no SQL: UNKNOWN, exit 3, nothing changed.
unchanged_after 3 "${TODAY[@]}" contract due --within soon --sql
stdout_has "MBOV CONTRACT UNKNOWN - "
unchanged_after 3 "${TODAY[@]}" vote check --year 12 --sql
stdout_has "MBOV VOTE UNKNOWN - "
expect 3 --db "$T/none.db" "${TODAY[@]}" check --sql
stdout_has "MBOV ALL UNKNOWN - "
pass
