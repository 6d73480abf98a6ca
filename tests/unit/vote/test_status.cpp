// Tests for lib/vote/status.cpp: `vote status`, the evening at a glance: who is present, who
// voted what on the open motion (the one asked for, else the latest activity), who has not, and
// the other open motions.
#include <doctest/doctest.h>

#include <algorithm>

#include <mbov/core/json.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::exit_of;

namespace {


std::vector<std::string> status_votes(const vote::MeetingStatus& st) {
  std::vector<std::string> out;
  for (const vote::RollEntry& e : st.voted)
    out.push_back(e.member + " " + std::string(vote::choice_name(*e.choice)) + (e.present ? "" : " absent"));
  return out;
}

}  // namespace

TEST_CASE("vote status: the present, the open motion with the latest ballot, who voted and who did not") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A', 'a', 1, '2020-01-01'),"
              " ('B', 'b', 1, '2020-01-01'), ('C', 'c', 1, '2020-01-01')");
  const std::int64_t m = vote::add_meeting(s, {.date = Date::from_ymd(2026, 4, 1), .kind = vote::MeetingKind::av});
  const std::int64_t first = vote::add_motion(s, {.meeting = m, .title = "first"});
  const std::int64_t second = vote::add_motion(s, {.meeting = m, .title = "second"});
  const std::int64_t third = vote::add_motion(s, {.meeting = m, .title = "third"});
  vote::cast(s, first, {.member = "C", .choice = vote::Choice::no, .advance = true, .at = test::ts("2026-03-30T10:00:00Z")});
  vote::attend(s, m, {"A", "B"}, test::ts("2026-04-01T08:00:00Z"));

  // No ballot on the floor yet: the last motion put on the agenda; C's advance ballot is on the first.
  vote::MeetingStatus st = vote::meeting_status(s, m);
  CHECK(st.present == std::vector<std::string>{"A", "B"});
  REQUIRE(st.open);
  CHECK(st.open->id == first);  // its advance ballot is the latest activity
  CHECK(status_votes(st) == std::vector<std::string>{"C no absent"});
  CHECK(st.missing == std::vector<std::string>{"A", "B"});
  CHECK(st.other_open == std::vector<std::int64_t>{third, second});

  vote::cast(s, second, {.member = "A", .choice = vote::Choice::yes, .at = test::ts("2026-04-01T09:00:00Z")});
  st = vote::meeting_status(s, m);
  CHECK(st.open->id == second);
  CHECK(status_votes(st) == std::vector<std::string>{"A yes"});
  CHECK(st.missing == std::vector<std::string>{"B"});
  CHECK(st.other_open.size() == 2);

  // One asked for: that one, the rest after it.
  st = vote::meeting_status(s, m, third);
  CHECK(st.open->id == third);
  CHECK(st.voted.empty());
  CHECK(st.missing == std::vector<std::string>{"A", "B"});
  CHECK(st.other_open.size() == 2);
  CHECK(std::find(st.other_open.begin(), st.other_open.end(), third) == st.other_open.end());

  const Object o = vote::to_object(vote::meeting_status(s, m));
  CHECK(o.keys == std::vector<std::string>{"meeting", "date", "title", "present_count", "present_members", "motion",
                                           "motion_title", "voted", "missing", "other_open", "votes"});
  CHECK(o.find("present_count")->text() == "2");
  CHECK(o.find("motion_title")->text() == "second");
  CHECK(o.find("votes")->text() == R"([{"member":"A","choice":"yes","advance":false,"present":true}])");
}

TEST_CASE("vote status: a motion that is not open in the meeting is refused, no open motion is null") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A', 'a', 1, '2020-01-01')");
  const std::int64_t m = vote::add_meeting(s, {.date = Date::from_ymd(2026, 4, 1), .kind = vote::MeetingKind::av});
  const std::int64_t other = vote::add_meeting(s, {.date = Date::from_ymd(2026, 4, 2), .kind = vote::MeetingKind::av});
  const std::int64_t elsewhere = vote::add_motion(s, {.meeting = other, .title = "elsewhere"});
  const std::int64_t done = vote::add_motion(s, {.meeting = m, .title = "done"});
  vote::attend(s, m, {"A"}, test::ts("2026-04-01T08:00:00Z"));
  vote::cast(s, done, {.member = "A", .choice = vote::Choice::yes, .at = test::ts("2026-04-01T08:30:00Z")});
  vote::close_motion(s, done, test::ts("2026-04-01T09:00:00Z"));
  const vote::MeetingStatus st = vote::meeting_status(s, m);
  CHECK_FALSE(st.open);
  CHECK(st.other_open.empty());
  CHECK(vote::to_object(st).find("motion")->is_null());
  CHECK(exit_of([&] { vote::meeting_status(s, m, done); }) == Exit::data);       // closed
  CHECK(exit_of([&] { vote::meeting_status(s, m, elsewhere); }) == Exit::data);  // another meeting's
  CHECK(exit_of([&] { vote::meeting_status(s, 99); }) == Exit::data);            // no such meeting
}
