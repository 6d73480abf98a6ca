// Tests for lib/contract/events.cpp (R-CON-3): the contract events of a year for the board's
// account, each with the end it gave, in order of day and contract, none after today.
#include <doctest/doctest.h>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;

namespace {


std::vector<std::string> event_lines(Session& s, int year) {
  std::vector<std::string> out;
  for (const contract::Event& e : contract::events(s, year))
    out.push_back(e.on.str() + " " + std::to_string(e.contract) + " " + e.product + " " + e.event + " " +
                  (e.end ? e.end->str() : "-"));
  return out;
}

}  // namespace

TEST_CASE("contract events: new, reviewed, extended, terminated and lapsed, each in its year, none after today") {
  test::TestDb t("2026-11-25");
  Session s = t.write();
  contract::add_supplier(s, "Leverancier BV");
  // 1: CAMBO from 2022-01-01, 4 base years: base end 2025-12-31; extended in 2025 (2 years: 2027-12-31).
  const std::int64_t a = contract::add(s, {.product = "CAMBO", .supplier = "Leverancier BV", .start = test::d("2022-01-01")});
  // 2: VVA from 2020-06-01 with no extensions left to use: its end 2024-05-31 passed, it lapsed.
  const std::int64_t b = contract::add(s, {.product = "VVA", .supplier = "Leverancier BV", .start = test::d("2020-06-01"),
                                           .extensions = 0, .deviation_reason = "one term only"});
  // 3: CAMBO from 2026-02-01, reviewed and terminated this year; a review after today not yet.
  const std::int64_t c = contract::add(s, {.product = "CAMBO", .supplier = "Leverancier BV", .start = test::d("2026-02-01")});
  contract::extend(s, a, test::d("2025-03-01"));
  contract::review(s, c, {.on = test::d("2026-05-01"), .outcome = contract::ReviewOutcome::compliant});
  contract::review(s, a, {.on = test::d("2026-05-01"), .outcome = contract::ReviewOutcome::deviations});
  contract::terminate(s, c, {.on = test::d("2026-09-01"), .end = test::d("2027-03-31"), .reason = "merged"});

  using Lines = std::vector<std::string>;
  CHECK(event_lines(s, 2020) == Lines{"2020-06-01 " + std::to_string(b) + " VVA new 2024-05-31"});
  CHECK(event_lines(s, 2022) == Lines{"2022-01-01 " + std::to_string(a) + " CAMBO new 2025-12-31"});
  CHECK(event_lines(s, 2024) == Lines{"2024-05-31 " + std::to_string(b) + " VVA lapsed 2024-05-31"});
  CHECK(event_lines(s, 2025) == Lines{"2025-03-01 " + std::to_string(a) + " CAMBO extended 2027-12-31"});
  // By day, then by contract: the two reviews of 1 May in contract order.
  CHECK(event_lines(s, 2026) == Lines{"2026-02-01 " + std::to_string(c) + " CAMBO new 2030-01-31",
                                      "2026-05-01 " + std::to_string(a) + " CAMBO reviewed -",
                                      "2026-05-01 " + std::to_string(c) + " CAMBO reviewed -",
                                      "2026-09-01 " + std::to_string(c) + " CAMBO terminated 2027-03-31"});
  CHECK(event_lines(s, 2027).empty());  // the termination's end lies ahead: no event yet
  const std::vector<contract::Event> e = contract::events(s, 2026);
  REQUIRE_FALSE(e.empty());
  CHECK(e[0].supplier == "Leverancier BV");
}
