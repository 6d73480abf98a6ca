#include <doctest/doctest.h>

#include <algorithm>

#include <mbov/budget/budget.hpp>
#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::exit_of;
using test::findings;
using test::closed_motion;

TEST_CASE("plans and lines: goals replaced until approval, lines classified") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  budget::set_plan(s, 2026, {"CAMBO 2.0", "a new DPIA"});
  budget::set_plan(s, 2026, {"CAMBO 3.0"});
  CHECK(budget::find_plan(s, 2026).goals == std::vector<std::string>{"CAMBO 3.0"});
  CHECK(exit_of([&] { budget::set_plan(s, 2026, {"two\nlines"}); }) == Exit::data);
  CHECK(exit_of([&] { budget::find_plan(s, 2027); }) == Exit::data);
  const auto server = budget::add_line(s, {.year = 2026, .description = "servers", .amount = 500000,
                                            .product = "cambo", .acquisition = 500000, .life_years = 5});
  budget::add_line(s, {.year = 2026, .description = "licences", .amount = 200000});
  CHECK(exit_of([&] { budget::add_line(s, {.year = 2027, .description = "x", .amount = 1}); }) == Exit::data);
  CHECK(exit_of([&] { budget::add_line(s, {.year = 2026, .description = " ", .amount = 1}); }) == Exit::data);
  CHECK(exit_of([&] { budget::add_line(s, {.year = 2026, .description = "x", .amount = -1}); }) == Exit::data);
  CHECK(exit_of([&] { budget::add_line(s, {.year = 2026, .description = "x", .amount = 1, .product = "NOPE"}); }) ==
        Exit::data);
  const auto lines = budget::year_lines(s, 2026);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].id == server);
  CHECK(lines[0].kind == budget::Kind::investment);
  CHECK(*lines[0].product == "CAMBO");
  CHECK(lines[1].kind == budget::Kind::running);
}

TEST_CASE("approve (R-FIN-2, R-VOTE-9) and spend only against an approved budget") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  budget::set_plan(s, 2026, {"goal"});
  const auto line = budget::add_line(s, {.year = 2026, .description = "licences", .amount = 100000});
  const budget::SpendInput in{.line = line, .date = Date::from_ymd(2026, 2, 1), .amount = 40000, .supplier = "X"};
  CHECK(exit_of([&] { budget::spend(s, in); }) == Exit::data);  // not approved
  CHECK(exit_of([&] { budget::approve(s, 2026, closed_motion(s, "2025-11-20", "ordinary", true)); }) == Exit::data);
  CHECK(exit_of([&] { budget::approve(s, 2026, closed_motion(s, "2025-11-21", "budget", false, 2026)); }) == Exit::data);
  CHECK(exit_of([&] { budget::approve(s, 2027, closed_motion(s, "2025-11-22", "budget", true, 2027)); }) == Exit::data);
  // R-FIN-2: a motion for another year approves nothing.
  budget::set_plan(s, 2025, {"goal"});
  CHECK(exit_of([&] { budget::approve(s, 2025, closed_motion(s, "2025-11-22", "budget", true, 2026)); }) == Exit::data);
  const auto m = closed_motion(s, "2025-11-23", "budget", true, 2026);
  budget::approve(s, 2026, m);
  CHECK(exit_of([&] { budget::approve(s, 2025, m); }) == Exit::data);  // one motion, one year
  const budget::Plan p = budget::find_plan(s, 2026);
  CHECK(p.motion == m);
  CHECK(p.approved_on == Date::from_ymd(2025, 11, 23));
  CHECK(exit_of([&] { budget::approve(s, 2026, m); }) == Exit::data);  // once
  CHECK(exit_of([&] { budget::add_line(s, {.year = 2026, .description = "x", .amount = 1}); }) == Exit::data);
  CHECK(exit_of([&] { budget::set_plan(s, 2026, {"other"}); }) == Exit::data);
  budget::spend(s, in);
  budget::SpendInput other_year = in;
  other_year.date = Date::from_ymd(2027, 1, 1);
  CHECK(exit_of([&] { budget::spend(s, other_year); }) == Exit::data);
  budget::SpendInput zero = in;
  zero.amount = 0;
  CHECK(exit_of([&] { budget::spend(s, zero); }) == Exit::data);
  budget::SpendInput unknown = in;
  unknown.line = 99;
  CHECK(exit_of([&] { budget::spend(s, unknown); }) == Exit::data);
  CHECK(budget::year_spending(s, 2026).size() == 1);
}

TEST_CASE("realisation (R-FIN-3): per line, per kind, in total") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  budget::set_plan(s, 2026, {});
  const auto a = budget::add_line(s, {.year = 2026, .description = "servers", .amount = 500000,
                                       .acquisition = 500000, .life_years = 5});
  const auto b = budget::add_line(s, {.year = 2026, .description = "licences", .amount = 100000});
  budget::approve(s, 2026, closed_motion(s, "2025-11-23", "budget", true, 2026));
  budget::spend(s, {.line = a, .date = Date::from_ymd(2026, 2, 1), .amount = 125000});
  budget::spend(s, {.line = b, .date = Date::from_ymd(2026, 2, 1), .amount = 30000});
  budget::spend(s, {.line = b, .date = Date::from_ymd(2026, 2, 2), .amount = -5000});
  const budget::Report r = budget::realisation(s, 2026);
  CHECK(r.investment.budgeted == 500000);
  CHECK(r.investment.spent == 125000);
  CHECK(r.running.spent == 25000);
  CHECK(r.total.budgeted == 600000);
  CHECK(r.total.spent == 150000);
  CHECK(r.total.percent() == 25);
  const Object o = budget::to_object(r, Format::json);
  CHECK(std::get<double>(o.find("left")->data) == doctest::Approx(4500.0));
}

TEST_CASE("fees (R-FIN-4): set per year, valid until a later year replaces them") {
  test::TestDb t;
  Session s = t.write();
  budget::set_fee(s, {.product = "cambo", .from_year = 2026, .one_off = 50000, .yearly = 120000});
  budget::set_fee(s, {.product = "CAMBO", .from_year = 2026, .one_off = 0, .yearly = 130000});  // replaces
  budget::set_fee(s, {.product = "CAMBO", .from_year = 2028, .yearly = 140000});  // one-off as before
  const auto fees = budget::list_fees(s);
  REQUIRE(fees.size() == 2);
  CHECK(fees[0].product == "CAMBO");
  CHECK(fees[0].yearly == 130000);
  CHECK(fees[1].from_year == 2028);
  CHECK(fees[1].one_off == 0);
  CHECK(budget::list_fees(s, 2025).empty());
  CHECK(budget::list_fees(s, 2027).at(0).yearly == 130000);
  CHECK(budget::list_fees(s, 2030).at(0).yearly == 140000);
  CHECK(exit_of([&] { budget::set_fee(s, {.product = "NOPE", .from_year = 2026}); }) == Exit::data);
  CHECK(exit_of([&] { budget::set_fee(s, {.product = "VVA", .from_year = 2026, .one_off = -1}); }) == Exit::data);
  CHECK(budget::list_fees(s).size() == 2);
}
