# Every unit test runs under ctest: doctest_discover_tests registers a test case by its name, and a
# name holding ';' is split by CMake into two tests that each match no case, run nothing and pass
# (46 cases did so, three of them failing). The check first proves that it catches such a name,
# on a planted file.
set -uo pipefail
cd "${MBOV_SOURCE_DIR:-$(dirname "$0")/../..}"
bad_names() { grep -rnE 'TEST_CASE\("([^"\\]|\\.)*;' "$1" --include='*.cpp'; }
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
echo 'TEST_CASE("one thing; another") {}' >"$planted/test_a.cpp"
[[ $(bad_names "$planted" | wc -l) == 1 ]] || { echo "the check missed the planted name"; exit 1; }
out=$(bad_names tests/unit)
[[ -z $out ]] || { echo "test names that ctest cannot run:"; echo "$out"; exit 1; }
echo "ok"
