// Tests for lib/report/minutes.cpp: the minutes of a meeting (R-GOV-3).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::exit_of;

TEST_CASE("minutes: the meeting's head, who was present, its motions, an unknown meeting is refused") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const std::int64_t motion = test::closed_motion(s, "2026-02-10", "ordinary");
  const std::int64_t meeting = vote::find_motion(s, motion).meeting;
  report::Reader r(s);
  const report::Document d = report::minutes(r, meeting);
  CHECK(d.title == "Minutes of the General Assembly meeting of 2026-02-10");  // English dates are ISO
  CHECK(d.head.find("date")->text() == "2026-02-10");
  CHECK(d.head.find("kind")->text() == "av");
  REQUIRE_FALSE(d.sections.empty());
  std::size_t rows = 0;
  for (const report::Section& section : d.sections) rows += section.rows.size();
  CHECK(rows >= 2);  // the member present, the motion
  CHECK(exit_of([&] { report::minutes(r, meeting + 1); }) == Exit::data);
}
