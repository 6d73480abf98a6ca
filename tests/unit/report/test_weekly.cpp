// Tests for lib/report/weekly.cpp: the incidents resolved in the week, in time as
// incident::in_time has it (R-INC-3).
#include <doctest/doctest.h>

#include <mbov/incident/incident.hpp>
#include "incident/store.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using mbov::test::ts;

TEST_CASE("weekly report: the incidents resolved in the week, each in time or not") {
  test::TestDb t("2026-05-11");
  Session s = t.write();
  auto add = [&](const char* opened, const char* resolved) {
    incident::Incident i{.kind = incident::Kind::disruption, .title = "t", .priority = 2, .opened = ts(opened),
                         .respond_by = ts(opened).plus_hours(4), .resolve_by = ts(opened).plus_hours(24)};
    i.resolved_at = ts(resolved);
    i.id = incident::store::insert(s, i);
    incident::store::update(s, i);
    return i.id;
  };
  const auto late = add("2026-05-04T09:00:00Z", "2026-05-06T09:00:00Z");
  const auto early = add("2026-05-05T09:00:00Z", "2026-05-05T10:00:00Z");
  add("2026-04-27T09:00:00Z", "2026-04-28T09:00:00Z");  // the week before
  report::Reader r(s);
  const report::Document d = report::weekly(r, Date::parse("2026-05-04", "monday"), Duration::parse("1w", "ahead"));
  const report::Section* resolved = d.find("incidents_resolved");
  REQUIRE(resolved);
  REQUIRE(resolved->rows.size() == 2);  // by resolution time
  CHECK(resolved->rows[0].find("id")->text() == std::to_string(early));
  CHECK(resolved->rows[0].find("in_time")->text() == "true");
  CHECK(resolved->rows[1].find("id")->text() == std::to_string(late));
  CHECK(resolved->rows[1].find("in_time")->text() == "false");
  CHECK(resolved->rows[1].keys == std::vector<std::string>{"id", "kind", "title", "product", "priority", "resolved",
                                                           "resolve_by", "in_time"});
  CHECK(d.sections.front().facts.find("incidents_resolved_count")->text() == "2");
}
