# po/GLOSSARY.md fixes one Dutch word per term: no translation in po/nl.po uses a word of its
# "not" column (whole words, case as written). The checker is tried on a catalogue that breaks
# the glossary first, so the test cannot pass by reading nothing.
source "$(dirname "$0")/common.bash"
check() {
  "$PY" - "$SRC/po/GLOSSARY.md" "$1" <<'PYEOF'
import re, sys
glossary, catalogue = sys.argv[1], sys.argv[2]
banned = []
for line in open(glossary, encoding="utf-8"):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 3 and line.startswith("|") and not cells[0].startswith("---") and cells[0] != "English":
        banned += [(w, cells[1]) for w in re.findall(r"^`([^`]+)`|, `([^`]+)`", cells[2]) for w in w if w]
if len(banned) < 10:
    sys.exit(f"{glossary}: only {len(banned)} banned words read")
# The translations: every msgstr, continuation lines joined, obsolete entries left out.
texts, current, in_str = [], None, False
for raw in open(catalogue, encoding="utf-8"):
    line = raw.rstrip("\n")
    m = re.match(r'^msgstr(?:\[\d\])? "(.*)"$', line)
    if m:
        current = [m.group(1)]; texts.append(current); in_str = True; continue
    m = re.match(r'^"(.*)"$', line)
    if m and in_str:
        current.append(m.group(1)); continue
    in_str = False
bad = 0
for parts in texts:
    text = "".join(parts)
    for word, right in banned:
        if re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
            print(f"'{word}' (use '{right}') in: {text}"); bad += 1
sys.exit(1 if bad else 0)
PYEOF
}
printf 'msgid "x"\nmsgstr "de vervanger is een bestuurder van de ALV"\n' >"$T/bad.po"
check "$T/bad.po" >"$OUT" 2>"$ERR" && fail "the checker accepts a catalogue that breaks the glossary"
stdout_has "'vervanger' (use 'plaatsvervanger')"
stdout_has "'ALV'"
check "$SRC/po/nl.po" >"$OUT" 2>"$ERR" || fail "po/nl.po breaks po/GLOSSARY.md"
pass
