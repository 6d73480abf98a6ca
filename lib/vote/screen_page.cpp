// `vote screen`'s page: large type that reads from the back of a room, light or dark by the
// viewer's setting, one self-contained file (inline style; when live, one inline script that
// follows GET /events). Every text from the records is escaped; the Content-Security-Policy
// allows nothing but the page's own style and script (by their hashes) and its events.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/i18n.hpp>
#include "core/text.hpp"
#include <mbov/core/output.hpp>
#include "core/sha256.hpp"
#include <mbov/vote/screen.hpp>

namespace mbov::vote {
namespace {

constexpr const char* style = R"css(
:root { color-scheme: light dark; --fg: #111; --bg: #fff; --dim: #555; --line: #bbb; --yes: #006d3b; --no: #b00020; --accent: #0057a0; }
@media (prefers-color-scheme: dark) { :root { --fg: #f2f2f2; --bg: #111; --dim: #aaa; --line: #555; --yes: #5fd39b; --no: #ff7a8a; --accent: #7cc0ff; } }
html { font-size: clamp(18px, 2.4vw, 44px); }
body { font-family: sans-serif; color: var(--fg); background: var(--bg); margin: 0; padding: 1rem 2rem; line-height: 1.3; }
h1 { font-size: 2rem; margin: 0 0 .3rem; }
h2 { font-size: 1.4rem; margin: 0 0 .4rem; }
.sub, .dim { color: var(--dim); }
.counts { font-size: 1.4rem; }
.counts b, .progress b { font-size: 1.8rem; }
.names { font-size: .9rem; color: var(--dim); }
section { border-top: 3px solid var(--line); padding: .8rem 0; }
section.open { border-top-color: var(--accent); }
table.result { border-collapse: collapse; font-size: 1.4rem; margin: .3rem 0; }
table.result th, table.result td { border: 2px solid var(--line); padding: .2rem 1rem; text-align: center; }
table.result th { text-transform: capitalize; font-weight: normal; color: var(--dim); }
td.yes { color: var(--yes); font-weight: bold; }
td.no { color: var(--no); font-weight: bold; }
.verdict { font-size: 1.8rem; font-weight: bold; margin: .3rem 0; }
.adopted .verdict { color: var(--yes); }
.rejected .verdict { color: var(--no); }
.arith { font-size: 1.3rem; }
.rule { font-size: .8rem; color: var(--dim); }
ul { margin: .2rem 0; }
.offline main { opacity: .5; }
)css";

constexpr const char* script = R"js(
"use strict";
const main = document.getElementById("screen");
const events = new EventSource("events");
events.onmessage = (e) => { main.innerHTML = e.data; document.body.classList.toggle("offline", false); };
events.onerror = () => { document.body.classList.toggle("offline", true); };
)js";

// The base64 of the SHA-256 of text: CSP's 'sha256-…' source.
std::string csp_hash(std::string_view text) {
  static constexpr char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const std::string hex = sha256_hex(text);
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
    unsigned v = 0;
    for (std::size_t j = 0; j < 3; ++j) v = v << 8 | (j < n ? static_cast<unsigned char>(bytes[i + j]) : 0u);
    for (std::size_t j = 0; j < 4; ++j) out += j <= n ? digits[(v >> (18 - 6 * j)) & 63] : '=';
  }
  return "'sha256-" + out + "'";
}

std::string names_of(const std::vector<ScreenMember>& members) {
  std::string out;
  for (const ScreenMember& m : members)
    out += fmt::format("{}<span class=\"member\">{} {}</span>", out.empty() ? "" : ", ", html_escape(m.member),
                       html_escape(m.name));
  return out;
}

std::string who(const ScreenMember& m, const ScreenOptions& how) {
  return html_escape(how.names ? m.member + " " + m.name : m.member);
}

std::string heading(const Screen& st, const ScreenOptions& how) {
  std::string out = fmt::format(
      "<header>\n<h1>{}</h1>\n", html_escape(st.meeting.kind == MeetingKind::av
                                                  ? say("General Assembly of {}", human_date(st.meeting.date))
                                                  : say("Board meeting of {}", human_date(st.meeting.date))));
  std::string sub = st.meeting.title ? html_escape(*st.meeting.title) : std::string();
  if (st.chair)
    sub += (sub.empty() ? "" : " · ") + html_escape(render(msg("chair: {}", *st.chair), language()));
  if (!sub.empty()) out += "<p class=\"sub\">" + sub + "</p>\n";
  out += fmt::format("<p class=\"counts\"><b id=\"present\">{}</b> {} · <b id=\"advance\">{}</b> {}</p>\n",
                     st.present.size(), html_escape(tr("present")), st.advance.size(),
                     html_escape(tr("voting in advance")));
  if (how.names) {
    if (!st.present.empty())
      out += fmt::format("<p class=\"names\" id=\"present-names\">{}: {}</p>\n", html_escape(tr("present")),
                         names_of(st.present));
    if (!st.advance.empty())
      out += fmt::format("<p class=\"names\" id=\"advance-names\">{}: {}</p>\n", html_escape(tr("voting in advance")),
                         names_of(st.advance));
  }
  return out + "</header>\n";
}

// R-VOTE-10: a re-vote names the motion it repeats, and a repeated motion its re-votes.
std::string revotes(const MotionView& v) {
  std::string out;
  if (v.motion.repeats)
    out += fmt::format("<p class=\"dim repeats\">{}</p>\n",
                       html_escape(render(msg("re-vote of motion {}", *v.motion.repeats), language())));
  for (const std::int64_t id : v.repeated_by)
    out += fmt::format("<p class=\"dim repeated\">{}</p>\n",
                       html_escape(render(msg("repeated by motion {}", id), language())));
  return out;
}

// The stored result as `vote tally` gives it: the counts, the threshold with its arithmetic, the
// consensus, the quorum where one is set, adopted or not, and the rule in words.
std::string result(const Tally& t) {
  const Turnout& n = t.turnout;
  std::string out = fmt::format(
      "<table class=\"result\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n"
      "<tr><td class=\"yes\">{}</td><td class=\"no\">{}</td><td class=\"abstain\">{}</td><td class=\"base\">{}</td></tr>"
      "</table>\n",
      html_escape(tr("yes")), html_escape(tr("no")), html_escape(tr("abstain")), html_escape(tr("base")), n.yes, n.no,
      n.abstain, t.base);
  // R-VOTE-4: margin = yes - required, as the tally stored it.
  out += fmt::format("<p class=\"arith\">{} <span class=\"dim\">({})</span></p>\n",
                     html_escape(fmt::format("{} {} {} × {}", n.yes, t.margin >= 0 ? "≥" : "<", t.policy.threshold.str(), t.base)),
                     html_escape(render(msg_n("{} yes required", "{} yes required", t.required, t.required), language())));
  out += fmt::format("<p class=\"consensus\">{}: {}</p>\n", html_escape(tr("consensus")),
                     html_escape(t.consensus ? tr("yes") : tr("no")));
  if (t.policy.quorum > 0)
    out += fmt::format("<p class=\"quorum\">{}</p>\n",
                       html_escape(t.quorum_met ? say("quorum {}: met", t.policy.quorum)
                                                : say("quorum {}: not met", t.policy.quorum)));
  out += fmt::format("<p class=\"verdict\">{}</p>\n", html_escape(t.adopted ? tr("adopted") : tr("not adopted")));
  return out + fmt::format("<p class=\"rule\">{}</p>\n", html_escape(render(rule_message(t), language())));
}

std::string motion(const MotionView& v) {
  const bool closed = v.motion.closed_at.has_value();
  const char* status = !closed ? "open" : v.tally.adopted ? "adopted" : "rejected";
  std::string out = fmt::format("<section class=\"motion {0}\" id=\"motion-{1}\" data-status=\"{0}\">\n<h2>{2}</h2>\n",
                                status, v.motion.id,
                                html_escape(render(msg("Motion {}: {}", v.motion.id, v.motion.title), language())));
  out += revotes(v);
  if (!closed) {
    // Only how many have voted: the split is published at the close.
    const Turnout& t = v.tally.turnout;
    return out +
           fmt::format("<p class=\"progress\">{}</p>\n</section>\n",
                       // fmt::runtime: the translated format is HTML-escaped before its (HTML) arguments go in.
                       fmt::format(fmt::runtime(html_escape(tr("{} of {} have voted"))),
                                   fmt::format("<b class=\"voted\">{}</b>", t.yes + t.no + t.abstain),
                                   fmt::format("<b class=\"base\">{}</b>", v.tally.base)));
  }
  return out + result(v.tally) + "</section>\n";
}

std::string corrections(const Screen& st, const ScreenOptions& how) {
  std::string out;
  if (!st.withdrawals.empty()) {
    out += fmt::format("<section class=\"withdrawals\">\n<h2>{}</h2>\n<ul>\n", html_escape(tr("Ballots withdrawn")));
    for (const Withdrawal& w : st.withdrawals)
      out += fmt::format("<li>{}</li>\n",
                         html_escape(render(msg("ballot {} of {} on motion {}, {}{}", w.ballot,
                                                 how.names ? w.who.member + " " + w.who.name : w.who.member, w.motion,
                                                 human_moment(w.at), w.reason ? ": " + *w.reason : ""), language())));
    out += "</ul>\n</section>\n";
  }
  if (!st.departures.empty()) {
    out += fmt::format("<section class=\"left\">\n<h2>{}</h2>\n<ul>\n", html_escape(tr("Members who left")));
    for (const Departure& d : st.departures)
      out += fmt::format("<li>{} {}{}{}</li>\n", who(d.who, how), html_escape(human_moment(d.at)),
                         d.reason ? html_escape(": " + *d.reason) : "",
                         d.back ? " <span class=\"dim\">(" + html_escape(tr("back")) + ")</span>" : "");
    out += "</ul>\n</section>\n";
  }
  return out;
}

}  // namespace

std::string screen_main(const Screen& st, const ScreenOptions& how) {
  std::string out = heading(st, how);
  if (st.motions.empty()) out += fmt::format("<p class=\"dim\">{}</p>\n", html_escape(tr("no motions yet")));
  for (const MotionView& v : st.motions) out += motion(v);
  return out + corrections(st, how);
}

std::string screen_policy(bool live) {
  std::string policy = "default-src 'none'; style-src " + csp_hash(style) + "; base-uri 'none'; form-action 'none'";
  if (live) policy += "; script-src " + csp_hash(script) + "; connect-src 'self'";
  return policy;
}

std::string screen_page(const Screen& st, const ScreenOptions& how) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n"
      "<style>{}</style>\n</head>\n<body>\n<main id=\"screen\">\n{}</main>\n{}</body>\n</html>\n",
      language_code(), screen_policy(how.live),
      html_escape(render(msg("Meeting {}, {}", st.meeting.id, human_date(st.meeting.date)), language())), style,
      screen_main(st, how), how.live ? fmt::format("<script>{}</script>\n", script) : std::string());
}

}  // namespace mbov::vote
