# -DMBOV_TESTS=OFF configures without doctest (a release build needs only the five libraries),
# and registers no test.   bash tests/build/without_tests.sh PATH/TO/mbov
source "$(dirname "$0")/../e2e/common.bash"
cmake -S "$SRC" -B "$T/b" -G Ninja -DMBOV_TESTS=OFF -DCMAKE_DISABLE_FIND_PACKAGE_doctest=ON >"$T/log" 2>&1 ||
  { cat "$T/log" >&2; fail "configuring with MBOV_TESTS=OFF needs doctest"; }
ctest --test-dir "$T/b" -N >"$T/tests" 2>&1
grep -q "Total Tests: 0" "$T/tests" || fail "MBOV_TESTS=OFF still registers tests: $(tail -n 2 "$T/tests")"
pass
