# Truthful files: a comment of lib/, cmd/ or tests/unit/ that names a source file (x.cpp, x.hpp)
# names one that exists: beside it, under lib/ or cmd/, in its area, or generated. A library
# header of another project (<CLI/Error.hpp>) is left alone. A function a comment names, as
# `name()` or `area::name`, exists: the name occurs in the code (outside comments) of lib/, cmd/
# or tests/unit/. The check first proves itself on planted comments.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
missing() {  # every file named in the comments of $@ that does not exist
  grep -rnoE '//.*' "$@" --include='*.cpp' --include='*.hpp' |
    grep -oE '^[^:]+:[0-9]+:|[A-Za-z0-9_/.-]+\.(cpp|hpp)\b' | awk '/:$/ { at = $0; next } { print at $0 }' |
    while IFS=: read -r file line name; do
      [[ $name == CLI/* || $name == /* ]] && continue  # another project's header; a pattern (*/store.hpp)
      for c in "$name" "lib/$name" "cmd/$name" "tests/unit/$name" "$(dirname "$file")/$name" \
               "$(cut -d/ -f1-2 <<<"$file")/$name"; do
        [[ -e $c ]] && continue 2
      done
      [[ $name == version.hpp || $name == default_policy.cpp ]] && continue  # generated at build time
      echo "$file:$line: names $name, which does not exist"
    done
}
unknown_functions() {  # every function named in the comments of $@ that the code of $@ lacks
  local code names
  code=$(grep -rhv '^\s*//' "$@" --include='*.cpp' --include='*.hpp' | sed 's|//.*||' | grep -oE '[A-Za-z_][A-Za-z0-9_]*' | sort -u)
  names=$(grep -rnoE '//.*' "$@" --include='*.cpp' --include='*.hpp' |
    grep -oE '^[^:]+:[0-9]+:|\b[a-z_][a-z0-9_]*\(\)|\b(core|member|vote|contract|incident|dpia|budget|gov|report|app|store|audit)::[A-Za-z_][A-Za-z0-9_]*' |
    awk '/:$/ { at = $0; next } { sub(/\(\)$/, ""); sub(/.*::/, ""); print at $0 }')
  while IFS=: read -r file line name; do
    [[ -n $name ]] && ! grep -qxF "$name" <<<"$code" && echo "$file:$line: names $name(), which does not exist"
  done <<<"$names"
}
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
echo '// see report_render.cpp, and core/check.hpp' >"$planted/a.cpp"
[[ $(missing "$planted" | wc -l) == 1 ]] || { echo "the check did not find exactly the planted stale name"; exit 1; }
printf '%s\n' '// render() writes it, as incident::load and contract::gone do' 'int render();' 'void load();' >"$planted/b.cpp"
[[ $(unknown_functions "$planted" | wc -l) == 1 ]] || { echo "the check did not find exactly the planted stale function"; exit 1; }
out=$(missing lib cmd tests/unit; unknown_functions lib cmd tests/unit)
[[ -z $out ]] || { echo "$out"; exit 1; }
