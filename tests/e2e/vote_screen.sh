# mbov vote screen without a browser: GET only (405 for every other method, nothing written), the
# JSON state as documented, --once writes the page with no script, a port in use is 75, bad
# input 65/73 with the database unchanged, SIGINT and SIGTERM end it with exit 0.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_screen_fixture.bash"
screen_fixture
ok vote cast 1 25AA yes
ok vote cast 1 25AB no
ok vote close 1
ok vote motion add 1 --title "Jaarplan 2027, opnieuw" --repeats 1

# Bad input: 65 naming what is wrong, 73 for a file it cannot create; nothing changed.
unchanged_after 65 vote screen 1 --listen 127.0.0.1
stderr_has "--listen 127.0.0.1 is not ADDR:PORT"
unchanged_after 65 vote screen 1 --listen 127.0.0.1:99999
unchanged_after 65 vote screen 1 --listen :8080
unchanged_after 65 vote screen 9 --listen 127.0.0.1:$(free_port)
stderr_has "no meeting 9"
unchanged_after 65 vote screen 9 --once "$T/nine.html"
[[ ! -e $T/nine.html ]] || fail "--once wrote a page for an unknown meeting"
unchanged_after 73 vote screen 1 --once "$T/no/such/folder/page.html"
stderr_has "cannot create $T/no/such/folder/page.html"
unchanged_after 64 vote screen
expect 66 --db "$T/missing.db" vote screen 1 --listen 127.0.0.1:$(free_port)
[[ ! -e $T/missing.db ]] || fail "vote screen created a database"

# --once: the page of this moment, self-contained, no script, the stored result.
ok vote screen 1 --once "$T/once.html"
stdout_empty
grep -qF '<td class="yes">2</td>' "$T/once.html" || fail "--once lacks the stored result"
grep -qF 'data-status="open"' "$T/once.html" || fail "--once lacks the open motion"
grep -qF 're-vote of motion 1' "$T/once.html" || fail "--once lacks the re-vote"
grep -qF 'repeated by motion 3' "$T/once.html" || fail "--once lacks the re-vote's link"
grep -qi '<script' "$T/once.html" && fail "--once has a script"
grep -qE '(src|href)=' "$T/once.html" && fail "--once refers to another file"
grep -qF '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;' "$T/once.html" || fail "the hostile title is not escaped"
grep -qF 'ROC 25AA' "$T/once.html" && fail "names without --names"
ok vote screen 1 --once "$T/named.html" --names
grep -qF 'ROC 25AA' "$T/named.html" || fail "--names shows no names"
ok --lang nl vote screen 1 --once "$T/nl.html"
grep -qF 'Algemene Vergadering van 4 mei 2026' "$T/nl.html" || fail "--lang nl: the heading is not Dutch"

# Live: GET only; the JSON state; the same page as --once but with its script.
before=$(snapshot)
screen_start
http GET /state.json
[[ $HTTP_STATUS == 200 ]] || fail "GET /state.json: $HTTP_STATUS"
printf '%s' "$BODY" >"$OUT"
json 'm = d["motions"]; assert d["meeting"] == 1 and d["present"] == 3 and d["advance"] == 1, d
assert m[0]["status"] == "closed" and (m[0]["yes"], m[0]["no"], m[0]["adopted"]) == (2, 1, False), m[0]
assert m[1]["status"] == "open" and m[1]["voted"] == 0 and m[1]["base"] == 3 and "yes" not in m[1], m[1]
assert m[2]["repeats"] == 1 and m[0]["repeated_by"] == [3], m
assert "present_members" not in d'
ok vote show 1 --format json
cp "$OUT" "$T/show.json"
printf '%s' "$BODY" >"$OUT"
json 'show = json.load(open("'"$T"'/show.json")); show.pop("votes")
state = d["motions"][0]; state.pop("status")
assert state == show, (state, show)'
for method in POST PUT DELETE PATCH; do
  http $method /
  [[ $HTTP_STATUS == 405 ]] || fail "$method / answered $HTTP_STATUS, want 405"
done
http GET /nothing
[[ $HTTP_STATUS == 404 ]] || fail "GET /nothing answered $HTTP_STATUS, want 404"
http GET /
[[ $HTTP_STATUS == 200 ]] || fail "GET /: $HTTP_STATUS"
grep -qF '<script>' <<<"$BODY" || fail "the live page has no script"
# The page's CSP names the hash of its one inline script and its one style (a browser runs nothing else).
printf '%s' "$BODY" >"$T/page.html"
"$PY" - "$T/page.html" <<'PY' || fail "the CSP does not match the page's script and style"
import base64, hashlib, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
for tag in ("script", "style"):
    body = re.search(f"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
    assert f"{tag}-src 'sha256-{digest}'" in csp, (tag, csp)
PY

# A port in use: 75, and the running screen is untouched.
expect 75 vote screen 1 --listen 127.0.0.1:$PORT
stderr_has "cannot listen on 127.0.0.1:$PORT"
http GET /state.json
[[ $HTTP_STATUS == 200 ]] || fail "the first screen stopped answering"

# An event within 2 s of a ballot recorded by another process.
"$PY" - "$URL/events" >"$T/events" <<'PY' &
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=10) as r:
    for line in r:
        line = line.decode()
        print(line, end="", flush=True)
        if 'class="voted">1<' in line:
            break
PY
reader=$!
sleep 0.5
ok vote cast 2 25AA yes
for _ in $(seq 20); do kill -0 $reader 2>/dev/null || break; sleep 0.1; done
kill -0 $reader 2>/dev/null && { kill $reader; fail "no event within 2 s of the ballot: $(head -c 500 "$T/events")"; }
wait $reader || fail "the event reader failed"
screen_stop TERM
ok vote cast 2 25AB no
after=$(snapshot)
screen_start --names
http GET /state.json
printf '%s' "$BODY" >"$OUT"
json 'assert [m["member"] for m in d["present_members"]] == ["25AA", "25AB", "25AC"], d'
screen_stop INT
[[ $(snapshot) == "$after" ]] || fail "vote screen changed the database"
pass
