# The evening of the vote screen tests (sourced after common.bash): four members, meeting 1 with
# motion 1 (a hostile title) and motion 2, 25AA-25AC present, 25AD voting in advance on motion 1.
# screen_start ARGS...: `vote screen 1` on a free port in the background ($SCREEN_PID, $URL);
# http METHOD PATH: the status of one request ($BODY holds the answer).
export MBOV_TODAY=2026-05-04 MBOV_NOW=2026-05-04T20:00
HOSTILE='</script><script>alert(1)</script>'
screen_fixture() {
  ok init
  for code in 25AA 25AB 25AC 25AD; do ok member add $code --name "ROC $code" --contracting-authority --joined 2020-01-01; done
  ok vote meeting add --date 2026-05-04 --title "Voorjaarsvergadering"
  ok vote motion add 1 --title "$HOSTILE"
  ok vote motion add 1 --title "Jaarplan 2027"
  ok vote cast 1 25AD yes --advance --at 2026-05-01T10:00
  ok vote attend 1 25AA 25AB 25AC --at 2026-05-04T19:00
}
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
http() {
  BODY=$("$PY" - "$1" "$URL$2" <<'PY'
import sys, urllib.request, urllib.error
req = urllib.request.Request(sys.argv[2], method=sys.argv[1], data=b"x" if sys.argv[1] in ("POST", "PUT") else None)
try:
    with urllib.request.urlopen(req, timeout=5) as r:
        print(r.status); print(r.read().decode())
except urllib.error.HTTPError as e:
    print(e.code); print(e.read().decode())
PY
  )
  HTTP_STATUS=${BODY%%$'\n'*}
  BODY=${BODY#*$'\n'}
}
screen_start() {
  PORT=$(free_port)
  URL=http://127.0.0.1:$PORT
  "$MBOV" vote screen 1 --listen 127.0.0.1:$PORT "$@" >"$T/screen.out" 2>"$T/screen.err" &
  SCREEN_PID=$!
  trap 'kill $SCREEN_PID 2>/dev/null; rm -rf "$T"' EXIT  # a failed test leaves no server behind
  for _ in $(seq 100); do
    http GET /state.json 2>/dev/null
    [[ ${HTTP_STATUS:-} == 200 ]] && return 0
    kill -0 $SCREEN_PID 2>/dev/null || fail "vote screen ended: $(cat "$T/screen.err")"
    sleep 0.1
  done
  fail "vote screen did not answer on $URL: $(cat "$T/screen.err")"
}
# screen_stop SIGNAL: the server ends on it with exit 0.
screen_stop() {
  kill -"$1" $SCREEN_PID
  for _ in $(seq 100); do kill -0 $SCREEN_PID 2>/dev/null || break; sleep 0.1; done
  kill -0 $SCREEN_PID 2>/dev/null && { kill -KILL $SCREEN_PID; fail "vote screen still runs 10 s after SIG$1"; }
  local status=0
  wait $SCREEN_PID || status=$?
  [[ $status == 0 ]] || fail "vote screen exited $status on SIG$1, want 0: $(cat "$T/screen.err")"
}
