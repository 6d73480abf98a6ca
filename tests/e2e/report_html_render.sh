# mbov report weekly --format html rendered in headless Chromium (Debian's chromium package):
# a real screenshot and the DOM a browser builds. Skipped (77) where chromium is absent.
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture
ok "${TODAY[@]}" report weekly --format html
cp "$OUT" "$T/week.html"
CHROMIUM=/usr/bin/chromium
if [[ ! -x $CHROMIUM ]]; then
  echo "skip: $CHROMIUM is absent (apt-get install chromium)"
  exit 77
fi
chrome() {
  timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$T")" "$@"
}
chrome --screenshot="$T/week.png" --window-size=1200,2000 "file://$T/week.html" >"$T/chrome.out" 2>&1 ||
  fail "chromium could not render the page: $(tail -n 3 "$T/chrome.out")"
[[ -s $T/week.png ]] || fail "no screenshot"
[[ $(head -c 8 "$T/week.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "the screenshot is not a PNG"
(($(stat -c %s "$T/week.png") > 30000)) || fail "the screenshot is nearly empty ($(stat -c %s "$T/week.png") bytes)"
chrome --dump-dom "file://$T/week.html" >"$T/dom.html" 2>"$T/chrome.err" || fail "chromium --dump-dom failed"
grep -q "<svg" "$T/dom.html" || fail "the rendered DOM has no svg"
grep -q "<rect" "$T/dom.html" || fail "the bar chart has no bars"
grep -q "<circle" "$T/dom.html" || fail "the timeline has no markers"
grep -q "Lijst met aanmelders" "$T/dom.html" || fail "the rendered DOM lacks the breach"
# MBOV_SCREENSHOT=PATH keeps the screenshot (docs/weekly-report.png for the README).
[[ -n ${MBOV_SCREENSHOT:-} ]] && cp "$T/week.png" "$MBOV_SCREENSHOT"
pass
