# --format xlsx (issue 26), read back by a real reader (python3-openpyxl) on the demo database:
# codes are text, money a number in the euro format, dates dates, timestamps date-times, counts
# integers, booleans booleans, the header row (labels, Dutch with --lang nl) frozen at A2.
# report weekly gets csv (a section column) and xlsx (a sheet per section). Refused (64) where a
# command has no list, and on a terminal.
source "$(dirname "$0")/common.bash"
"$PY" -c 'import openpyxl' 2>/dev/null || { echo "SKIP: python3-openpyxl is not installed (scripts/build installs it)"; exit 77; }
export MBOV_TODAY=2026-11-25
ok init --records-from 2020-01-01  # as scripts/demo makes it
for s in "$SRC"/data/demo/*.sh; do MBOV="$MBOV" bash "$s" >/dev/null 2>&1 || fail "demo script $s failed"; done
# Codes a spreadsheet would take for numbers, and a name it would take for a formula.
ok member add 0123 --name "=1+1 College" --joined 2026-01-05 --contracting-authority
ok member add 01E5 --name "Nul College" --joined 2026-02-01 --contracting-authority

# xlsx FILE 'PYTHON on wb': wb is FILE opened by openpyxl; ws its first sheet, rows its values.
xlsx() {
  "$PY" -c "import openpyxl, datetime
wb = openpyxl.load_workbook('$1')
ws = wb.worksheets[0]
rows = list(ws.iter_rows(values_only=True))
def col(name, sheet=None):
    s = sheet or ws
    return [c.value for c in s[1]].index(name) + 1
$2" 2>"$T/pyerr" || fail "xlsx check of $1 failed: $(cat "$T/pyerr")"
}

# member list: codes text (0123, 01E5 as they are), dates, a count, a boolean, a text never a formula.
ok member list --format xlsx
cp "$OUT" "$T/members.xlsx"
head -c 2 "$T/members.xlsx" | grep -q PK || fail "member list --format xlsx is not a zip file"
xlsx "$T/members.xlsx" "
assert ws.freeze_panes == 'A2', ws.freeze_panes
assert rows[0][:5] == ('code', 'name', 'city', 'contracting authority', 'joined'), rows[0]
assert all(c.font.b for c in ws[1]), 'header not bold'
codes = {r[0]: i + 1 for i, r in enumerate(rows)}
for code in ('0123', '01E5', '10AZ'):
    cell = ws.cell(codes[code], 1)
    assert cell.value == code and cell.data_type == 's', (code, cell.value, cell.data_type)
name = ws.cell(codes['0123'], col('name'))
assert name.value == '=1+1 College' and name.data_type == 's', (name.value, name.data_type)
joined = ws.cell(codes['0123'], col('joined'))
assert joined.is_date and joined.value == datetime.datetime(2026, 1, 5), (joined.value, joined.number_format)
contacts = ws.cell(codes['10AZ'], col('contacts'))
assert type(contacts.value) is int and contacts.value == 2, contacts.value
assert ws.cell(codes['10AZ'], col('contracting authority')).value is True
assert ws.cell(codes['10AZ'], col('left')).value is None
assert len(rows) == 63, len(rows)  # 60 demo members, 2 more, the header
"
# The same rows as csv: the xlsx writer shows what csv shows, typed. In csv, the codes a
# spreadsheet would read as numbers are quoted (man mbov(1)), in both dialects.
ok --csv-dialect excel member list --format csv
grep -q $'^"0123";\'=1+1 College;' "$OUT" || fail "excel csv: 0123 not quoted, or the formula not guarded"
grep -q $'^"01E5";Nul College;' "$OUT" || fail "excel csv: 01E5 not quoted"
ok member list --format csv
grep -q $'^"0123",\'=1+1 College,' "$OUT" || fail "csv: 0123 not quoted, or the formula not guarded"
grep -q '^10AZ,' "$OUT" || fail "csv: 10AZ quoted"
"$PY" - "$OUT" "$T/members.xlsx" <<'EOF' || fail "member list: csv and xlsx differ"
import csv, sys, openpyxl, datetime
want = list(csv.reader(open(sys.argv[1], newline='')))
got = list(openpyxl.load_workbook(sys.argv[2]).worksheets[0].iter_rows(values_only=True))[1:]
def text(v):
    if v is None: return ''
    if v is True or v is False: return str(v).lower()
    if isinstance(v, datetime.datetime): return v.date().isoformat()
    return str(v)
for w, g in zip(want[1:], got):
    assert [c.lstrip("'") for c in w] == [text(v) for v in g], (w, g)
assert len(want) - 1 == len(got)
EOF

# Money: a number in the euro format (budget line list, report charges).
ok budget line list 2026 --format xlsx
cp "$OUT" "$T/lines.xlsx"
xlsx "$T/lines.xlsx" "
b = ws.cell(2, col('budgeted'))
assert b.value == 250000 and b.data_type == 'n' and '€' in b.number_format and '0.00' in b.number_format, (b.value, b.number_format)
s = ws.cell(2, col('spent'))
assert abs(s.value - 208333.30) < 0.001 and '€' in s.number_format, (s.value, s.number_format)
p = ws.cell(2, col('percent'))
assert type(p.value) is int and p.number_format == 'General', (p.value, p.number_format)
assert type(ws.cell(2, col('ID')).value) is int
"
ok report charges 2026 --format xlsx
cp "$OUT" "$T/charges.xlsx"
xlsx "$T/charges.xlsx" "
assert rows[0] == ('member', 'product', 'days', 'one-off', 'yearly', 'total'), rows[0]
r = [i for i, row in enumerate(rows) if row[:2] == ('10AZ', 'CAMBO')][0] + 1
assert ws.cell(r, 5).value == 12000 and '€' in ws.cell(r, 5).number_format
assert type(ws.cell(r, 3).value) is int
"

# report deadlines: dates; check: findings.
ok report deadlines --format xlsx
cp "$OUT" "$T/deadlines.xlsx"
xlsx "$T/deadlines.xlsx" "
d = ws.cell(2, 1)
assert d.is_date and d.value == datetime.datetime(2026, 10, 1), (d.value, d.number_format)  # the first, an overdue confirmation
assert ws.freeze_panes == 'A2'
"
expect 2 check --format xlsx
cp "$OUT" "$T/check.xlsx"
xlsx "$T/check.xlsx" "assert rows[0] == ('rule', 'severity', 'subject', 'due', 'message') and len(rows) > 1, rows[0]"

# report weekly: a sheet per section (the head first, a facts section one row), timestamps as
# date-times at their local time; csv: one list with a section column.
ok report weekly --format xlsx
cp "$OUT" "$T/weekly.xlsx"
xlsx "$T/weekly.xlsx" "
assert wb.sheetnames[:3] == ['Weekly report 2026-W48', 'Summary', 'Incidents opened'], wb.sheetnames
head = list(wb['Weekly report 2026-W48'].iter_rows(values_only=True))
assert head[0][0] == 'week' and head[1][0] == '2026-W48', head
summary = wb['Summary']
assert type(summary.cell(2, 1).value) is int
opened = wb['Incidents opened']
assert opened.freeze_panes == 'A2'
at = opened.cell(2, col('opened', opened))
assert at.is_date and at.value == datetime.datetime(2026, 11, 24, 9, 0), (at.value, at.number_format)
assert all(len(n) <= 31 for n in wb.sheetnames) and len(set(wb.sheetnames)) == len(wb.sheetnames)
"
ok report weekly --format json
cp "$OUT" "$T/weekly.json"
ok report weekly --format csv
"$PY" - "$OUT" "$T/weekly.json" <<'EOF' || fail "report weekly --format csv does not hold the JSON's rows"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
d = json.load(open(sys.argv[2]))
assert rows[0]['section'] == 'head' and rows[0]['week'] == '2026-W48', rows[0]
assert rows[1]['section'] == 'summary' and rows[1]['findings_count'] == str(d['summary']['findings_count'])
for key, value in d.items():
    if isinstance(value, list):
        mine = [r for r in rows if r['section'] == key]
        assert len(mine) == len(value), (key, len(mine), len(value))
        for r, v in zip(mine, value):
            assert r.get('id', '') == ('' if v.get('id') is None else str(v.get('id', ''))), (key, r, v)
EOF

# Dutch: the header row holds the labels the table shows (label()), the sheets their titles.
ok --lang nl member list
heads=$(head -1 "$OUT")
ok --lang nl member list --format xlsx
cp "$OUT" "$T/leden.xlsx"
xlsx "$T/leden.xlsx" "
import re
table = re.split(r'  +', '''$heads'''.strip())
assert [h.upper() for h in rows[0]] == table, (rows[0], table)
assert 'naam' in rows[0] and 'lid sinds' in rows[0], rows[0]
assert ws.cell(2, col('lid sinds')).is_date
"
ok --lang nl report weekly --format xlsx
cp "$OUT" "$T/week.xlsx"
xlsx "$T/week.xlsx" "assert wb.sheetnames[:3] == ['Weekrapport 2026-W48', 'Samenvatting', 'Gemelde incidenten'], wb.sheetnames"

# Refused where a command has no list (64, nothing on stdout), and on a terminal.
for cmd in "audit verify" "config check" "member export" "report av" "report minutes 1" \
  "report security-statement 10AZ" "member contact list --emails"; do
  # shellcheck disable=SC2086
  expect 64 $cmd --format xlsx
  stdout_empty
  stderr_has "--format xlsx is not available"
done
command -v script >/dev/null || { echo "SKIP: no script(1) for the terminal case"; exit 77; }
STATUS=0
script -qec "'$MBOV' member list --format xlsx" /dev/null >"$OUT" 2>&1 </dev/null || STATUS=$?
[[ $STATUS == 64 ]] || fail "--format xlsx on a terminal exited $STATUS, want 64"
grep -q "not text for a terminal" "$OUT" || fail "--format xlsx on a terminal: no message"
grep -q "> list.xlsx" "$OUT" || fail "--format xlsx on a terminal: no hint"
! grep -q PK "$OUT" || fail "--format xlsx wrote the workbook to a terminal"
exit 0
