# Every field the sources emit has a label in a label table (lib/core/labels.cpp, and
# lib/<area>/labels.cpp for a field of one area), so that human formats never show a raw field
# name ("repeated_by") in either language; each table stays sorted, which label()'s binary search
# needs, and no field is in two tables. A static check over lib/ and cmd/: the fields are the names of
# `.add("name", …)`, column lists (`…columns{…}`, `print_list({…})`, `d.table("key", N_(…),
# {…})`, `columns.push_back("…")`) and the register's field table (`{"column", "option", N_(…)`).
source "$(dirname "$0")/common.bash"
command -v perl >/dev/null || { echo "skip: perl missing"; exit 77; }
cd "$SRC"
sources=$(git ls-files 'lib/*.cpp' 'cmd/*.cpp' 2>/dev/null || find lib cmd -name '*.cpp')
# shellcheck disable=SC2086
perl -0777 -ne '
  s{^\s*//.*$}{}mg;
  my @names = /\.add\(\s*"([a-z][a-z0-9_]*)"/g;
  push @names, /columns\w*\.(?:push_back|emplace_back)\(\s*"([a-z][a-z0-9_]*)"/g;
  my @lists = /columns\w*\s*(?:=\s*)?\{([^{}]*)\}/g;
  push @lists, /print_list\(\s*\{([^{}]*)\}/g;
  push @lists, /\.table\(\s*"[^"]*"\s*,\s*N_\("[^"]*"\)\s*,\s*\{([^{}]*)\}/g;
  push @names, /"([a-z][a-z0-9_]*)"/g for @lists;
  push @names, /^\s*\{"([a-z][a-z0-9_]*)",\s*"[a-z0-9-]+",\s*N_\(/mg;
  print "$ARGV $_\n" for @names;
' $sources >"$T/emitted" || fail "perl failed"
[[ $(wc -l <"$T/emitted") -gt 200 ]] || fail "found only $(wc -l <"$T/emitted") fields: the patterns no longer match the sources"
for table in lib/*/labels.cpp; do
  sed -nE 's/^ *\{"([a-z0-9_]+)", N_\(.*/\1/p' "$table" >"$T/table"
  [[ -s $T/table ]] || fail "$table: the table was not found"
  LC_ALL=C sort -c "$T/table" 2>"$ERR" || fail "$table: the table is not sorted by field: $(cat "$ERR")"
  cat "$T/table" >>"$T/labels"
done
[[ $(wc -l <"$T/labels") -gt 200 ]] || fail "the label tables were not found"
twice=$(sort "$T/labels" | uniq -d)
[[ -z $twice ]] || fail "fields in two label tables: $twice"
# A count, X_count, has X's label (label() strips the suffix).
missing=$(awk 'NR == FNR { labelled[$1] = 1; next } { f = $2; sub(/_count$/, "", f) } !(f in labelled) { print "  " $2 " (" $1 ")" }' "$T/labels" "$T/emitted" | sort -u)
[[ -z $missing ]] || fail "fields without a label (add them to lib/core/labels.cpp, or the one area's labels.cpp, and to po/nl.po):
$missing"
pass
