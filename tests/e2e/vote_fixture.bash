# Shared set-up of the vote tests (sourced after common.bash). The member commands belong to
# another area, so members are rows written straight into the table here.
T_DAY=(--today 2026-04-01)

# members CODE[:JOINED[:LEFT_ON]]...: registers members (joined 2020-01-01 unless given)
members() {
  local spec code joined left
  for spec in "$@"; do
    IFS=: read -r code joined left <<<"$spec"
    sqlite3 "$MBOV_DB" "INSERT INTO member (code, name, contracting_authority, joined, left_on)
      VALUES ('$code', 'Lid $code', 1, '${joined:-2020-01-01}', $([[ -n $left ]] && echo "'$left'" || echo NULL))" ||
      fail "cannot insert member $code"
  done
}

# assembly N: init, members M1..MN, an AV meeting on 2026-04-01 ($MEETING) with all N present,
# and one open motion on it ($MOTION)
assembly() {
  ok init
  local codes=() i
  for ((i = 1; i <= $1; i++)); do codes+=("M$i"); done
  members "${codes[@]}"
  ok "${T_DAY[@]}" vote meeting add --date 2026-04-01 --title "AV voorjaar"; MEETING=$(new_id)
  ok "${T_DAY[@]}" vote attend "$MEETING" "${codes[@]}"
  ok "${T_DAY[@]}" vote motion add "$MEETING" --title "Motie"; MOTION=$(new_id)
}

# votes CHOICE...: M1 casts the first choice in person, M2 the second, ...; "-" casts nothing
votes() {
  local i=0 c
  for c in "$@"; do
    i=$((i + 1))
    [[ $c == - ]] || ok "${T_DAY[@]}" vote cast "$MOTION" "M$i" "$c"
  done
}

# tally_is EXIT 'PYTHON ASSERTION on d': the stored tally of $MOTION in JSON
tally_is() {
  expect "$1" "${T_DAY[@]}" vote tally "$MOTION" --format json "${@:3}"
  json "$2"
}
