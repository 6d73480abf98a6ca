# data/policy.toml is embedded at build time: the build graph rebuilds the built-in policy when
# the file changes, the embedding carries an edit through, and the built binary's defaults are
# the file's values.   bash tests/build/policy_embedded.sh PATH/TO/mbov   (ctest passes MBOV_BUILD_DIR)
source "$(dirname "$0")/../e2e/common.bash"
build=${MBOV_BUILD_DIR:?the build directory (ctest sets MBOV_BUILD_DIR)}
command -v ninja >/dev/null || { echo "skip: no ninja"; exit 77; }
[[ -f $build/build.ninja ]] || { echo "skip: $build is not a Ninja build"; exit 77; }

# 1. The generated source depends on data/policy.toml (so an edit rebuilds it, and the library).
ninja -C "$build" -t query generated/default_policy.cpp >"$T/query" || fail "ninja does not know the generated policy"
grep -q "data/policy.toml" "$T/query" || fail "generated/default_policy.cpp does not depend on data/policy.toml: $(cat "$T/query")"

# 2. The embedding step carries an edit through.
sed 's/^notice_months = 6/notice_months = 7/' "$SRC/data/policy.toml" >"$T/policy.toml"
grep -q "^notice_months = 7" "$T/policy.toml" || fail "the test's edit did not apply"
cmake -DPOLICY="$T/policy.toml" -DTEMPLATE="$SRC/lib/core/default_policy.cpp.in" -DOUT="$T/out.cpp" \
  -P "$SRC/cmake/embed_policy.cmake" || fail "the embedding step failed"
grep -q "^notice_months = 7" "$T/out.cpp" || fail "the edit did not reach the generated source"

# 3. The built binary's defaults are the file's current values.
ok --format json config show
want=$(sed -n 's/^notice_months = \([0-9]*\).*/\1/p' "$SRC/data/policy.toml")
json "assert {r['key']: r['value'] for r in d}['contract.notice_months'] == $want, d"
pass
