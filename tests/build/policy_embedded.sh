# data/policy.toml is compiled at build time (cmake/policy_gen.cpp): the build graph rebuilds the
# built-in policy when the file changes, the generator carries an edit through and refuses a
# broken file, and the built binary's defaults are the file's values.   bash tests/build/policy_embedded.sh PATH/TO/mbov   (ctest passes MBOV_BUILD_DIR)
source "$(dirname "$0")/../e2e/common.bash"
build=${MBOV_BUILD_DIR:?the build directory (ctest sets MBOV_BUILD_DIR)}
command -v ninja >/dev/null || { echo "skip: no ninja"; exit 77; }
[[ -f $build/build.ninja ]] || { echo "skip: $build is not a Ninja build"; exit 77; }

# 1. The generated source depends on data/policy.toml (so an edit rebuilds it, and the library).
ninja -C "$build" -t query generated/default_policy.cpp >"$T/query" || fail "ninja does not know the generated policy"
grep -q "data/policy.toml" "$T/query" || fail "generated/default_policy.cpp does not depend on data/policy.toml: $(cat "$T/query")"

# 2. The generator carries an edit through, and a broken file fails it (and so the build).
sed 's/^notice_months = 6/notice_months = 7/' "$SRC/data/policy.toml" >"$T/policy.toml"
grep -q "^notice_months = 7" "$T/policy.toml" || fail "the test's edit did not apply"
"$build/policy_gen" "$T/policy.toml" "$T/out.cpp" || fail "the generator failed"
grep -q "^  p.contract.notice_months = 7;" "$T/out.cpp" || fail "the edit did not reach the generated source"
sed 's/^notice_months = 6/notice_months = -6/' "$SRC/data/policy.toml" >"$T/broken.toml"
if "$build/policy_gen" "$T/broken.toml" "$T/broken.cpp" 2>"$T/err"; then fail "the generator took a negative notice_months"; fi
grep -q "contract.notice_months: -6 is negative" "$T/err" || fail "the generator's error: $(cat "$T/err")"
[[ ! -e $T/broken.cpp ]] || fail "the generator wrote a source for a broken file"

# 3. The built binary's defaults are the file's current values.
ok --format json config show
want=$(sed -n 's/^notice_months = \([0-9]*\).*/\1/p' "$SRC/data/policy.toml")
json "assert {r['key']: r['value'] for r in d}['contract.notice_months'] == $want, d"
pass
