#!/usr/bin/env bash
# Every RUNPATH/RPATH entry of the built and the installed mbov and libmbov is absolute or
# $ORIGIN-based: an empty entry (`::`) or a relative one makes the loader search the current
# directory, so a library placed there would be loaded (issue 17).
#   bash tests/build/runpath.sh PATH/TO/build/mbov
set -uo pipefail
MBOV=${1:?usage: $0 PATH/TO/mbov}
BUILD=${MBOV_BUILD_DIR:-$(dirname "$MBOV")}
command -v readelf >/dev/null || { echo "no readelf: skipped"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# check FILE: every search path entry of FILE is safe; FILE must be an ELF file.
checked=0
check() {
  local file=$1 entries
  readelf -h "$file" >/dev/null 2>&1 || { echo "FAIL: $file is not an ELF file"; exit 1; }
  entries=$(readelf -d "$file" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]$/\2/p')
  checked=$((checked + 1))
  [[ -z $entries ]] && return
  # Split on ':' keeping empty fields (a leading, trailing or doubled ':').
  local -a parts
  IFS=: read -r -a parts <<<"$entries:"
  [[ $entries == *: || $entries == :* || $entries == *::* ]] && { echo "FAIL: $file: empty RUNPATH entry in [$entries]"; exit 1; }
  for p in "${parts[@]}"; do
    [[ $p == /* || $p == '$ORIGIN' || $p == '$ORIGIN/'* ]] || { echo "FAIL: $file: relative RUNPATH entry '$p' in [$entries]"; exit 1; }
  done
}

check "$MBOV"
for lib in "$BUILD"/libmbov.so*; do [[ -L $lib ]] || check "$lib"; done
[[ -x $BUILD/unit_tests ]] && check "$BUILD/unit_tests"

cmake --install "$BUILD" --prefix "$T/prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
while IFS= read -r f; do check "$f"; done < <(find "$T/prefix" -type f \( -path '*/bin/mbov' -o -name 'libmbov.so*' \))
# The installed binary finds the installed library (relocatable), from any working directory.
out=$(cd / && "$T/prefix/bin/mbov" --version) || { echo "FAIL: the installed mbov does not start"; exit 1; }
[[ $out == mbov* ]] || { echo "FAIL: installed mbov --version printed '$out'"; exit 1; }
lib=$(cd / && ldd "$T/prefix/bin/mbov" | awk '/libmbov/ {print $3}')
[[ $lib == "$T/prefix/"* ]] || { echo "FAIL: the installed mbov loads $lib, not the installed library"; exit 1; }
((checked >= 4)) || { echo "FAIL: only $checked files checked"; exit 1; }
echo "ok: $checked files, no empty or relative RUNPATH entry"
