# What the member tests share (source after common.bash).
# board_motion DATE CODE...: an AV on DATE whose motion of kind board the members CODE... adopt
# (all present, all yes); prints the motion id. R-VOTE-8: a board appointment cites it.
board_motion() {
  local date=$1 av motion; shift
  av=$("$MBOV" vote meeting add --date "$date" --title "AV $date") || fail "board_motion: meeting"
  motion=$("$MBOV" vote motion add "$av" --kind board --title "Verkiezing bestuur") || fail "board_motion: motion"
  "$MBOV" --now "${date}T19:00" vote attend "$av" "$@" >/dev/null || fail "board_motion: attend"
  local code
  for code in "$@"; do "$MBOV" --now "${date}T19:30" vote cast "$motion" "$code" yes >/dev/null || fail "board_motion: cast"; done
  "$MBOV" --now "${date}T20:00" vote close "$motion" >/dev/null || fail "board_motion: close"
  echo "$motion"
}

# board_of_two: members 12AB and 34CD, their representatives Anna Eerst (person 1) and Bram Daarna
# (person 2) since 2024-01-01, both on the board from 2025-01-01, elected by an AV that day.
board_of_two() {
  ok init
  ok member add 12AB --name "ROC Een" --contracting-authority --joined 2020-01-01
  ok member add 34CD --name "ROC Twee" --contracting-authority --joined 2020-01-01
  ok member contact add 12AB --name "Anna Eerst" --email anna@example.nl --role representative --since 2024-01-01
  ok member contact add 34CD --name "Bram Daarna" --email bram@example.nl --role representative --since 2024-01-01
  local elected
  elected=$(board_motion 2025-01-01 12AB 34CD)
  ok member board appoint 1 --from 2025-01-01 --motion "$elected"
  ok member board appoint 2 --from 2025-01-01 --motion "$elected"
}
