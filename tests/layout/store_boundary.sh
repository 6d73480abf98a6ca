# The store boundary: an area's SQL lives in its store.cpp; its rule files call the store's typed
# functions. A file of lib/<area>/ other than store.cpp that prepares a statement (sql(s),
# statement(s, ...), SQLite::Statement) or holds SQL text fails. The check first proves that it
# catches each kind, on planted files.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
areas=(member vote contract incident dpia budget gov)
# Prints each line of SQL in a rule file of an area under $1.
sql_in_rules() {
  local root=$1 area
  for area in "${areas[@]}"; do
    [[ -d $root/lib/$area ]] || continue
    grep -nE '\bsql\(|\bstatement\(s|SQLite::Statement|SQLiteCpp/|"[^"]*\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|PRAGMA)\b' \
      -r "$root/lib/$area" --include='*.cpp' --include='*.hpp' --exclude=store.cpp --exclude=store.hpp |
      sed "s|^$root/||"
  done
}
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
mkdir -p "$planted"/lib/{vote,member,gov}
echo '  SQLite::Statement q(db, "SELECT 1");' >"$planted/lib/vote/a.cpp"
echo '  statement(s, text).exec();' >"$planted/lib/member/b.cpp"
echo '  const char* q = "DELETE FROM role WHERE id = ?";' >"$planted/lib/gov/c.cpp"
echo '  SQLite::Statement q(sql(s), "SELECT 1");' >"$planted/lib/gov/store.cpp"
found=$(sql_in_rules "$planted" | wc -l)
[[ $found == 3 ]] || { echo "the check found $found of 3 planted rule files with SQL"; sql_in_rules "$planted"; exit 1; }
out=$(sql_in_rules .)
[[ -z $out ]] || { echo "SQL outside an area's store.cpp:"; echo "$out"; exit 1; }
