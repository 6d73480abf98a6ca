# The unit mirror: the tests of lib/<area>/<source>.cpp are tests/unit/<area>/test_<source>.cpp
# (as ccache's unittest/test_<source>.cpp mirror its src/), so a source without tests shows. The
# exceptions are tests/layout/unit_mirror.allow, each with its reason; a line there that names no
# source without tests fails too. The check first proves itself on planted files.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
patterns() { grep -v '^#' "$1" | awk 'NF { print $1 }'; }
# Prints every lib/**/*.cpp under $1 without its mirror and matched by no pattern of the lists $2...
unmirrored() {
  local root=$1 file rel test pattern
  shift
  while read -r file; do
    rel=${file#"$root"/lib/}
    test="$root/tests/unit/$(dirname "$rel")/test_$(basename "$rel")"
    [[ -e $test ]] && continue
    for list in "$@"; do
      while read -r pattern; do
        # shellcheck disable=SC2053
        [[ lib/$rel == $pattern ]] && continue 3
      done < <(patterns "$list")
    done
    echo "lib/$rel"
  done < <(find "$root/lib" -name '*.cpp' | sort)
}
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
mkdir -p "$planted"/lib/{core,vote} "$planted"/tests/unit/vote
touch "$planted"/lib/vote/{tally,cast,labels}.cpp "$planted"/lib/core/value.cpp "$planted"/tests/unit/vote/test_tally.cpp
printf '# why\nlib/*/labels.cpp   a table\n' >"$planted/allow"
[[ $(unmirrored "$planted" "$planted/allow") == $'lib/core/value.cpp\nlib/vote/cast.cpp' ]] ||
  { echo "the check did not find exactly the 2 planted sources without tests"; exit 1; }
bad=0
out=$(unmirrored . tests/layout/unit_mirror.allow)
[[ -z $out ]] || { echo "sources without their unit tests (tests/unit/<area>/test_<source>.cpp):"; echo "$out"; bad=1; }
# Every line of the allow list must still be needed.
while read -r pattern; do
  needed=0
  for file in $pattern; do
    [[ -e $file ]] || continue
    rel=${file#lib/}
    [[ -e tests/unit/$(dirname "$rel")/test_$(basename "$rel") ]] || needed=1
  done
  ((needed)) || { echo "unit_mirror.allow: $pattern names no source without its tests; remove the line"; bad=1; }
done < <(patterns tests/layout/unit_mirror.allow)
((bad)) || echo "ok"
exit $bad
