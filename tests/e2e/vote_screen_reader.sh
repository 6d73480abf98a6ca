# vote screen for a user who may only read the database (and its -wal and -shm) in a folder it
# cannot write, as read_only.sh sets it up: --once and the live page work, follow a ballot the
# owner records, and leave the files byte-identical apart from that ballot.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_screen_fixture.bash"
screen_fixture
command -v setpriv >/dev/null && [[ $(id -u) == 0 ]] || { echo "skip: needs root and setpriv to act as nobody"; exit 77; }
mkdir -m 0755 "$T/ro" "$T/bin"
# nobody runs a copy of the binary, its library and the screen's module in $T, as read_only.sh
# does: the build tree may be in a folder only root can enter (a clone under /root, mode 0700).
cp "$MBOV" "$(dirname "$MBOV")"/libmbov.so* "$(dirname "$MBOV")"/mbov-screen.so "$T/bin/"
chmod -R a+rX "$T/bin"
cp "$MBOV_DB" "$MBOV_DB-wal" "$MBOV_DB-shm" "$T/ro/"
chmod 0644 "$T/ro/"*
chmod 0755 "$T"
setpriv --reuid=nobody --regid=nogroup --clear-groups "$T/bin/mbov" --version >/dev/null 2>&1 ||
  { echo "skip: nobody cannot run $T/bin/mbov (a folder above $T is closed to other users)"; exit 77; }
mkdir -m 0777 "$T/pages"
export MBOV_DB=$T/ro/mbov.db
sum=$(cat "$T/ro/"* | sha256sum)
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/ "$T/bin/mbov" "$@"; }
as_nobody vote screen 1 --once "$T/pages/once.html" >"$OUT" 2>"$ERR" || fail "--once as a read-only user failed"
grep -qF 'class="voted">1<' "$T/pages/once.html" || fail "--once as a read-only user lacks the advance ballot"
[[ $(cat "$T/ro/"* | sha256sum) == "$sum" ]] || fail "--once as a read-only user changed the files"

PORT=$(free_port)
URL=http://127.0.0.1:$PORT
# setpriv and env exec mbov: the signal of screen_stop reaches it (a background subshell would ignore SIGINT).
setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/ "$T/bin/mbov" vote screen 1 --listen 127.0.0.1:$PORT \
  >"$T/screen.out" 2>"$T/screen.err" &
SCREEN_PID=$!
trap 'kill $SCREEN_PID 2>/dev/null; rm -rf "$T"' EXIT
for _ in $(seq 100); do
  http GET /state.json 2>/dev/null
  [[ ${HTTP_STATUS:-} == 200 ]] && break
  kill -0 $SCREEN_PID 2>/dev/null || fail "vote screen as a read-only user ended: $(cat "$T/screen.err")"
  sleep 0.1
done
[[ ${HTTP_STATUS:-} == 200 ]] || fail "vote screen as a read-only user did not answer"
[[ $(cat "$T/ro/"* | sha256sum) == "$sum" ]] || fail "the live screen of a read-only user changed the files"
ok vote cast 1 25AA yes  # the owner, in another process
for _ in $(seq 20); do
  http GET /state.json
  [[ $BODY == *'"voted": 2'* ]] && break
  sleep 0.1
done
[[ $BODY == *'"voted": 2'* ]] || fail "the read-only user's screen did not follow the ballot within 2 s: $BODY"
screen_stop INT
pass
