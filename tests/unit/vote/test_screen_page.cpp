// vote screen's page: every text escaped, the split of an open motion never shown, names only
// when asked, the live script only when live, Dutch with --lang nl.
#include <doctest/doctest.h>

#include <mbov/core/i18n.hpp>
#include <mbov/vote/screen.hpp>

using namespace mbov;

namespace {

constexpr const char* screen_hostile = "</script><script>alert(1)</script>";

vote::MotionView screen_motion(std::int64_t id, const std::string& title, bool closed) {
  vote::MotionView v;
  v.motion.id = id;
  v.motion.meeting = 1;
  v.motion.title = title;
  v.motion.kind = vote::MotionKind::ordinary;
  if (closed) v.motion.closed_at = Timestamp::parse("2026-05-04T19:10", "t");
  Policy::Vote policy = Policy::defaults().vote;
  v.tally = vote::tally(policy, {.present = 12, .advance = 0, .members = 14, .yes = 8, .no = 3, .abstain = 1});
  v.stored = closed;
  return v;
}

vote::Screen screen_evening() {
  vote::Screen st;
  st.meeting = {1, Date::parse("2026-05-04", "d"), vote::MeetingKind::av, std::string(screen_hostile)};
  st.chair = std::string(screen_hostile);
  st.present = {{"25AA", screen_hostile}, {"25AB", "ROC Noord"}};
  st.advance = {{"25AC", "ROC <West>"}};
  st.motions = {screen_motion(1, screen_hostile, true), screen_motion(2, "Open & <b>bold</b>", false)};
  st.withdrawals = {{7, 2, {"25AB", "ROC Noord"}, Timestamp::parse("2026-05-04T19:16", "t"), std::string(screen_hostile)}};
  st.departures = {{{"25AB", "ROC Noord"}, Timestamp::parse("2026-05-04T19:20", "t"), std::string(screen_hostile), false}};
  return st;
}

std::size_t screen_count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string screen_section(const std::string& page, const std::string& id) {
  const std::size_t from = page.find("id=\"" + id + "\"");
  REQUIRE(from != std::string::npos);
  return page.substr(from, page.find("</section>", from) - from);
}

}  // namespace

TEST_CASE("vote screen's page: a screen_hostile title, name, chair or reason is text, never markup") {
  const std::string page = vote::screen_page(screen_evening(), {.names = true, .live = true});
  CHECK(screen_count(page, "<script") == 1);  // the page's own, only
  CHECK(screen_count(page, "</script>") == 1);
  CHECK(page.find("alert(1)</script>") == std::string::npos);
  CHECK(screen_count(page, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;") >= 6);  // meeting, chair, name, motion, withdrawal, departure
  CHECK(page.find("Open &amp; &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
  CHECK(page.find("ROC &lt;West&gt;") != std::string::npos);
  CHECK(page.find("<b>bold") == std::string::npos);
}

TEST_CASE("vote screen's page: the stored result of a closed motion, only the count of voters of an open one") {
  const std::string page = vote::screen_page(screen_evening(), {});
  const std::string closed = screen_section(page, "motion-1");
  CHECK(closed.find("<td class=\"yes\">8</td>") != std::string::npos);
  CHECK(closed.find("<td class=\"no\">3</td>") != std::string::npos);
  CHECK(closed.find("<td class=\"abstain\">1</td>") != std::string::npos);
  CHECK(closed.find("<td class=\"base\">12</td>") != std::string::npos);
  CHECK(closed.find("8 ≥ 2/3 × 12") != std::string::npos);  // the default threshold
  CHECK(closed.find("data-status=\"adopted\"") != std::string::npos);
  CHECK(closed.find(render(vote::rule_message(screen_evening().motions[0].tally), language())) != std::string::npos);
  const std::string open = screen_section(page, "motion-2");
  CHECK(open.find("<b class=\"voted\">12</b> of <b class=\"base\">12</b> have voted") != std::string::npos);
  for (const char* split : {"class=\"yes\"", "class=\"no\"", "adopted", "class=\"result\""}) CHECK(open.find(split) == std::string::npos);
}

TEST_CASE("vote screen's page: names only with --names, the script and its events only when live") {
  const std::string counted = vote::screen_page(screen_evening(), {.names = false, .live = false});
  CHECK(counted.find("ROC Noord") == std::string::npos);
  CHECK(counted.find("<b id=\"present\">2</b>") != std::string::npos);
  CHECK(counted.find("<b id=\"advance\">1</b>") != std::string::npos);
  CHECK(counted.find("<script") == std::string::npos);
  CHECK(counted.find("script-src") == std::string::npos);
  CHECK(counted.find("default-src 'none'") != std::string::npos);
  const std::string named = vote::screen_page(screen_evening(), {.names = true, .live = true});
  CHECK(named.find("ROC Noord") != std::string::npos);
  CHECK(named.find("new EventSource(\"events\")") != std::string::npos);
  CHECK(named.find(vote::screen_policy(true)) != std::string::npos);
  CHECK(vote::screen_policy(true).find("script-src 'sha256-") != std::string::npos);
  const std::string main = vote::screen_main(screen_evening(), {.names = true, .live = true});
  CHECK(named.find("<main id=\"screen\">\n" + main + "</main>") != std::string::npos);
}

TEST_CASE("vote screen's page in Dutch") {
  set_language(Language::nl);
  const std::string page = vote::screen_page(screen_evening(), {});
  set_language(Language::en);
  CHECK(page.find("<html lang=\"nl\">") != std::string::npos);
  CHECK(page.find("Algemene Vergadering") != std::string::npos);
  CHECK(page.find("aangenomen") != std::string::npos);
}
