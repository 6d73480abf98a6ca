# Numbers as people write them (issue 25): in Dutch table, text, markdown and html, money reads
# € 445.000,00, a percentage 85,7 %, a count 1.302 (ids and years never grouped); English and the
# data formats keep 445000.00. --csv-dialect excel writes money and decimals with a decimal comma:
# a reader that takes the file as a Dutch spreadsheet does (';', decimal comma, no thousands)
# gets numbers equal to the JSON's. (LibreOffice is not installed here: that reader stands in.)
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init
ok budget plan 2026 --goal "CAMBO live"
ok budget line add 2026 --description "Beheer" --amount 445000 --acquisition 1302,5 --life 5
ok budget line add 2026 --description "Licenties" --amount 1200.50
ok member add 25LZ --name "ROC Voorbeeld" --contracting-authority --joined 2025-01-01
ok vote meeting add --date 2026-01-20 --title "AV"
ok vote attend 1 25LZ --at 2026-01-20T09:00
ok vote motion add 1 --title "Begroting 2026" --kind budget --year 2026
ok vote cast 1 25LZ yes --at 2026-01-20T09:30
ok vote close 1 --at 2026-01-20T10:00
ok budget approve 2026 --motion 1
ok budget spend 1 --amount 381.428,57 --on 2026-02-01
ok --lang nl budget line list 2026
stdout_has "€ 445.000,00"
stdout_has "€ 381.428,57"
stdout_has "85 %"
stdout_lacks "445000.00"
ok --lang nl budget show 2026
grep -qE "^begroot: +€ 446\.200,50$" "$OUT" || fail "begroot: € 446.200,50"
ok --lang nl budget line list 2026 --format markdown
stdout_has "| € 445.000,00 |"
ok budget line list 2026
stdout_has "445000.00"
stdout_lacks "€"
ok --lang nl budget line list 2026 --format csv
stdout_has "445000.00"
stdout_lacks "€"
json_same_in_dutch 0 budget line list 2026

# Excel's dialect: every money cell with a decimal comma, read back as the JSON's numbers.
ok budget line list 2026 --format json
cp "$OUT" "$T/lines.json"
ok budget line list 2026 --format csv --csv-dialect excel
"$PY" - "$OUT" "$T/lines.json" <<'PYEOF' || fail "a Dutch spreadsheet reads the excel CSV wrongly"
import csv, json, re, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
want = json.load(open(sys.argv[2]))
def dutch(cell):  # what a Dutch spreadsheet makes of a cell: a number only with a decimal comma
    return float(cell.replace(",", ".")) if re.fullmatch(r"-?\d+(,\d+)?", cell) else cell
for row, w in zip(rows, want):
    for field in ("budgeted", "spent", "left"):
        if w[field] is None: continue
        assert re.fullmatch(r"-?\d+,\d\d", row[field]), (field, row[field])
        assert dutch(row[field]) == w[field], (field, row[field], w[field])
assert len(rows) == len(want) == 2
PYEOF

pass
