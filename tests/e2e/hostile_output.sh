# Safe output (issue 24): a member name and a meeting title holding CR/LF, ESC, BEL, C1, bidi and
# zero-width characters come out of the human formats and tsv escaped, never raw.
source "$(dirname "$0")/common.bash"
export MBOV_TODAY=2026-04-01
ok init
evil=$(printf 'ROC\r\nEvil \033[31mrood\a \302\233 \342\200\256lawa\342\200\213x | *b* #')
ok member add 25AB --name "$evil" --contracting-authority --joined 2020-01-01
ok member contact add 25AB --name "$evil" --email evil@example.nl
ok vote meeting add --date 2026-04-01 --title "$evil"; MEETING=$(new_id)
raw_free() {  # raw_free WHAT [tabs]: stdout holds no raw control or hidden format character
  "$PY" - "$OUT" "${2:-}" <<'PY' || fail "$1 prints a raw control or format character"
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
allowed = "\n\t" if sys.argv[2] else "\n"
bad = [c for c in text if (ord(c) < 0x20 and c not in allowed) or 0x7f <= ord(c) < 0xa0
       or 0x200b <= ord(c) <= 0x200f or 0x2028 <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069 or ord(c) == 0xfeff]
sys.exit(1 if bad else 0)
PY
}
for f in table text markdown; do
  ok report security-statement 25AB --format "$f"; raw_free "security-statement --format $f"
  ok report minutes "$MEETING" --format "$f"; raw_free "minutes --format $f"
done
ok report minutes "$MEETING" --format markdown
stdout_has '# '
stdout_lacks '*b*'
for f in table markdown; do
  ok member list --format "$f"; raw_free "member list --format $f"
  ok member contact list --format "$f"; raw_free "member contact list --format $f"
  ok vote meeting list --format "$f"; raw_free "vote meeting list --format $f"
done
for args in "member list" "member contact list" "vote meeting list"; do
  ok $args --format tsv; raw_free "$args --format tsv" tabs
done
ok member show 25AB; raw_free "member show"
expect 2 member check; raw_free "member check"
pass
