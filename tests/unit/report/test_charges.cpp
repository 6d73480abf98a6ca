// Tests for lib/report/charges.cpp: the charges of a year (R-FIN-4, budget::charges).
#include <doctest/doctest.h>

#include <mbov/core/output.hpp>
#include <mbov/report/report.hpp>
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("charges: the year's days as budget::year_days counts them, no uptake, nothing owed") {
  test::TestDb t("2026-03-01");
  Session s = t.read();
  report::Reader r(s);
  for (const auto& [year, days] : {std::pair{2024, 366}, std::pair{2025, 365}}) {
    const report::Document d = report::charges(r, year, Format::json);
    CHECK(d.head.find("year")->text() == std::to_string(year));
    CHECK(d.head.find("days")->text() == std::to_string(days));
    CHECK(d.head.find("total")->text() == "0");
    REQUIRE(d.find("charges"));
    CHECK(d.find("charges")->rows.empty());
    CHECK(d.find("totals")->columns == std::vector<std::string>{"member", "total"});
  }
}
