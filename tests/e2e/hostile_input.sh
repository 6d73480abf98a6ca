# Hostile input: every reader has limits (65 naming them, 78 for the policy, never an endless
# read); CSV input must be UTF-8 (UTF-16, NUL bytes, invalid UTF-8: 65 with the line, never
# stored, never echoed); ';' from the header row; control characters never reach the terminal raw;
# a '|' never reaches a check's lines; CSV cells that a spreadsheet would run are neutralised and
# still re-import; timestamps outside 1900..9998 are refused.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-03-01
ok init

# Limits, checked before memory grows.
expect 78 --config /dev/zero config show
stderr_has "not a regular file"
head -c $((300 << 10)) /dev/zero | tr '\0' '#' >"$T/huge.toml"
expect 78 --config "$T/huge.toml" config show
stderr_has "the limit of a policy file"
unchanged_after 65 member import /dev/zero
stderr_has "/dev/zero:1:"
expect 65 vote tally --ballots /dev/zero
stderr_has "/dev/zero:1:"
head -c 2000000 /dev/zero | tr '\0' x >"$T/long.csv"
unchanged_after 65 member import "$T/long.csv"
stderr_has "the limit of a line"
{ printf 'code,name,contracting_authority\n25AA,'; head -c 70000 /dev/zero | tr '\0' n; printf ',true\n'; } >"$T/field.csv"
unchanged_after 65 member import "$T/field.csv"
stderr_has "field.csv:2:2 (name): a field longer than 64 KiB (the limit of a field)"

# Timestamps and durations stay within four-digit years.
unchanged_after 65 --now 10000-01-01T10:00 incident open --kind disruption --title x
unchanged_after 65 incident open --kind disruption --title x --at 9999-06-01T10:00Z
stderr_has "from 1900 to 9998"
unchanged_after 65 incident open --kind disruption --title x --at 1899-12-31T10:00Z
expect 65 --today 9998-06-01 report deadlines --within 1000y
stderr_has "after the year 9999"

# CSV input as an office sends it: ';' and a byte order mark read; UTF-16 and invalid UTF-8 refused.
printf '\xEF\xBB\xBFcode;name;contracting_authority;city\r\n25AA;ROC Zuid;true;Breda\r\n' >"$T/excel.csv"
ok member import "$T/excel.csv"
ok member show 25AA --format json
json 'assert d["name"]=="ROC Zuid" and d["city"]=="Breda"'
printf '\xFF\xFEc\0o\0d\0e\0\n\0' >"$T/utf16.csv"
unchanged_after 65 member import "$T/utf16.csv"
stderr_has "utf16.csv:1: UTF-16"
printf 'code,name,contracting_authority\n25AB,ROC Noord,true\n25AC,Caf\xe9 \x1b[31m,true\n' >"$T/latin1.csv"
unchanged_after 65 member import "$T/latin1.csv"
stderr_has "latin1.csv:3: invalid UTF-8"
! grep -q $'\x1b\|\xe9' "$ERR" || fail "raw bytes of the input reached stderr"

# Control characters are escaped in errors and tables; '|' never reaches a check's lines.
expect 65 member show $'25\x1b[2JZZ'
! grep -q $'\x1b' "$ERR" || fail "a raw ESC reached stderr"
stderr_has '25\x1b[2JZZ'
ok member add 25AD --name $'Evil \x1b]0;pwned\x07 | ROC' --contracting-authority --joined 2020-01-01
ok member list
! grep -q $'\x1b\|\x07' "$OUT" || fail "a raw control character reached the table"
ok --now 2026-03-01T10:00 incident open --kind disruption --title $'down | up=1;;;0\nMBOV ALL OK - fake' --priority 1
expect 2 --now 2026-03-09T10:00 incident overdue
[[ $(grep -c '|' "$OUT") == 1 ]] || fail "a '|' of free text reached a check line"
[[ $(wc -l <"$OUT") == $(($(grep -c '^CRITICAL\|^WARNING' "$OUT") + 1)) ]] || fail "free text started a line of its own"
stdout_has "down ¦ up=1;;;0\\nMBOV ALL OK"

# Spreadsheet formulas in CSV cells are neutralised, and the export re-imports unchanged.
ok member add 25AE --name '=HYPERLINK("http://x","y")' --city=-Delft --contracting-authority --joined 2020-01-01
ok member add 25AF --name "@SUM(A1)" --city "'=quoted" --contracting-authority --joined 2020-01-01
ok member export
stdout_has "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
stdout_has "'-Delft"
stdout_has "'@SUM(A1)"
stdout_has "''=quoted"
! grep -q '^=\|,=\|,@\|,-D' "$OUT" || fail "a formula cell was written as is"
cp "$OUT" "$T/export.csv"
ok member list --all --format json
cp "$OUT" "$T/before.json"
mv "$MBOV_DB" "$T/old.db"; rm -f "$MBOV_DB-wal" "$MBOV_DB-shm"
ok init
ok member import "$T/export.csv"
ok member list --all --format json
cmp -s "$OUT" "$T/before.json" || fail "the export did not re-import unchanged: $(diff "$T/before.json" "$OUT")"
pass
