// Tests for lib/gov/board.cpp: the board's meetings (R-GOV-4).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/dpia/dpia.hpp>
#include "gov/fixture.hpp"
#include <mbov/gov/gov.hpp>
#include "helpers.hpp"
#include "testdb.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::exit_of;
using test::findings;
using test::closed_motion;
using test::version;

TEST_CASE("board meetings (R-GOV-4): fewer than board.meetings_per_year last year is a warning") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  auto board = [&] {
    for (const std::string& f : findings(gov::check(s)))
      if (f.starts_with("R-GOV-4")) return f;
    return std::string();
  };
  CHECK(board() == "R-GOV-4 board 2025 WARNING");
  for (int month : {2, 5, 8})
    vote::add_meeting(s, {.date = Date::from_ymd(2025, month, 1), .kind = vote::MeetingKind::board});
  vote::add_meeting(s, {.date = Date::from_ymd(2025, 11, 1)});  // an AV meeting does not count
  CHECK(gov::board_meetings(s, 2025) == 3);
  CHECK(board() == "R-GOV-4 board 2025 WARNING");
  vote::add_meeting(s, {.date = Date::from_ymd(2025, 11, 1), .kind = vote::MeetingKind::board});
  CHECK(board() == "");
}
