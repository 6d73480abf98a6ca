#!/usr/bin/env bash
# The stateless tally over 1,000,000 ballot lines against the same count in awk, in one run:
#   bash tests/bench/vote_tally.sh PATH/TO/mbov [LINES]
# Both read the same file, find a member's second ballot and count yes/no/abstain and the advance
# ballots; mbov then applies the policy. Prints both times and, with GNU time, peak memory.
set -euo pipefail
MBOV=${1:?usage: $0 PATH/TO/mbov [LINES]}
LINES=${2:-1000000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export MBOV_DB=$T/none.db LC_ALL=C
unset MBOV_CONFIG

# Distinct members (a second ballot is an error), one in ten voting in advance.
awk -v n="$LINES" 'BEGIN {
  print "member,choice,advance"
  split("yes,yes,no,abstain,yes", c, ",")
  for (i = 1; i <= n; i++) printf "M%07d,%s,%d\n", i, c[i % 5 + 1], (i % 10 == 0)
}' >"$T/ballots.csv"
echo "input: $LINES ballot lines, $(du -h "$T/ballots.csv" | cut -f1)"

gnu_time=""
[[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null && gnu_time=/usr/bin/time

# run LABEL CMD...: wall time (and peak memory) of one command; its stdout in $T/LABEL.out
run() {
  local label=$1; shift
  local start=$EPOCHREALTIME end
  if [[ -n $gnu_time ]]; then
    "$gnu_time" -v -o "$T/$label.time" "$@" >"$T/$label.out" || [[ $? == 1 ]]
  else
    "$@" >"$T/$label.out" || [[ $? == 1 ]]
  fi
  end=$EPOCHREALTIME
  local mem=""
  [[ -n $gnu_time ]] && mem=$(awk -F': ' '/Maximum resident/ {printf ", peak %.1f MiB", $2 / 1024}' "$T/$label.time")
  local us=$((${end/./} - ${start/./}))
  printf '%-5s %d.%03d s%s\n' "$label:" $((us / 1000000)) $((us / 1000 % 1000)) "$mem"
}

run mbov "$MBOV" vote tally --ballots "$T/ballots.csv" --format json
run awk awk -F, 'NR == 1 { next }
  $1 in seen { print "line " NR ": second ballot of " $1 > "/dev/stderr"; exit 65 }
  { seen[$1] = 1; count[$2]++; if ($3 == 1) advance++ }
  END { printf "{\"yes\": %d, \"no\": %d, \"abstain\": %d, \"advance\": %d}\n", count["yes"], count["no"], count["abstain"], advance }' \
  "$T/ballots.csv"

# The same counts, or the benchmark means nothing.
python3 - "$T/mbov.out" "$T/awk.out" <<'PY'
import json, sys
m, a = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert all(m[k] == a[k] for k in ("yes", "no", "abstain", "advance")), (m, a)
print(f"same counts: yes {m['yes']}, no {m['no']}, abstain {m['abstain']}, advance {m['advance']}; "
      f"mbov: base {m['base']}, required {m['required']}, adopted {m['adopted']}")
PY
