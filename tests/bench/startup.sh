# Start-up cost: `mbov --version` and `mbov config show` against `sqlite3 DB 'select 1'`,
# the median wall time of many runs each (aim: mbov within 1.3x of sqlite3).
set -euo pipefail
MBOV=${1:?usage: $0 PATH/TO/mbov}
runs=${RUNS:-300}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export MBOV_DB=$T/b.db HOME=$T XDG_CONFIG_HOME=$T/c
"$MBOV" -q init 2>/dev/null
median() {  # median NAME CMD...: median microseconds of $runs runs
  local name=$1; shift
  local times=()
  for ((i = 0; i < runs; i++)); do
    local a=$EPOCHREALTIME
    "$@" >/dev/null
    local b=$EPOCHREALTIME
    times+=($(( (${b/./} - ${a/./}) )))
  done
  local m; m=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$((runs / 2 + 1))p")
  printf '%-28s %6d us\n' "$name" "$m"
  echo "$m"  >"$T/$name"
}
median sqlite3-select-1 sqlite3 "$MBOV_DB" 'select 1'
median mbov--version "$MBOV" --version
median mbov-config-show "$MBOV" config show
s=$(cat "$T/sqlite3-select-1")
for n in mbov--version mbov-config-show; do
  awk -v a="$(cat "$T/$n")" -v b="$s" -v n="$n" 'BEGIN { printf "%-28s %.2fx sqlite3\n", n, a / b }'
done
