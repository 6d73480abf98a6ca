# scripts/deb's Debian packages, made from the build tree: lintian reports no error; mbov,
# libmbov<soversion> and libmbov-dev split as Debian splits a library with a program, with
# -dbgsym packages; man pages and changelogs compressed, binaries stripped, a DEP-5 copyright,
# shlibs and an ldconfig trigger (no maintainer scripts); Depends computed by dpkg-shlibdeps.
# Unpacked into a temporary root with dpkg -x, the installed binary runs, in Dutch too.
source "$(dirname "$0")/common.bash"
for tool in dpkg-deb dpkg-shlibdeps dpkg-gencontrol lintian objcopy; do
  command -v $tool >/dev/null || { echo "skip: $tool is missing"; exit 77; }
done
build=${MBOV_BUILD_DIR:?the build folder (ctest sets it)}
"$SRC/scripts/deb" "$build" "$T/pkg" >"$T/deb.log" 2>&1 || { cat "$T/deb.log" >&2; fail "scripts/deb failed (lintian errors above?)"; }
! grep -q "^E:" "$T/deb.log" || fail "lintian reports errors: $(grep "^E:" "$T/deb.log")"
# ... and scripts/deb fails when lintian reports one (a stand-in lintian that always does).
mkdir "$T/fake" && printf '#!/bin/sh\necho "E: mbov: stand-in-error"\nexit 2\n' >"$T/fake/lintian" && chmod +x "$T/fake/lintian"
! PATH="$T/fake:$PATH" "$SRC/scripts/deb" "$build" "$T/pkg2" >"$T/deb2.log" 2>&1 || fail "scripts/deb succeeded though lintian reported an error"
grep -q "^E: mbov: stand-in-error" "$T/deb2.log" || fail "scripts/deb did not show lintian's error: $(cat "$T/deb2.log")"

