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
