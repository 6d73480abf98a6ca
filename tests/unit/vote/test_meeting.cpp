// Tests for lib/vote/meeting.cpp: meetings, who has a vote on their day (R-VOTE-2), attendance.
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "vote/fixture.hpp"
#include <mbov/vote/vote.hpp>
#include "set_words.hpp"

using namespace mbov;

TEST_CASE("R-VOTE-2: a member votes from the day it joined through its last day") {
  test::TestDb t;
  Session s = t.write();
  test::vote_member(s, "01AA", "2026-04-01");
  test::vote_member(s, "02BB", "2026-04-02");
  test::vote_member(s, "03CC", "2020-01-01", "2026-04-01");
  test::vote_member(s, "04DD", "2020-01-01", "2026-04-02");
  const Date d = Date::parse("2026-04-01", "d");
  CHECK(vote::voting_member(s, "01aa", d) == "01AA");
  CHECK(vote::voting_member(s, "04DD", d) == "04DD");
  CHECK(test::exit_of([&] { vote::voting_member(s, "02BB", d); }) == Exit::data);
  CHECK(vote::voting_member(s, "03CC", d) == "03CC");  // its last day is the meeting day
  CHECK(vote::voting_member(s, " 01aa ", d) == "01AA");
  CHECK(test::exit_of([&] { vote::voting_member(s, "03CC", Date::parse("2026-04-02", "d")); }) == Exit::data);
  CHECK(test::exit_of([&] { vote::voting_member(s, "99ZZ", d); }) == Exit::data);
}

TEST_CASE("a meeting kind is parsed from its word and printed as it, any other text names the kinds") {
  for (const char* word : {"av", "board"}) CHECK(vote::meeting_kind_name(vote::parse_meeting_kind(word, "--kind")) == word);
  try {
    vote::parse_meeting_kind("AV", "--kind");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()) == "--kind AV is not av or board");
  }
}

TEST_CASE("attend (R-VOTE-2): all or nothing, an unknown code refused with the nearest, present twice stays once") {
  set_language(Language::en);
  test::TestDb t("2026-04-01");
  Session s = t.write();
  test::vote_member(s, "25LZ", "2020-01-01");
  test::vote_member(s, "12AB", "2020-01-01");
  const std::int64_t m = vote::add_meeting(s, {.date = Date::from_ymd(2026, 4, 1)});
  const Timestamp at = Timestamp::parse("2026-04-01T08:00:00Z", "at");
  try {
    vote::attend(s, m, {"12AB", "25LX"}, at);
    FAIL("an unknown code was accepted");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()) == "no member with code '25LX' (did you mean 25LZ?): nothing recorded");
  }
  CHECK(sql(s).execAndGet("SELECT count(*) FROM attendance").getInt() == 0);  // 12AB neither
  vote::attend(s, m, {"12AB", "25lz"}, at);
  vote::attend(s, m, {"12AB"}, at.plus_seconds(60));
  CHECK(sql(s).execAndGet("SELECT count(*) FROM attendance").getInt() == 2);
  CHECK(test::exit_of([&] { vote::attend(s, 99, {"12AB"}, at); }) == Exit::data);
  const std::vector<vote::MeetingSummary> list = vote::list_meetings(s, 2026);
  REQUIRE(list.size() == 1);
  CHECK(list[0].present == 2);
  CHECK(list[0].motions == 0);
  CHECK(vote::list_meetings(s, 2025).empty());
}

TEST_CASE("leave (R-VOTE-10): the in-person ballots on open motions that no longer count, each leaver present") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  test::vote_member(s, "A", "2020-01-01");
  test::vote_member(s, "B", "2020-01-01");
  const std::int64_t m = vote::add_meeting(s, {.date = Date::from_ymd(2026, 4, 1)});
  const std::int64_t open = vote::add_motion(s, {.meeting = m, .title = "open"});
  const std::int64_t closed = vote::add_motion(s, {.meeting = m, .title = "closed"});
  const Timestamp at = Timestamp::parse("2026-04-01T08:00:00Z", "at");
  vote::attend(s, m, {"A"}, at);
  vote::cast(s, open, {.member = "A", .choice = vote::Choice::yes, .at = at.plus_seconds(60)});
  vote::cast(s, closed, {.member = "A", .choice = vote::Choice::no, .at = at.plus_seconds(60)});
  vote::close_motion(s, closed, at.plus_seconds(120));
  CHECK(test::exit_of([&] { vote::leave(s, m, {"A", "B"}, at.plus_seconds(180), std::nullopt); }) == Exit::data);  // B is not there
  const std::vector<vote::Ballot> lost = vote::leave(s, m, {"A"}, at.plus_seconds(180), std::string("train"));
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].motion == open);
  CHECK(lost[0].member == "A");
  CHECK(vote::motion_tally(s, open).turnout.yes == 0);
  CHECK(vote::motion_tally(s, closed).turnout.no == 1);  // the closed result stands
}

TEST_CASE("R-VOTE-10: attendance: present from the arrival, left only when the last record is a departure") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  for (const char* c : {"A", "B", "C"}) test::vote_member(s, c, "2020-01-01");
  const std::int64_t m = vote::add_meeting(s, {.date = Date::parse("2026-04-01", "d"), .kind = vote::MeetingKind::av});
  const auto at = [](const char* t) { return Timestamp::parse(t, "at"); };
  vote::attend(s, m, {"A", "B"}, at("2026-04-01T19:00"));
  vote::attend(s, m, {"C"}, at("2026-04-01T19:30"));
  vote::leave(s, m, {"B"}, at("2026-04-01T20:00"), std::nullopt);
  vote::attend(s, m, {"B"}, at("2026-04-01T20:30"));  // back again: not gone
  vote::leave(s, m, {"C"}, at("2026-04-01T21:00"), std::nullopt);
  const std::vector<vote::Attendance> list = vote::attendance(s, m);
  REQUIRE(list.size() == 3);
  CHECK(list[0].member == "A");
  CHECK(list[0].name == "Lid A");
  CHECK(list[0].since == at("2026-04-01T19:00"));
  CHECK_FALSE(list[0].left_at.has_value());
  CHECK(list[1].member == "B");
  CHECK_FALSE(list[1].left_at.has_value());
  CHECK(list[2].since == at("2026-04-01T19:30"));
  CHECK(list[2].left_at == at("2026-04-01T21:00"));
  CHECK(vote::attendance(s, m + 1).empty());
}

TEST_CASE("meeting and motion kinds list every kind's word in the enum's order (what completion offers)") {
  test::lists_every_value(vote::meeting_kind_words(), vote::meeting_kind_name, vote::MeetingKind::board);
  test::lists_every_value(vote::motion_kind_words(), vote::motion_kind_name, vote::MotionKind::board);
  for (const std::string_view word : vote::motion_kind_words())
    CHECK(vote::motion_kind_name(vote::parse_motion_kind(word, "--kind")) == word);
}
