// Tests for lib/budget/store.cpp: the budget area's statements, against sums and day counts worked
// out by hand, and the days of uptake counted in SQL against a count day by day on random uptakes.
#include <doctest/doctest.h>

#include <random>

#include "budget/store.hpp"
#include "core/sql.hpp"
#include "seed.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("budget store: plans with their goals a line each, approval, years in order") {
  test::TestDb t;
  Session s = t.write();
  CHECK_FALSE(budget::store::load_plan(s, 2026));
  budget::store::save_goals(s, 2027, "b");
  budget::store::save_goals(s, 2026, "one\ntwo");
  budget::store::save_goals(s, 2026, "one\ntwo\nthree");  // replaces
  CHECK(budget::store::plan_years(s) == std::vector<int>{2026, 2027});
  auto p = budget::store::load_plan(s, 2026);
  REQUIRE(p);
  CHECK(p->goals == std::vector<std::string>{"one", "two", "three"});
  CHECK(p->motion == std::nullopt);
  budget::store::save_goals(s, 2027, "");
  CHECK(budget::store::load_plan(s, 2027)->goals.empty());
  sql(s).exec("INSERT INTO meeting (id, kind, date) VALUES (1, 'av', '2025-11-23');"
              "INSERT INTO motion (id, meeting, title, kind) VALUES (5, 1, 'budget', 'budget')");
  budget::store::set_approval(s, 2026, 5, Date::from_ymd(2025, 11, 23));
  p = budget::store::load_plan(s, 2026);
  CHECK(p->motion == 5);
  CHECK(p->approved_on == Date::from_ymd(2025, 11, 23));
}

TEST_CASE("budget store: lines with the sum of their spending, the year's spending by date") {
  test::TestDb t;
  Session s = t.write();
  budget::store::save_goals(s, 2026, "");
  budget::store::save_goals(s, 2025, "");
  const std::int64_t a = budget::store::insert_line(s, {.year = 2026, .description = "a", .amount = 1000, .acquisition = 500,
                                                         .life_years = 3}, std::string("CAMBO"));
  const std::int64_t b = budget::store::insert_line(s, {.year = 2026, .description = "b", .amount = 200}, std::nullopt);
  budget::store::insert_line(s, {.year = 2025, .description = "old", .amount = 1}, std::nullopt);
  budget::store::insert_spending(s, {.line = a, .date = Date::from_ymd(2026, 3, 1), .amount = 300});
  budget::store::insert_spending(s, {.line = a, .date = Date::from_ymd(2026, 1, 5), .amount = -50, .reference = "credit"});
  budget::store::insert_spending(s, {.line = b, .date = Date::from_ymd(2026, 2, 1), .amount = 70, .supplier = "X BV"});
  const auto line = budget::store::load_line(s, a);
  REQUIRE(line);
  CHECK(line->description == "a");
  CHECK(line->product == "CAMBO");
  CHECK(line->acquisition == 500);
  CHECK(line->life_years == 3);
  CHECK(line->money.budgeted == 1000);
  CHECK(line->money.spent == 250);
  CHECK_FALSE(budget::store::load_line(s, 99));
  const std::vector<budget::Line> lines = budget::store::lines_of_year(s, 2026);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].id == a);
  CHECK(lines[1].money.spent == 70);
  std::vector<std::string> spent;
  for (const budget::Spending& sp : budget::store::spending_of_year(s, 2026))
    spent.push_back(sp.date.str() + " " + std::to_string(sp.amount));
  CHECK(spent == std::vector<std::string>{"2026-01-05 -50", "2026-02-01 70", "2026-03-01 300"});
  CHECK(budget::store::spending_of_year(s, 2025).empty());
}

TEST_CASE("budget store (R-FIN-2): a budget motion for the year on an AV agenda, not a board's, not another year's") {
  test::TestDb t;
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO meeting (id, kind, date) VALUES (1, 'av', '2026-11-01'), (2, 'board', '2026-11-02');
    INSERT INTO motion (id, meeting, title, kind, year) VALUES (1, 2, 'b', 'budget', 2027), (2, 1, 'o', 'ordinary', 2027);)sql");
  CHECK_FALSE(budget::store::approval_on_agenda(s, 2027));
  sql(s).exec("INSERT INTO motion (id, meeting, title, kind, year) VALUES (3, 1, 'b', 'budget', 2028)");
  CHECK_FALSE(budget::store::approval_on_agenda(s, 2027));
  CHECK(budget::store::approval_on_agenda(s, 2028));
}

