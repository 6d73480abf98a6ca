# The installed program speaks Dutch (issue 25): `cmake --install` into a prefix, then the
# installed binary finds the catalogue under the prefix's share/locale, even beside a lib/locale
# folder (Debian's /usr/lib/locale holds the C library's locales, not mbov's). An unknown
# language is a usage error naming the languages there are.
source "$(dirname "$0")/common.bash"
build=${MBOV_BUILD_DIR:?the build folder (ctest sets it)}
prefix=$T/prefix
cmake --install "$build" --prefix "$prefix" >"$T/install.log" 2>&1 || { cat "$T/install.log" >&2; fail "cmake --install failed"; }
[[ -f $prefix/share/locale/nl/LC_MESSAGES/mbov.mo ]] || fail "no catalogue installed under share/locale"
libdir=$(dirname "$(ls "$prefix"/lib*/libmbov.so.* "$prefix"/lib/*/libmbov.so.* 2>/dev/null | head -n 1)")
mkdir -p "$libdir/locale"   # as on Debian
MBOV=$prefix/bin/mbov
unset MBOV_LOCALEDIR
ok init
unchanged_after 65 --lang nl --today 2026-13-01 member list
stderr_has "die maand bestaat niet"
LANG=nl_NL.UTF-8 LC_ALL= run member --help
stdout_has "Gebruik: mbov member"
unchanged_after 65 --today 2026-13-01 member list
stderr_has "no such month"
unchanged_after 64 --lang de member list
stderr_has "unknown language 'de' (want nl or en)"
pass
