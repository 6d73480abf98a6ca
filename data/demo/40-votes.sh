#!/usr/bin/env bash
# Demo data: the two General Assemblies of 2026 with their motions, attendance and ballots
# (fictional). Members come from 10-members.sh; their codes are read, never assumed.
#   env: MBOV (the binary), MBOV_DB, MBOV_TODAY=2026-11-25
set -euo pipefail
: "${MBOV:?}" "${MBOV_DB:?}"

# The members with a vote on a day (R-VOTE-2: through their last day), one code a line.
voters() {
  sqlite3 "$MBOV_DB" "SELECT code FROM member WHERE joined <= '$1' AND (left_on IS NULL OR left_on >= '$1') ORDER BY code"
}
# choice N: a spread of opinions, mostly yes
choice() { case $(($1 % 7)) in 3) echo no ;; 5) echo abstain ;; *) echo yes ;; esac; }

# evening DATE TITLE: an AV meeting; most voters attend, the last one votes in advance only and
# the first one present also voted in advance (its in-person ballot replaces that, R-VOTE-5).
evening() {
  local date=$1 title=$2 av; shift 2
  mapfile -t codes < <(voters "$date")
  ((${#codes[@]} >= 3)) || { echo "40-votes: fewer than 3 members on $date, no AV" >&2; return; }
  av=$("$MBOV" vote meeting add --date "$date" --title "$title")
  local n=${#codes[@]} absent=${codes[-1]} present=("${codes[@]:0:${#codes[@]}-1}")
  local motion kind i year
  for spec in "$@"; do
    kind=${spec%%:*}
    year=()  # a budget motion names its year (R-FIN-2): the title's last word
    [[ $kind == budget ]] && year=(--year "${spec##* }")
    motion=$("$MBOV" vote motion add "$av" --kind "$kind" --title "${spec#*:}" "${year[@]}")
    "$MBOV" vote cast "$motion" "$absent" yes --advance --at "${date}T09:00" >/dev/null
    "$MBOV" vote cast "$motion" "${present[0]}" no --advance --at "${date}T09:30" >/dev/null
    if [[ -z ${attended:-} ]]; then
      "$MBOV" --now "${date}T19:30" vote attend "$av" "${present[@]}"
      attended=1
    fi
    for ((i = 0; i < ${#present[@]}; i++)); do
      # kind pdc gets a few more objections: a motion that needs its 2/3
      local c; c=$(choice $((i + ${#kind})))
      "$MBOV" -q --now "${date}T20:00" vote cast "$motion" "${present[i]}" "$c"
    done
    "$MBOV" --now "${date}T21:00" vote close "$motion"
    "$MBOV" vote tally "$motion" >/dev/null || true  # 1 = not adopted: part of the demo
  done
  unset attended
  echo "40-votes: AV $date ($title): $((n - 1)) present, 1 in advance" >&2
}

# Last year's two assemblies, kept as meetings only (R-VOTE-1 counts meetings held).
"$MBOV" vote meeting add --date 2025-04-16 --title "Voorjaarsvergadering 2025" >/dev/null
"$MBOV" vote meeting add --date 2025-11-19 --title "Najaarsvergadering 2025" >/dev/null
evening 2026-04-15 "Voorjaarsvergadering" \
  "budget:Jaarrekening 2025" \
  "pdc:PDC 3.0: verlenging van contracten met 2 jaar" \
  "ordinary:Vergaderschema 2027"
evening 2026-11-18 "Najaarsvergadering" \
  "budget:Jaarplan en begroting 2027" \
  "board:Herbenoeming bestuurslid" \
  "pdc:PDC 3.1: DPIA elke 3 jaar"
