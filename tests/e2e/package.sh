# scripts/package's .deb (CPack): unpacked into a temporary root with dpkg -x, it holds the binary,
# the library, the man pages, the completions, the Dutch catalogue and the LICENSE; its Depends
# were computed (dpkg-shlibdeps); the installed binary runs, in Dutch too.
source "$(dirname "$0")/common.bash"
for tool in dpkg-deb dpkg-shlibdeps cpack; do
  command -v $tool >/dev/null || { echo "skip: $tool is missing"; exit 77; }
done
build=${MBOV_BUILD_DIR:?the build folder (ctest sets it)}
cpack --config "$build/CPackConfig.cmake" -B "$T/pkg" >"$T/cpack.log" 2>&1 || { cat "$T/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$T"/pkg/mbov_*.deb) || fail "no .deb made"
dpkg-deb --field "$deb" Depends >"$OUT"
stdout_has "libc6"
stdout_has "libsqlite3"
# libutf8proc and toml++ are compiled into libmbov (CMakeLists.txt: one library fewer each to load).
! grep -q "libutf8proc\|libtomlplusplus" "$OUT" || fail "Depends names a library libmbov no longer loads: $(cat "$OUT")"
root=$T/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/mbov usr/share/man/man1/mbov.1 usr/share/man/man5/mbov-policy.5 \
  usr/share/bash-completion/completions/mbov usr/share/zsh/vendor-completions/_mbov \
  usr/share/fish/vendor_completions.d/mbov.fish usr/share/locale/nl/LC_MESSAGES/mbov.mo \
  usr/share/doc/mbov/LICENSE; do
  [[ -e $root/$f ]] || fail "the package lacks /$f"
done
ls "$root"/usr/lib*/libmbov.so.* >/dev/null 2>&1 || ls "$root"/usr/lib/*/libmbov.so.* >/dev/null 2>&1 || fail "the package lacks libmbov.so"
# Debian's /usr/lib/locale exists (the C library's locales): the catalogue must still be found
# under /usr/share/locale (issue 25).
mkdir -p "$root/usr/lib/locale"
MBOV="$root/usr/bin/mbov"
ok --version
stdout_has "mbov "
ok init
ok --lang nl member list --format csv
unchanged_after 65 --lang nl --today 2026-13-01 member list
stderr_has "die maand bestaat niet"   # the catalogue found under the package's /usr/share/locale
pass
