#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <functional>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "testdb.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;

namespace {
// Members straight into the table: the member commands are another area's.
void add_member(Session& s, const std::string& code, const std::string& joined, const char* left = nullptr) {
  SQLite::Statement q(sql(s),
                      "INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES (?, ?, 1, ?, ?)");
  q.bind(1, code);
  q.bind(2, "Lid " + code);
  q.bind(3, joined);
  if (left) q.bind(4, left);
  q.exec();
}
Exit code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return Exit::ok;
}
}  // namespace

TEST_CASE("R-VOTE-2: a member votes from the day it joined through its last day") {
  test::TestDb t;
  Session s = t.write();
  add_member(s, "01AA", "2026-04-01");
  add_member(s, "02BB", "2026-04-02");
  add_member(s, "03CC", "2020-01-01", "2026-04-01");
  add_member(s, "04DD", "2020-01-01", "2026-04-02");
  const Date d = Date::parse("2026-04-01", "d");
  CHECK(vote::voting_member(s, "01aa", d) == "01AA");
  CHECK(vote::voting_member(s, "04DD", d) == "04DD");
  CHECK(code_of([&] { vote::voting_member(s, "02BB", d); }) == Exit::data);
  CHECK(vote::voting_member(s, "03CC", d) == "03CC");  // its last day is the meeting day
  CHECK(vote::voting_member(s, " 01aa ", d) == "01AA");
  CHECK(code_of([&] { vote::voting_member(s, "03CC", Date::parse("2026-04-02", "d")); }) == Exit::data);
  CHECK(code_of([&] { vote::voting_member(s, "99ZZ", d); }) == Exit::data);
}

TEST_CASE("an in-person ballot replaces the advance one and the tally counts it once") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  for (const char* c : {"A", "B", "C"}) add_member(s, c, "2020-01-01");
  const std::int64_t m = vote::add_meeting(s, {.date = Date::parse("2026-04-01", "d"), .kind = vote::MeetingKind::av});
  const std::int64_t motion = vote::add_motion(s, {.meeting = m, .title = "Begroting 2027", .kind = vote::MotionKind::budget, .year = 2027});
  const Timestamp before = Timestamp::parse("2026-03-30T10:00", "at");
  vote::cast(s, motion, {.member = "A", .choice = vote::Choice::no, .advance = true, .at = before});
  vote::cast(s, motion, {.member = "C", .choice = vote::Choice::yes, .advance = true, .at = before});
  vote::Tally r = vote::motion_tally(s, motion);
  CHECK(r.base == 2);  // nobody present yet: the advance voters
  CHECK(r.turnout.advance == 2);
  vote::attend(s, m, {"A", "B"}, s.now);
  vote::cast(s, motion, {.member = "A", .choice = vote::Choice::yes, .at = s.now});
  r = vote::motion_tally(s, motion);
  CHECK(r.base == 3);  // A and B present, C in advance
  CHECK(r.turnout.yes == 2);
  CHECK(r.turnout.no == 0);
  CHECK(r.adopted);
  CHECK(sql(s).execAndGet("SELECT count(*) FROM audit WHERE entity_kind = 'ballot' AND action = 'replace'").getInt() ==
        1);
  CHECK(code_of([&] { vote::cast(s, motion, {.member = "A", .choice = vote::Choice::no, .at = s.now}); }) == Exit::data);
  // C is absent.
  CHECK(code_of([&] { vote::cast(s, motion, {.member = "C", .choice = vote::Choice::no, .at = s.now}); }) == Exit::data);
  const vote::Tally closed = vote::close_motion(s, motion, s.now);
  CHECK(closed.adopted);
  CHECK(code_of([&] { vote::cast(s, motion, {.member = "B", .choice = vote::Choice::no, .at = s.now}); }) == Exit::data);
  CHECK(code_of([&] { vote::close_motion(s, motion, s.now); }) == Exit::data);
  // R-VOTE-4: attendance recorded after the close never counts, whatever its clock time.
  add_member(s, "D", "2020-01-01");
  vote::attend(s, m, {"D"}, Timestamp::parse("2026-04-01T08:00", "at"));
  CHECK(vote::motion_tally(s, motion).base == 3);
  CHECK(vote::same_result(vote::recount(s, motion), vote::motion_tally(s, motion)));
}

TEST_CASE("R-VOTE-9: a PDC or budget motion needs an AV meeting") {
  test::TestDb t;
  Session s = t.write();
  const std::int64_t board = vote::add_meeting(s, {.date = Date::parse("2026-04-01", "d"), .kind = vote::MeetingKind::board});
  CHECK(code_of([&] { vote::add_motion(s, {.meeting = board, .title = "PDC 3.1", .kind = vote::MotionKind::pdc}); }) == Exit::data);
  CHECK(code_of([&] { vote::add_motion(s, {.meeting = board, .title = "Begroting", .kind = vote::MotionKind::budget, .year = 2027}); }) == Exit::data);
  CHECK(vote::add_motion(s, {.meeting = board, .title = "Agenda", .kind = vote::MotionKind::ordinary}) > 0);
  CHECK(code_of([&] { vote::parse_motion_kind("other", "--kind"); }) == Exit::data);
  CHECK(code_of([&] { vote::parse_meeting_kind("ledenraad", "--kind"); }) == Exit::data);
}

TEST_CASE("R-VOTE-1: last year short is critical, this year short a warning") {
  test::TestDb t("2026-11-25");
  Session s = t.write();
  add_member(s, "A", "2020-01-01");
  vote::add_meeting(s, {.date = Date::parse("2025-05-01", "d"), .kind = vote::MeetingKind::av});
  vote::add_meeting(s, {.date = Date::parse("2025-06-01", "d"), .kind = vote::MeetingKind::board});
  vote::add_meeting(s, {.date = Date::parse("2026-05-01", "d"), .kind = vote::MeetingKind::av});
  CheckReport r = vote::check(s);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].severity == Severity::critical);
  CHECK(english(r.findings[0].subject) == "AV 2025");
  CHECK(r.findings[1].severity == Severity::warning);
  vote::add_meeting(s, {.date = Date::parse("2026-12-15", "d"), .kind = vote::MeetingKind::av});  // planned counts
  CHECK(vote::check(s, 2026).findings.empty());
  CHECK(vote::check(s, 2019).findings.empty());  // no members yet
}

TEST_CASE("a motion kind is parsed from its word and printed as it, any other text names the kinds") {
  for (const char* word : {"ordinary", "pdc", "budget", "board"})
    CHECK(vote::motion_kind_name(vote::parse_motion_kind(word, "--kind")) == word);
  CHECK(vote::parse_motion_kind("budget", "--kind") == vote::MotionKind::budget);
  try {
    vote::parse_motion_kind("Budget", "--kind");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()) == "--kind Budget is not ordinary, pdc, budget or board");
  }
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

TEST_CASE("R-VOTE-10: attendance: present from the arrival, left only when the last record is a departure") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  for (const char* c : {"A", "B", "C"}) add_member(s, c, "2020-01-01");
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
