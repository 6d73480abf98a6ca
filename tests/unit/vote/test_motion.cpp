// Tests for lib/vote/motion.cpp: motions, their kinds and meetings (R-VOTE-9), the AV decision
// other areas cite (require_adopted).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "vote/fixture.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;

TEST_CASE("R-VOTE-9: a PDC or budget motion needs an AV meeting") {
  test::TestDb t;
  Session s = t.write();
  const std::int64_t board = vote::add_meeting(s, {.date = Date::parse("2026-04-01", "d"), .kind = vote::MeetingKind::board});
  CHECK(test::exit_of([&] { vote::add_motion(s, {.meeting = board, .title = "PDC 3.1", .kind = vote::MotionKind::pdc}); }) == Exit::data);
  CHECK(test::exit_of([&] { vote::add_motion(s, {.meeting = board, .title = "Begroting", .kind = vote::MotionKind::budget, .year = 2027}); }) == Exit::data);
  CHECK(vote::add_motion(s, {.meeting = board, .title = "Agenda", .kind = vote::MotionKind::ordinary}) > 0);
  CHECK(test::exit_of([&] { vote::parse_motion_kind("other", "--kind"); }) == Exit::data);
  CHECK(test::exit_of([&] { vote::parse_meeting_kind("ledenraad", "--kind"); }) == Exit::data);
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

TEST_CASE("require_adopted: only a closed, adopted AV motion of the kind asked for authorises a decision") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  const std::int64_t adopted = test::closed_motion(s, "2026-03-01", "pdc", true);
  const std::int64_t rejected = test::closed_motion(s, "2026-03-02", "pdc", false);
  const std::int64_t m = vote::add_meeting(s, {.date = Date::from_ymd(2026, 4, 1)});
  const std::int64_t open = vote::add_motion(s, {.meeting = m, .title = "open", .kind = vote::MotionKind::pdc});
  CHECK(vote::require_adopted(s, adopted, vote::MotionKind::pdc, "R-GOV-1").id == adopted);
  CHECK(vote::require_adopted(s, adopted, std::nullopt, "R-GOV-1").id == adopted);
  for (auto [motion, kind] : {std::pair{rejected, vote::MotionKind::pdc}, std::pair{open, vote::MotionKind::pdc},
                              std::pair{adopted, vote::MotionKind::budget}, std::pair{std::int64_t{99}, vote::MotionKind::pdc}}) {
    INFO("motion ", motion);
    try {
      vote::require_adopted(s, motion, kind, "R-GOV-1");
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.code() == Exit::data);
      if (motion != 99) CHECK(e.rule() == "R-GOV-1");
    }
  }
  const std::vector<vote::MotionSummary> list = vote::list_motions(s, m);
  REQUIRE(list.size() == 1);
  CHECK(list[0].motion.id == open);
  CHECK(list[0].ballots == 0);
  CHECK(vote::list_motions(s, std::nullopt).size() == 3);
}
