# po/nl.po: every message of the sources listed in po/POTFILES is in it, translated, none fuzzy;
# msgfmt --check accepts it; every source that marks a message is in po/POTFILES. (po/update regenerates the template and merges it in.)
source "$(dirname "$0")/common.bash"
command -v xgettext >/dev/null && command -v msgcmp >/dev/null || { echo "skip: gettext tools missing"; exit 77; }
cd "$SRC"
# Every source that marks a message is listed: a file missing from POTFILES would turn its
# messages obsolete at the next po/update, and English in Dutch output.
for f in $(git ls-files 'lib/*.cpp' 'lib/*.hpp' 'cmd/*.cpp' 'cmd/*.hpp' 2>/dev/null || find lib cmd -name '*.[ch]pp'); do
  grep -vE '^\s*//' "$f" | grep -qE '\b(tr|tr_n|N_|msg|msg_n|say)\("' && ! grep -qxF "$f" po/POTFILES &&
    fail "po/POTFILES lacks $f"
done
xgettext --language=C++ --from-code=UTF-8 --keyword=tr --keyword=tr_n:1,2 --keyword=N_ --keyword=msg --keyword=msg_n:1,2 --keyword=say \
  -o "$T/now.pot" --files-from=po/POTFILES 2>"$ERR" || fail "xgettext failed"
for po in po/*.po; do
  msgfmt --check -o /dev/null "$po" 2>"$ERR" || fail "$po: msgfmt --check fails"
  msgcmp --use-untranslated "$po" "$T/now.pot" 2>"$ERR" || fail "$po lacks messages of the sources (run po/update, then translate)"
  msgattrib --untranslated --no-obsolete "$po" >"$OUT" 2>"$ERR"
  [[ ! -s $OUT ]] || fail "$po has untranslated messages"
  msgattrib --only-fuzzy --no-obsolete "$po" >"$OUT" 2>"$ERR"
  [[ ! -s $OUT ]] || fail "$po has fuzzy messages"
  # Every translation has its message's replacement fields (mbov ignores one that does not).
  "$PY" - "$po" >"$OUT" 2>"$ERR" <<'PY' || fail "$po: a translation's placeholders differ from its message's"
import re, sys
def fields(s):
    return sorted(re.findall(r"(?<!\{)\{[^{}]*\}", s.replace("{{", "").replace("}}", "")))
entries, cur, key = [], {}, None
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        if cur: entries.append(cur)
        cur, key = {}, None
    elif line.startswith("#"):
        continue
    elif line.startswith('"'):
        cur[key] += eval(line)
    else:
        key, _, text = line.partition(" ")
        cur[key] = eval(text)
if cur: entries.append(cur)
bad = []
for e in entries:
    if not e.get("msgid"): continue
    want = [fields(e["msgid"]), fields(e.get("msgid_plural", e["msgid"]))]
    for k, v in e.items():
        if k.startswith("msgstr") and v and fields(v) not in want: bad.append((e["msgid"], v))
for m, t in bad: print(f"{m!r} -> {t!r}")
sys.exit(1 if bad else 0)
PY
done
pass