soname=$(objdump -p "$build"/libmbov.so | awk '$1 == "SONAME" { print $2 }')
lib=libmbov${soname#libmbov.so.}   # libmbov.so.0.1 -> libmbov0.1 (Debian policy 8.1)
for pkg in mbov "$lib" libmbov-dev mbov-dbgsym "$lib-dbgsym"; do
  ls "$T"/pkg/"${pkg}"_*.deb >/dev/null 2>&1 || fail "no $pkg package: $(ls "$T/pkg")"
done
deb() { ls "$T"/pkg/"$1"_*.deb; }
unpack() { mkdir -p "$T/$1" && dpkg-deb -x "$(deb "$1")" "$T/$1"; }
for pkg in mbov "$lib" libmbov-dev; do unpack "$pkg"; done

# What each package holds, and what it must not.
has() {  # has PACKAGE PATTERN...: every pattern matches a path in the package
  local pkg=$1 pattern
  shift
  for pattern; do compgen -G "$T/$pkg/$pattern" >/dev/null || fail "$pkg lacks /$pattern"; done
}
lacks() {
  local pkg=$1 pattern
  shift
  for pattern; do ! compgen -G "$T/$pkg/$pattern" >/dev/null || fail "$pkg holds /$pattern"; done
}
has mbov usr/bin/mbov usr/share/man/man1/mbov.1.gz usr/share/man/man5/mbov-policy.5.gz \
  usr/share/bash-completion/completions/mbov usr/share/zsh/vendor-completions/_mbov \
  usr/share/fish/vendor_completions.d/mbov.fish usr/share/locale/nl/LC_MESSAGES/mbov.mo
lacks mbov "usr/share/man/man*/*.[0-9]" "usr/lib/*/libmbov.so*" usr/include
has "$lib" "usr/lib/*/$soname" "usr/lib/*/$soname.*" "usr/lib/*/mbov/${soname#libmbov.so.}/mbov-xlsx.so"
has mbov "usr/lib/*/mbov/mbov-screen.so"
lacks mbov "usr/lib/*/mbov/*/mbov-xlsx.so"
lacks "$lib" "usr/lib/*/libmbov.so" usr/include "usr/lib/*/cmake" "usr/lib/*/pkgconfig" usr/bin
has libmbov-dev usr/include/mbov/member/member.hpp "usr/lib/*/libmbov.so" \
  "usr/lib/*/cmake/mbov/mbovConfig.cmake" "usr/lib/*/pkgconfig/mbov.pc"
lacks libmbov-dev "usr/lib/*/$soname*" usr/bin
for pkg in mbov "$lib" libmbov-dev; do
  has "$pkg" "usr/share/doc/$pkg/copyright" "usr/share/doc/$pkg/changelog.gz"
  grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
    "$T/$pkg/usr/share/doc/$pkg/copyright" || fail "$pkg's copyright is not machine-readable"
done
# The changelog is CHANGELOG.md's, in Debian's format.
zcat "$T/mbov/usr/share/doc/mbov/changelog.gz" >"$OUT"
stdout_has "mbov ($(dpkg-deb --field "$(deb mbov)" Version))"
heading=$(sed -n 's/^### //p' "$SRC/CHANGELOG.md" | head -1)
stdout_has "  * $heading:"
stdout_has " -- "
for f in "$T/mbov/usr/bin/mbov" "$T/$lib"/usr/lib/*/"$soname".*; do
  ! readelf -S "$f" | grep -q "\.debug_info" || fail "${f#"$T"/} is not stripped"
done
# The debug info is in the -dbgsym packages, found by build id.
id=$(readelf -n "$T/mbov/usr/bin/mbov" | awk '/Build ID:/ { print $3 }')
dpkg-deb -c "$(deb mbov-dbgsym)" >"$OUT"
stdout_has "usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"

# Control: shlibs and the ldconfig trigger, no maintainer scripts; Depends computed.
dpkg-deb -e "$(deb "$lib")" "$T/control"
[[ $(cat "$T/control/shlibs") == "libmbov ${soname#libmbov.so.} $lib (>= "*")" ]] || fail "shlibs: $(cat "$T/control/shlibs")"
[[ $(cat "$T/control/triggers") == "activate-noawait ldconfig" ]] || fail "triggers: $(cat "$T/control/triggers")"
for f in postinst postrm preinst prerm; do [[ ! -e $T/control/$f ]] || fail "$lib has a $f script"; done
dpkg-deb --field "$(deb mbov)" Depends >"$OUT"
stdout_has "libc6"
stdout_has "libsqlite3"
stdout_has "$lib (>= "
# libutf8proc and toml++ are compiled into libmbov (CMakeLists.txt: one library fewer each to load).
dpkg-deb --field "$(deb "$lib")" Depends >>"$OUT"
! grep -q "libutf8proc\|libtomlplusplus" "$OUT" || fail "Depends names a library libmbov no longer loads: $(cat "$OUT")"
# libxlsxwriter: the library package's, for its module mbov-xlsx.so; not the program's.
dpkg-deb --field "$(deb "$lib")" Depends | grep -q "libxlsxwriter" || fail "$lib does not depend on libxlsxwriter"
! dpkg-deb --field "$(deb mbov)" Depends | grep -q "libxlsxwriter" || fail "mbov depends on libxlsxwriter"
[[ $(dpkg-deb --field "$(deb libmbov-dev)" Depends) == "$lib (= "*")" ]] || fail "libmbov-dev does not depend on its exact $lib"

# The program and the library unpacked into one root: it runs, and finds its Dutch catalogue.
cp -a "$T/$lib/." "$T/mbov/"
# Debian's /usr/lib/locale exists (the C library's locales): the catalogue must still be found
# under /usr/share/locale (issue 25).
mkdir -p "$T/mbov/usr/lib/locale"
MBOV="$T/mbov/usr/bin/mbov"
ok --version
stdout_has "mbov "
ok init
ok --lang nl member list --format csv
ok member list --format xlsx   # mbov-xlsx.so found from the unpacked library
[[ $(head -c 4 "$OUT") == $'PK\x03\x04' ]] || fail "the unpacked mbov's --format xlsx is not a zip file"
unchanged_after 65 --lang nl --today 2026-13-01 member list
stderr_has "die maand bestaat niet"   # the catalogue found under the package's /usr/share/locale
pass
