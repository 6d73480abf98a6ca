# mbov vote screen in headless Chromium (Debian's chromium, driven over the DevTools protocol by
# cdp.py): the page follows ballots and the close made by other mbov processes within 2 s,
# without reloading; the open motion shows only how many voted, the closed one the stored result
# of `vote tally`; a hostile motion title is text and runs no script; no console error or CSP
# violation. Skipped (77) where chromium is absent.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/vote_screen_fixture.bash"
CHROMIUM=/usr/bin/chromium
[[ -x $CHROMIUM ]] || { echo "skip: $CHROMIUM is absent (apt-get install chromium)"; exit 77; }
screen_fixture
screen_start

q() { echo "document.querySelector('$1')"; }  # a selector as JS
text() { echo "($(q "$1")||{}).textContent"; }
cat >"$T/steps.json" <<JSON
[
 {"what": "the page: 3 present, 1 in advance, motion 1 open with 1 of 4 voted",
  "until": "$(text '#present') === '3' && $(text '#advance') === '1' && $(text '#motion-1 .voted') === '1' && $(text '#motion-1 .base') === '4'",
  "within": 10},
 {"what": "the hostile title is the heading's text; the page's one script is its own",
  "until": "$(text '#motion-1 h2') === 'Motion 1: $HOSTILE' && document.scripts.length === 1 && !$(q '#motion-1 h2 script')",
  "within": 1},
 {"what": "a ballot cast in another process shows within 2 s, and not its choice",
  "run": ["$MBOV", "vote", "cast", "1", "25AA", "yes"],
  "until": "$(text '#motion-1 .voted') === '2' && !$(q '#motion-1 .yes') && $(q '#motion-1').dataset.status === 'open'",
  "within": 2},
 {"what": "two more ballots",
  "run": ["$MBOV", "vote", "cast", "1", "25AB", "no"],
  "until": "$(text '#motion-1 .voted') === '3'", "within": 2},
 {"what": "the third",
  "run": ["$MBOV", "vote", "cast", "1", "25AC", "yes"],
  "until": "$(text '#motion-1 .voted') === '4'", "within": 2},
 {"what": "the close shows the stored result within 2 s",
  "run": ["$MBOV", "vote", "close", "1"],
  "until": "$(q '#motion-1').dataset.status === 'adopted' && $(text '#motion-1 td.yes') === '3' && $(text '#motion-1 td.no') === '1' && $(text '#motion-1 td.abstain') === '0' && $(text '#motion-1 td.base') === '4'",
  "within": 2},
 {"what": "a member who leaves",
  "run": ["$MBOV", "vote", "leave", "1", "25AC", "--reason", "$HOSTILE"],
  "until": "$(text '#present') === '2' && ($(text '.left li')||'').includes('$HOSTILE')",
  "within": 2}
]
JSON
"$PY" "$SRC/tests/e2e/cdp.py" "$CHROMIUM" "$URL/" "$T/steps.json" >"$OUT" 2>"$ERR" || fail "the page did not follow the evening"
cat "$OUT"

# What the browser showed is what `vote tally` stored.
ok vote tally 1 --format json
json 'assert (d["yes"], d["no"], d["abstain"], d["base"], d["adopted"]) == (3, 1, 0, 4, True), d'
http GET /
grep -qF '<td class="yes">3</td>' <<<"$BODY" || fail "GET / lacks the stored yes"
screen_stop INT
pass
