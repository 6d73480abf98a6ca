# mbov report weekly --format html: one self-contained page with inline SVG charts, rendered in
# headless Chromium (Debian's chromium package).
source "$(dirname "$0")/common.bash"
source "$(dirname "$0")/report_fixture.bash"
report_fixture

ok "${TODAY[@]}" report weekly --format html
cp "$OUT" "$T/week.html"
stdout_has "<!DOCTYPE html>"
stdout_has "<title>Weekly report 2026-W48</title>"
[[ $(grep -c "<svg " "$OUT") == 2 ]] || fail "want two inline svg charts"
stdout_has "Incidents opened per week, by kind"
stdout_has "Deadlines from 2026-11-25 to 2027-01-20"
# Self-contained: nothing is fetched (no src=, no link, no script, no url()).
! grep -qiE '<script|<link|<img|src=|url\(|@import' "$OUT" || fail "the page refers to an external asset"
"$PY" - "$OUT" <<'PY' || fail "the page is not well-formed"
import sys, html.parser
class P(html.parser.HTMLParser):
    void = {"meta", "br", "hr", "img", "input", "link", "circle", "rect", "line", "path"}
    def __init__(self):
        super().__init__(); self.stack = []
    def handle_starttag(self, tag, attrs):
        if tag not in self.void: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs): pass
    def handle_endtag(self, tag):
        if tag in self.void: return
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
p = P(); p.feed(open(sys.argv[1]).read()); assert p.stack == [], p.stack
PY

CHROMIUM=/usr/bin/chromium
if [[ ! -x $CHROMIUM ]]; then
  echo "skip: $CHROMIUM is absent (apt-get install chromium); the page was checked without rendering"
  pass
  exit 0
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
