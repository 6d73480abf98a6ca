// Tests for lib/budget/view.cpp: the budget area's records as output objects, their fields in
// the order of spec/CLI.md and amounts per format (a number of euros in json, text in csv).
#include <doctest/doctest.h>

#include <mbov/budget/budget.hpp>
#include <mbov/core/json.hpp>

using namespace mbov;

namespace {
using Keys = std::vector<std::string>;
}  // namespace

TEST_CASE("budget view: a plan, approved or not") {
  budget::Plan p{.year = 2026, .goals = {"one register", "fewer outages"}};
  const Object open = budget::to_object(p);
  CHECK(open.keys == Keys{"year", "goals", "approved", "motion", "approved_on"});
  CHECK(to_json(Value(open), 0) ==
        R"({"year":2026,"goals":["one register","fewer outages"],"approved":false,"motion":null,"approved_on":null})");
  p.motion = 7;
  p.approved_on = Date::from_ymd(2025, 11, 23);
  CHECK(to_json(Value(budget::to_object(p)), 0) ==
        R"({"year":2026,"goals":["one register","fewer outages"],"approved":true,"motion":7,"approved_on":"2025-11-23"})");
}

TEST_CASE("budget view: a line with its realisation, in euros as numbers (json) or plain text (csv)") {
  const budget::Line l{.id = 3, .year = 2026, .description = "servers", .product = "CAMBO", .acquisition = 1'000'000,
                       .life_years = 5, .kind = budget::Kind::investment, .money = {.budgeted = 1'000'000, .spent = 250'050}};
  const Object json = budget::to_object(l, Format::json);
  CHECK(json.keys == Keys{"id", "year", "description", "kind", "product", "acquisition", "life_years", "budgeted", "spent",
                          "left", "percent"});
  CHECK(to_json(Value(json), 0) ==
        R"({"id":3,"year":2026,"description":"servers","kind":"investment","product":"CAMBO","acquisition":10000,)"
        R"("life_years":5,"budgeted":10000,"spent":2500.5,"left":7499.5,"percent":25})");
  const Object csv = budget::to_object(l, Format::csv);
  CHECK(csv.find("spent")->text() == "2500.50");
  CHECK(csv.find("left")->text() == "7499.50");
  const budget::Line running{.id = 4, .year = 2026, .description = "hosting", .money = {.budgeted = 0, .spent = 0}};
  const Object r = budget::to_object(running, Format::csv);
  CHECK(r.find("kind")->text() == "running");
  CHECK(r.find("acquisition")->is_null());
  CHECK(r.find("percent")->is_null());  // no share of a zero budget
}

TEST_CASE("budget view: a spending, a fee, a charge with its total, the realisation with kinds and lines") {
  const budget::Spending sp{.id = 9, .line = 3, .date = Date::from_ymd(2026, 2, 1), .amount = -1'000, .supplier = "X BV"};
  CHECK(to_json(Value(budget::to_object(sp, Format::json)), 0) ==
        R"({"id":9,"line":3,"date":"2026-02-01","amount":-10,"supplier":"X BV","reference":null})");
  const budget::Fee fee{.product = "VVA", .from_year = 2026, .one_off = 50'000, .yearly = 120'000};
  CHECK(to_json(Value(budget::to_object(fee, Format::json)), 0) ==
        R"({"product":"VVA","from_year":2026,"one_off":500,"yearly":1200})");
  const budget::Charge c{.member = "25LZ", .product = "VVA", .days = 181, .one_off = 50'000, .yearly = 59'507};
  const Object charge = budget::to_object(c, Format::csv);
  CHECK(charge.keys == Keys{"member", "product", "days", "one_off", "yearly", "total"});
  CHECK(charge.find("total")->text() == "1095.07");
  budget::Report rep{.plan = {.year = 2026},
                     .lines = {},
                     .investment = {.budgeted = 100, .spent = 50},
                     .running = {.budgeted = 300, .spent = 0},
                     .total = {.budgeted = 400, .spent = 50}};
  const Object o = budget::to_object(rep, Format::csv);
  CHECK(o.keys == Keys{"year", "goals", "approved", "motion", "approved_on", "budgeted", "spent", "left", "percent", "kinds", "lines"});
  CHECK(o.find("percent")->text() == "12");
  CHECK(o.find("kinds")->text() ==
        R"([{"kind":"investment","budgeted":"1.00","spent":"0.50","left":"0.50","percent":50},)"
        R"({"kind":"running","budgeted":"3.00","spent":"0.00","left":"3.00","percent":0}])");
  CHECK(o.find("lines")->text() == "[]");
}
