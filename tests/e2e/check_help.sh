# mbov check --help names every area it runs: each area with a finding in a database that has
# findings everywhere (the report fixture) is named in the help.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture
run "${TODAY[@]}" check --format json
areas=$($PY -c 'import json,sys; print(" ".join(sorted({f["subject"].split(":")[0] for f in json.load(open(sys.argv[1]))["findings"]})))' "$OUT")
[[ $areas == "budget contract dpia gov incident member vote" ]] || fail "the fixture lacks findings of some area: $areas"
ok check --help
for area in $areas; do
  grep -qE "run every check \\(.*\\b$area\\b.*\\)" "$OUT" || fail "check --help does not name $area"
done
ok --lang nl check --help
stdout_has "voer elke controle uit (member, vote, contract, incident, dpia, budget, gov)"
pass
