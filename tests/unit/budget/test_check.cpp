// Tests for lib/budget/check.cpp: R-FIN-2 (an approved budget for this year, its motion on an AV
// agenda in time for the next) and R-FIN-3 (spending beyond a line, beyond the whole budget).
#include <doctest/doctest.h>

#include <algorithm>

#include <mbov/budget/budget.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/records.hpp>
#include "helpers.hpp"
#include "testdb.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::findings;
using test::closed_motion;

TEST_CASE("check: R-FIN-2 no approved budget, R-FIN-3 overspending") {
  SUBCASE("no budget for this year: critical; next year's within the window and not on the agenda: warning") {
    test::TestDb t("2026-11-15");
    Session s = t.write();
    CHECK(findings(budget::check(s)) ==
          std::vector<std::string>{"R-FIN-2 budget 2026 CRITICAL", "R-FIN-2 budget 2027 WARNING"});
    const std::int64_t av = vote::add_meeting(s, {.date = Date::from_ymd(2026, 12, 1)});
    vote::add_motion(s, {.meeting = av, .title = "b", .kind = vote::MotionKind::budget, .year = 2028});  // another year's
    CHECK(findings(budget::check(s)).size() == 2);
    vote::add_motion(s, {.meeting = av, .title = "b", .kind = vote::MotionKind::budget, .year = 2027});
    CHECK(findings(budget::check(s)) == std::vector<std::string>{"R-FIN-2 budget 2026 CRITICAL"});
  }
  SUBCASE("R-FIN-2: the deadline is the day before the year: a violation from its first day") {
    for (const char* today : {"2026-12-31", "2027-01-01"}) {
      test::TestDb t(today);
      Session s = t.write();
      budget::set_plan(s, 2027, {});
      const std::int64_t av = vote::add_meeting(s, {.date = Date::from_ymd(2026, 11, 1)});
      vote::add_motion(s, {.meeting = av, .title = "b", .kind = vote::MotionKind::budget, .year = 2027});  // on the agenda
      const std::vector<std::string> found = findings(budget::check(s));
      const bool late = std::string(today) == "2027-01-01";
      CHECK((std::find(found.begin(), found.end(), "R-FIN-2 budget 2027 CRITICAL") != found.end()) == late);
      CHECK(std::find(found.begin(), found.end(), "R-FIN-2 budget 2027 WARNING") == found.end());
    }
  }
  SUBCASE("next year outside the window: nothing; overspending a line warns, the whole budget is critical") {
    test::TestDb t("2026-03-01");
    Session s = t.write();
    budget::set_plan(s, 2026, {});
    const auto a = budget::add_line(s, {.year = 2026, .description = "a", .amount = 1000});
    budget::add_line(s, {.year = 2026, .description = "b", .amount = 1000});
    budget::approve(s, 2026, closed_motion(s, "2025-11-23", "budget", true, 2026));
    CHECK(budget::check(s).findings.empty());
    budget::spend(s, {.line = a, .date = Date::from_ymd(2026, 2, 1), .amount = 1500});
    CHECK(findings(budget::check(s)) == std::vector<std::string>{"R-FIN-3 budget line 1 WARNING"});
    budget::spend(s, {.line = a, .date = Date::from_ymd(2026, 2, 1), .amount = 600});
    CHECK(findings(budget::check(s)) ==
          std::vector<std::string>{"R-FIN-3 budget line 1 WARNING", "R-FIN-3 budget 2026 CRITICAL"});
  }
}


TEST_CASE("check: the warning window is finance.budget_warn_days, the messages name the amounts, the counter the lines") {
  set_language(Language::en);
  test::TestDb t("2026-11-15");  // 47 days before 2027
  t.how.policy.finance.budget_warn_days = 40;
  Session s = t.write();
  budget::set_plan(s, 2026, {});
  const auto a = budget::add_line(s, {.year = 2026, .description = "hosting", .amount = 100'000});
  budget::approve(s, 2026, closed_motion(s, "2025-11-23", "budget", true, 2026));
  CHECK(findings(budget::check(s)).empty());  // 2027 is outside a window of 40 days
  budget::spend(s, {.line = a, .date = Date::from_ymd(2026, 2, 1), .amount = 123'456});
  const CheckReport r = budget::check(s);
  REQUIRE(r.findings.size() == 2);
  CHECK(english(r.findings[0].message) == "hosting: spent 1234.56 of 1000.00");
  CHECK(english(r.findings[1].message) == "spent 1234.56 of the whole budget of 1000.00");
  CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"budget_lines", 1}});
}

TEST_CASE("check R-FIN-2: a year that began before the records is not judged") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  CHECK(findings(budget::check(s)) == std::vector<std::string>{"R-FIN-2 budget 2026 CRITICAL"});
  set_records_from(s, Date::from_ymd(2026, 2, 1));
  CHECK(findings(budget::check(s)).empty());
}
