# The reports in Dutch: cells that are data (deadline titles, subjects and states, breach states,
# an erased name, "no DPIA completed", findings) read Dutch in table, text, markdown and html,
# and stay byte for byte English in json, csv and ics (the scripting contract).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture
# An erased board member and a product without a completed DPIA.
sqlite3 "$MBOV_DB" "UPDATE person SET name = NULL, email = NULL, erased_on = '2026-11-01' WHERE id = 2;
  INSERT INTO product (code, name) SELECT 'NIEUW', 'Nieuw product' WHERE NOT EXISTS (SELECT 1 FROM product WHERE code = 'NIEUW');
  INSERT INTO uptake (member, product, from_date) VALUES ('25LZ', 'NIEUW', '2026-01-01');" || fail "fixture"

ok "${TODAY[@]}" --lang nl report deadlines
stdout_has "Evaluatie van contract 1 (CAMBO, Leverancier BV)"
stdout_has "Meld datalek 103 aan de Autoriteit Persoonsgegevens vóór"
stdout_has "leverancier 1"
stdout_has "binnenkort"
stdout_lacks "Review of"
stdout_lacks "Report breach"
# Moments as people read them (25 november 2026 16:00), in the title and the due-at column alike.
! grep -qE '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:' "$OUT" || fail "an ISO timestamp in a Dutch table"
grep -qE 'vóór [0-9]{1,2} [a-z]+ 20[0-9]{2} [0-9]{2}:[0-9]{2}' "$OUT" || fail "the breach title lacks its Dutch moment"
ok "${TODAY[@]}" --lang en report deadlines
grep -qE 'by 20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}' "$OUT" ||
  fail "the English breach title lost its ISO moment"
ok "${TODAY[@]}" --lang nl report weekly --format html
! grep -qE '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:' "$OUT" || fail "an ISO timestamp in the Dutch html report"
for f in json csv ics; do
  ok "${TODAY[@]}" --lang en report deadlines --format "$f"
  cp "$OUT" "$T/english.$f"
  ok "${TODAY[@]}" --lang nl report deadlines --format "$f"
  cmp -s "$OUT" "$T/english.$f" || fail "report deadlines --format $f changed with the language"
done
stdout_has "X-WR-CALNAME:mbov deadlines"
ok "${TODAY[@]}" --lang nl report deadlines --format markdown
stdout_has "Evaluatie van contract 1"

ok "${TODAY[@]}" --lang nl report weekly --format text
stdout_has "te melden"                 # the breach's state
stdout_has "bevestiging contactpersonen"  # a finding as people read it
stdout_has "escalaties:"
stdout_lacks "to report"
stdout_lacks "Review of"
grep -q "^vooruitblik: *8 weken$" "$OUT" || fail "the look-ahead in Dutch: $(grep -i vooruit "$OUT")"
ok "${TODAY[@]}" --lang nl report weekly --ahead 1d --format markdown
stdout_has "- vooruitblik: 1 dag"
ok "${TODAY[@]}" --lang nl report weekly --format html
stdout_has "te melden"
stdout_lacks "to report"
stdout_has " (binnenkort)</title>"  # the deadline chart
stdout_lacks "(soon)"
for r in "report weekly" "report av --year 2026" "report security-statement 25LZ" "report minutes 1"; do
  json_same_in_dutch 0 "${TODAY[@]}" $r
done
ok "${TODAY[@]}" --lang en report weekly --format text
stdout_has "to report"
grep -q "^ahead: *8w$" "$OUT" || fail "the look-ahead in English: $(grep ahead "$OUT")"
stdout_has "Review of contract 1"

ok "${TODAY[@]}" --lang nl report av --year 2026 --format text
stdout_has "(gewist)"
stdout_lacks "(erased)"
ok "${TODAY[@]}" --lang nl report security-statement 25LZ --format markdown
stdout_has "geen DPIA afgerond"
stdout_lacks "no DPIA completed"
ok "${TODAY[@]}" --lang nl report minutes 1 --format text
stdout_has "voorzitter"
stdout_has "(gewist)"
ok "${TODAY[@]}" --lang en report security-statement 25LZ --format json
json 'assert [x for x in d["dpias"] if x["product"] == "NIEUW"][0]["outcome"] == "no DPIA completed"'
pass