TEST_CASE("budget store (R-FIN-4): fees in force by year, and the days of uptake within a year") {
  test::TestDb t;
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A1', 'a', 1, '2020-01-01'),
      ('B2', 'b', 1, '2020-01-01');
    INSERT INTO uptake (member, product, from_date, until) VALUES
      ('A1', 'VVA', '2025-07-01', NULL),            -- all of 2026: 365 days, not its first year
      ('B2', 'VVA', '2026-03-01', '2026-03-31'),    -- 31 days
      ('B2', 'VVA', '2026-12-01', '2027-02-01'),    -- 31 more: 62, first in 2026
      ('B2', 'CAMBO', '2026-01-01', NULL);          -- no fee for CAMBO: not charged)sql");
  budget::store::upsert_fee(s, {.product = "VVA", .from_year = 2025, .one_off = 100, .yearly = 1000});
  budget::store::upsert_fee(s, {.product = "VVA", .from_year = 2026, .one_off = 200, .yearly = 2000});
  budget::store::upsert_fee(s, {.product = "VVA", .from_year = 2026, .one_off = 300, .yearly = 3000});  // replaces
  CHECK(budget::store::fees(s, std::nullopt).size() == 2);
  const std::vector<budget::Fee> in_2025 = budget::store::fees(s, 2025);
  REQUIRE(in_2025.size() == 1);
  CHECK(in_2025[0].yearly == 1000);
  const std::vector<budget::Fee> in_2030 = budget::store::fees(s, 2030);
  REQUIRE(in_2030.size() == 1);
  CHECK(in_2030[0].one_off == 300);
  const auto year = budget::store::uptake_year(s, 2026);
  REQUIRE(year.size() == 2);
  CHECK(year[0].member == "A1");
  CHECK(year[0].days == 365);
  CHECK_FALSE(year[0].first_in_year);
  CHECK(year[0].yearly == 3000);
  CHECK(year[1].member == "B2");
  CHECK(year[1].days == 62);
  CHECK(year[1].first_in_year);
  CHECK(budget::store::uptake_year(s, 2024).empty());
  const auto y2025 = budget::store::uptake_year(s, 2025);
  REQUIRE(y2025.size() == 1);
  CHECK(y2025[0].days == 184);  // 1 July to 31 December
  CHECK(y2025[0].first_in_year);
  CHECK(y2025[0].one_off == 100);
}

TEST_CASE("budget store (R-FIN-4), property: the days of uptake in SQL equal a count day by day") {
  const std::uint64_t seed = test::seed(20261205);
  INFO("seed ", seed);
  std::mt19937_64 rng(seed);
  test::TestDb t;
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A1', 'a', 1, '2020-01-01')");
  budget::store::upsert_fee(s, {.product = "VVA", .from_year = 2020, .one_off = 0, .yearly = 1});
  for (int round = 0; round < 60; ++round) {
    sql(s).exec("DELETE FROM uptake");
    // Up to four uptakes between 2025 and 2027, some open, some overlapping each other.
    std::vector<std::pair<Date, std::optional<Date>>> spans;
    for (int n = 1 + static_cast<int>(rng() % 4); n > 0; --n) {
      const Date from = Date::from_ymd(2025, 1, 1).plus_days(static_cast<long>(rng() % 1000));
      std::optional<Date> until;
      if (rng() % 4 != 0) until = from.plus_days(static_cast<long>(rng() % 400));
      spans.push_back({from, until});
      SQLite::Statement q(sql(s), "INSERT INTO uptake (member, product, from_date, until) VALUES ('A1', 'VVA', ?, ?)");
      q.bind(1, from.str());
      if (until) q.bind(2, until->str());
      q.exec();
    }
    long expected = 0;  // each uptake's days in 2026, summed as the query sums them
    for (Date d = Date::from_ymd(2026, 1, 1); d <= Date::from_ymd(2026, 12, 31); d = d.plus_days(1))
      for (const auto& [from, until] : spans)
        if (from <= d && (!until || d <= *until)) ++expected;
    const auto got = budget::store::uptake_year(s, 2026);
    if (expected == 0) {
      CHECK(got.empty());
    } else {
      REQUIRE(got.size() == 1);
      CHECK(got[0].days == expected);
    }
  }
}
