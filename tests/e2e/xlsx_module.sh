# --format xlsx's writer is the module mbov-xlsx.so, which libmbov loads only to write a workbook
# (lib/core/xlsx_book.hpp): neither mbov nor libmbov.so needs libxlsxwriter (and its libminizip,
# libcrypto, zlib) to start. Found beside libmbov (the build tree) and under <libdir>/mbov/X.Y/
# when installed; missing or broken, --format xlsx fails with exit 70 naming the file, and every
# other format still works.
source "$(dirname "$0")/common.bash"
command -v readelf >/dev/null || { echo "skip: no readelf"; exit 77; }
BUILD=$(dirname "$MBOV")
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p'; }
needed "$BUILD/mbov-xlsx.so" | grep -q '^libxlsxwriter' || fail "mbov-xlsx.so does not link libxlsxwriter: $(needed "$BUILD/mbov-xlsx.so")"
for f in "$MBOV" "$BUILD/libmbov.so"; do
  ! needed "$f" | grep -q 'xlsxwriter' || fail "$f needs libxlsxwriter"
done
ldd "$MBOV" >"$OUT"
stdout_has "libmbov.so"
stdout_lacks "libxlsxwriter"
stdout_lacks "libminizip"

export MBOV_TODAY=2026-11-25
ok init
ok member add 25LZ --name "ROC Voorbeeld" --contracting-authority
# A copy of mbov and libmbov without the module.
mkdir "$T/bin"
cp "$MBOV" "$BUILD"/libmbov.so* "$T/bin/"
MBOV=$T/bin/mbov
unchanged_after 70 member list --format xlsx
stderr_has "mbov: error: cannot load the xlsx writer: $T/bin/mbov/"
stderr_has "/mbov-xlsx.so: cannot open shared object file"
stderr_has "reinstall libmbov: mbov-xlsx.so belongs to it"
stdout_empty
ok member list --format csv
stdout_has "25LZ,"
# Broken (not a shared object): its own error, naming it.
echo "not a module" >"$T/bin/mbov-xlsx.so"
MBOV_LOCALEDIR=$BUILD/locale unchanged_after 70 --lang nl member list --format xlsx
stderr_has "$T/bin/mbov-xlsx.so"
stderr_has "kan de xlsx-schrijver niet laden"
# Beside libmbov, as in the build tree: a workbook.
cp "$BUILD/mbov-xlsx.so" "$T/bin/"
ok member list --format xlsx
[[ $(head -c 4 "$OUT") == $'PK\x03\x04' ]] || fail "member list --format xlsx beside the module is not a zip file"

# Installed (and moved: a prefix of its own): found under <libdir>/mbov/X.Y/.
cmake --install "$BUILD" --prefix "$T/prefix" >/dev/null || fail "cmake --install failed"
modules=$(find "$T/prefix" -name mbov-xlsx.so)
[[ $modules == "$T"/prefix/lib*/mbov/[0-9]*.[0-9]*/mbov-xlsx.so ]] || fail "mbov-xlsx.so installed as: $modules"
MBOV=$T/prefix/bin/mbov
ok member list --format xlsx
[[ $(head -c 4 "$OUT") == $'PK\x03\x04' ]] || fail "the installed mbov's --format xlsx is not a zip file"
rm "$modules"
expect 70 member list --format xlsx
stderr_has "$modules: cannot open shared object file"
pass
