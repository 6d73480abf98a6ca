# mbov report weekly --format html: one self-contained, well-formed page with inline SVG charts
# (report_html_render.sh renders it).
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

pass
