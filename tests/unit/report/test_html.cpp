// Tests for lib/report/html.cpp and lib/report/svg.cpp: what the page and its charts escape.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include <mbov/core/database.hpp>
#include <mbov/core/i18n.hpp>
#include "report/fixture.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include "report/svg.hpp"

using namespace mbov;
using report::Section;
using test::deadline;

TEST_CASE("the charts escape what they are given") {
  std::string bars = report::stacked_bars("<t>", {"W1", "W2"}, {"a&b"}, {{2}, {0}});
  CHECK(bars.find("<title>&lt;t&gt;</title>") != std::string::npos);
  CHECK(bars.find("a&amp;b") != std::string::npos);
  CHECK(bars.find("a&b") == std::string::npos);
  std::string line = report::timeline("t", Date::parse("2026-01-01", "t"), Date::parse("2026-02-01", "t"),
                                      {{Date::parse("2026-01-31", "t"), "a very long label near the end", report::DeadlineStatus::overdue}});
  CHECK(line.find("text-anchor=\"end\"") != std::string::npos);  // kept inside the chart
  CHECK(line.find("#D55E00") != std::string::npos);
}
