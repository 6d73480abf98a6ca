// Tests for lib/report/av_account.cpp: the board's account in the report to the AV (R-FIN-3,
// R-CON-3): the budget's realisation in total, per kind and per line, and the contract events of
// the year, laid out from what the budget and contract areas compute.
#include <doctest/doctest.h>

#include <mbov/budget/budget.hpp>
#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include "helpers.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"

using namespace mbov;

namespace {

// The report to the AV for `year`, read as a command reads it: in a read session of its own.
report::Document account_av(test::TestDb& t, int year, Format f = Format::text) {
  Session s = t.read();
  report::Reader r(s);
  return report::av(r, year, f);
}

std::string account_cell(const Object& row, const char* key) {
  const Value* v = row.find(key);
  REQUIRE(v);
  return v->text();
}

}  // namespace

TEST_CASE("av account: the budget's realisation in total, per kind and per line, summed by hand") {
  test::TestDb t("2026-12-31");
  Session s = t.write();
  budget::set_plan(s, 2026, {"one register"});
  // An investment (R-FIN-1: at least investment_min_eur, longer than investment_min_life_years)
  // of 10,000.00 with 2,500.00 spent; running costs of 500.00 overspent by 100.00.
  const std::int64_t servers = budget::add_line(s, {.year = 2026, .description = "servers", .amount = 1'000'000,
                                                    .product = "CAMBO", .acquisition = 1'000'000, .life_years = 5});
  const std::int64_t hosting = budget::add_line(s, {.year = 2026, .description = "hosting", .amount = 50'000});
  s.commit();
  {
    // Planned, not approved yet (R-FIN-2): the fact says so; nothing spent.
    const report::Document planned = account_av(t, 2026);
    REQUIRE(planned.find("budget"));
    CHECK(account_cell(planned.find("budget")->facts, "approved") == "false");
    CHECK(account_cell(planned.find("budget")->facts, "budgeted") == "10500.00");
    CHECK(account_cell(planned.find("budget")->facts, "spent") == "0.00");
  }
  Session w = t.write();
  budget::approve(w, 2026, test::closed_motion(w, "2026-01-20", "budget", true, 2026));
  budget::spend(w, {.line = servers, .date = Date::from_ymd(2026, 3, 1), .amount = 250'000});
  budget::spend(w, {.line = hosting, .date = Date::from_ymd(2026, 4, 1), .amount = 70'000});
  budget::spend(w, {.line = hosting, .date = Date::from_ymd(2026, 5, 1), .amount = -10'000});  // a credit note
  w.commit();
  const report::Document d = account_av(t, 2026);

  const report::Section* total = d.find("budget");
  REQUIRE(total);
  CHECK(account_cell(total->facts, "approved") == "true");
  CHECK(account_cell(total->facts, "budgeted") == "10500.00");
  CHECK(account_cell(total->facts, "spent") == "3100.00");
  CHECK(account_cell(total->facts, "left") == "7400.00");
  CHECK(account_cell(total->facts, "percent") == "29");  // 3,100 of 10,500 is 29.5 %, rounded down

  const report::Section* kinds = d.find("budget_kinds");
  REQUIRE(kinds);
  REQUIRE(kinds->rows.size() == 2);
  CHECK(account_cell(kinds->rows[0], "kind") == "investment");
  CHECK(account_cell(kinds->rows[0], "left") == "7500.00");
  CHECK(account_cell(kinds->rows[0], "percent") == "25");
  CHECK(account_cell(kinds->rows[1], "kind") == "running");
  CHECK(account_cell(kinds->rows[1], "spent") == "600.00");
  CHECK(account_cell(kinds->rows[1], "left") == "-100.00");
  CHECK(account_cell(kinds->rows[1], "percent") == "120");

  const report::Section* lines = d.find("budget_lines");
  REQUIRE(lines);
  REQUIRE(lines->rows.size() == 2);
  CHECK(lines->columns == std::vector<std::string>{"line", "description", "kind", "product", "budgeted", "spent", "left", "percent"});
  // The lines sum to the total: a second computation of the facts above.
  std::int64_t budgeted = 0, spent = 0;
  for (const Object& row : lines->rows) {
    budgeted += budget::parse_cents(account_cell(row, "budgeted"), "budgeted");
    spent += budget::parse_cents(account_cell(row, "spent"), "spent");
  }
  CHECK(budgeted == budget::parse_cents(account_cell(total->facts, "budgeted"), "budgeted"));
  CHECK(spent == budget::parse_cents(account_cell(total->facts, "spent"), "spent"));
  const Object& servers_row = account_cell(lines->rows[0], "line") == std::to_string(servers) ? lines->rows[0] : lines->rows[1];
  CHECK(account_cell(servers_row, "description") == "servers");
  CHECK(account_cell(servers_row, "kind") == "investment");
  CHECK(account_cell(servers_row, "product") == "CAMBO");

}

TEST_CASE("av account: a year without a plan has empty budget tables and approved false") {
  test::TestDb t("2026-12-31");
  Session s = t.write();
  budget::set_plan(s, 2025, {"last year's"});
  s.commit();
  const report::Document d = account_av(t, 2026, Format::json);
  const report::Section* total = d.find("budget");
  REQUIRE(total);
  CHECK(total->facts.keys == std::vector<std::string>{"approved"});
  CHECK(account_cell(total->facts, "approved") == "false");
  REQUIRE(d.find("budget_kinds"));
  CHECK(d.find("budget_kinds")->rows.empty());
  REQUIRE(d.find("budget_lines"));
  CHECK(d.find("budget_lines")->rows.empty());
}

TEST_CASE("av account: the contract events of the year only, with the end each event sets") {
  test::TestDb t("2026-12-31");
  Session s = t.write();
  contract::add_supplier(s, "Leverancier BV");
  contract::add(s, {.product = "VVA", .supplier = "Leverancier BV", .start = Date::from_ymd(2025, 5, 1)});
  const std::int64_t cambo =
      contract::add(s, {.product = "CAMBO", .supplier = "Leverancier BV", .start = Date::from_ymd(2026, 2, 1)});
  s.commit();
  const report::Document d = account_av(t, 2026);
  const report::Section* events = d.find("contract_events");
  REQUIRE(events);
  CHECK(events->columns == std::vector<std::string>{"date", "contract", "product", "supplier", "event", "end"});
  REQUIRE(events->rows.size() == 1);  // the VVA contract began in 2025
  const Object& e = events->rows[0];
  CHECK(account_cell(e, "date") == "2026-02-01");
  CHECK(account_cell(e, "contract") == std::to_string(cambo));
  CHECK(account_cell(e, "product") == "CAMBO");
  CHECK(account_cell(e, "supplier") == "Leverancier BV");
  CHECK(account_cell(e, "event") == "new");
  // The base term of contract.base_years (4): up to the day before the fourth anniversary.
  CHECK(account_cell(e, "end") == "2030-01-31");
  // Every row is one of contract::events of the year, in its order.
  Session r = t.read();
  const std::vector<contract::Event> expected = contract::events(r, 2026);
  REQUIRE(expected.size() == events->rows.size());
  CHECK(expected[0].contract == cambo);
}
