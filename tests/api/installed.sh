#!/usr/bin/env bash
# Installs the built mbov into a temporary prefix, builds tests/api/list_members against the
# installed library twice (CMake package, pkg-config), and runs it on a database the installed
# mbov made.   bash tests/api/installed.sh PATH/TO/mbov   (ctest passes MBOV_BUILD_DIR)
source "$(dirname "$0")/../e2e/common.bash"
build=${MBOV_BUILD_DIR:?the build directory (ctest sets MBOV_BUILD_DIR)}
prefix=$T/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install failed"
[[ -f $prefix/include/mbov/member/member.hpp ]] || fail "public headers not installed"
[[ ! -e $prefix/include/mbov/core/sql.hpp ]] || fail "an internal header was installed"
! grep -rq "SQLiteCpp\|SQLite::" "$prefix/include/mbov" || fail "a public header names SQLiteCpp"

cmake -S "$SRC/tests/api" -B "$T/b" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >"$T/cmake.log" 2>&1 ||
  { cat "$T/cmake.log" >&2; fail "find_package(mbov) failed"; }
cmake --build "$T/b" >"$T/build.log" 2>&1 || { cat "$T/build.log" >&2; fail "list_members did not build"; }

libdir=$(dirname "$(find "$prefix" -name mbov.pc | head -n 1)")
[[ -n $libdir ]] || fail "no mbov.pc installed"
# shellcheck disable=SC2046
c++ -std=c++20 -o "$T/list_pc" "$SRC/tests/api/list_members.cpp" $(PKG_CONFIG_PATH=$libdir pkg-config --cflags --libs mbov) \
  -Wl,-rpath,"$(dirname "$libdir")" 2>"$T/pc.log" || { cat "$T/pc.log" >&2; fail "pkg-config build failed"; }

MBOV=$prefix/bin/mbov
ok init
ok --today 2026-03-01 member add 25LZ --name "ROC Voorbeeld" --contracting-authority
ok --today 2026-03-01 member add 01AB --name "Lid Een" --contracting-authority
for program in "$T/b/list_members" "$T/list_pc"; do
  got=$("$program" "$MBOV_DB" 2026-03-02) || fail "$program exited $?"
  [[ $got == $'01AB Lid Een\n25LZ ROC Voorbeeld' ]] || fail "$program printed '$got'"
  status=0; "$program" "$T/absent.db" 2026-03-02 2>/dev/null || status=$?
  [[ $status == 66 ]] || fail "$program on a missing database exited $status, want 66"
done
pass
