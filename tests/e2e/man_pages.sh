# Every man page renders clean at 80 columns: no line of `MANWIDTH=80 man -l` wider than 80
# characters and no warning from man, `groff -ww -z -man` or `mandoc -Tlint`.
source "$(dirname "$0")/common.bash"
for tool in man groff mandoc; do
  command -v $tool >/dev/null || { echo "skip: $tool is missing (scripts/build installs it)"; exit 77; }
done
for page in "$SRC"/man/*.[1-8]; do
  name=$(basename "$page")
  MANWIDTH=80 MAN_KEEP_FORMATTING=0 man -l "$page" >"$OUT" 2>"$ERR" || fail "$name: man -l failed"
  [[ ! -s $ERR ]] || fail "$name: man -l warns: $(head -n 3 "$ERR")"
  "$PY" - "$OUT" "$name" <<'PY' || fail "$name: a line is wider than 80 columns"
import re, sys
text = re.sub(r".\x08", "", open(sys.argv[1], encoding="utf-8").read())  # overstrike bold/underline
wide = [l for l in text.splitlines() if len(l) > 80]
for l in wide[:3]: print(f"{sys.argv[2]}: {len(l)}: {l}", file=sys.stderr)
sys.exit(1 if wide else 0)
PY
  groff -ww -z -man "$page" 2>"$ERR" || fail "$name: groff failed"
  [[ ! -s $ERR ]] || fail "$name: groff warns: $(head -n 3 "$ERR")"
  mandoc -Tlint -W warning "$page" >"$ERR" 2>&1 || fail "$name: mandoc -Tlint warns: $(head -n 3 "$ERR")"
done
pass
