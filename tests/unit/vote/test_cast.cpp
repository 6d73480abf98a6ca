// Tests for lib/vote/cast.cpp: ballots cast in person and in advance (R-VOTE-5), withdrawn, imported.
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "vote/fixture.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;

TEST_CASE("an in-person ballot replaces the advance one and the tally counts it once") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  for (const char* c : {"A", "B", "C"}) test::vote_member(s, c, "2020-01-01");
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
  CHECK(test::exit_of([&] { vote::cast(s, motion, {.member = "A", .choice = vote::Choice::no, .at = s.now}); }) == Exit::data);
  // C is absent.
  CHECK(test::exit_of([&] { vote::cast(s, motion, {.member = "C", .choice = vote::Choice::no, .at = s.now}); }) == Exit::data);
  const vote::Tally closed = vote::close_motion(s, motion, s.now);
  CHECK(closed.adopted);
  CHECK(test::exit_of([&] { vote::cast(s, motion, {.member = "B", .choice = vote::Choice::no, .at = s.now}); }) == Exit::data);
  CHECK(test::exit_of([&] { vote::close_motion(s, motion, s.now); }) == Exit::data);
  // R-VOTE-4: attendance recorded after the close never counts, whatever its clock time.
  test::vote_member(s, "D", "2020-01-01");
  vote::attend(s, m, {"D"}, Timestamp::parse("2026-04-01T08:00", "at"));
  CHECK(vote::motion_tally(s, motion).base == 3);
  CHECK(vote::same_result(vote::recount(s, motion), vote::motion_tally(s, motion)));
}

TEST_CASE("withdraw (R-VOTE-10): an open motion's ballot, with the advance one counting again, never after the close") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  test::vote_member(s, "A", "2020-01-01");
  const std::int64_t m = vote::add_meeting(s, {.date = Date::from_ymd(2026, 4, 1)});
  const std::int64_t motion = vote::add_motion(s, {.meeting = m, .title = "motion"});
  vote::cast(s, motion, {.member = "A", .choice = vote::Choice::no, .advance = true,
                         .at = Timestamp::parse("2026-03-30T10:00:00Z", "at")});
  const Timestamp at = Timestamp::parse("2026-04-01T08:00:00Z", "at");
  vote::attend(s, m, {"A"}, at);
  const vote::Cast in_person = vote::cast(s, motion, {.member = "A", .choice = vote::Choice::yes, .at = at.plus_seconds(60)});
  REQUIRE(in_person.replaced);
  CHECK(in_person.replaced->choice == vote::Choice::no);
  CHECK(vote::motion_tally(s, motion).turnout.yes == 1);
  const std::optional<vote::Ballot> restored = vote::withdraw(s, in_person.id, "pressed the wrong button");
  CHECK(restored.has_value() == s.policy.vote.withdrawal_restores_advance);
  CHECK(vote::motion_tally(s, motion).turnout.yes == 0);
  CHECK(vote::motion_tally(s, motion).turnout.no == (restored ? 1 : 0));
  CHECK(test::exit_of([&] { vote::withdraw(s, in_person.id, "again"); }) == Exit::data);
  CHECK(test::exit_of([&] { vote::withdraw(s, 99, "none"); }) == Exit::data);
  const vote::Cast again = vote::cast(s, motion, {.member = "A", .choice = vote::Choice::abstain, .at = at.plus_seconds(120)});
  vote::close_motion(s, motion, s.now.plus_seconds(60));  // after the withdrawal, recorded at --now
  CHECK(test::exit_of([&] { vote::withdraw(s, again.id, "too late"); }) == Exit::data);
}
