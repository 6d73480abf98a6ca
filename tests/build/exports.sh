#!/usr/bin/env bash
# libmbov.so exports mbov's own symbols only (cmake/libmbov.map), and exactly those of the
# committed list tests/build/libmbov.symbols: an export added or lost is a visible diff there.
# After a deliberate change of the public API, regenerate the list with
#   bash tests/build/exports.sh PATH/TO/build/mbov --update
#   bash tests/build/exports.sh PATH/TO/build/mbov
set -uo pipefail
MBOV=${1:?usage: $0 PATH/TO/mbov [--update]}
BUILD=${MBOV_BUILD_DIR:-$(dirname "$MBOV")}
LIST=$(dirname "$0")/libmbov.symbols
command -v nm >/dev/null || { echo "no nm: skipped"; exit 77; }
# Defined dynamic symbols, demangled, without their addresses and kinds.
exported=$(nm -D --defined-only -C "$BUILD/libmbov.so" | cut -d' ' -f3- | LC_ALL=C sort -u)
[[ -n $exported ]] || { echo "FAIL: libmbov.so exports nothing"; exit 1; }
foreign=$(grep -vE '^(mbov::|typeinfo for mbov::|typeinfo name for mbov::|vtable for mbov::)' <<<"$exported")
[[ -z $foreign ]] || { echo "FAIL: libmbov.so exports symbols not of mbov:"; echo "$foreign" | head -20; exit 1; }
if [[ ${2:-} == --update ]]; then
  echo "$exported" >"$LIST"
  exit 0
fi
diff <(echo "$exported") "$LIST" || { echo "FAIL: the exports differ from $LIST (< built, > committed)"; exit 1; }
