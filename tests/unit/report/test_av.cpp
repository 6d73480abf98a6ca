// Tests for lib/report/av.cpp: the yearly account; its incident table is the incident area's
// kind_stats (R-INC-3).
#include <doctest/doctest.h>

#include <mbov/core/output.hpp>
#include <mbov/incident/incident.hpp>
#include "incident/store.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using mbov::test::ts;

TEST_CASE("av report: incidents per product and kind, in time only on the service-level clock") {
  test::TestDb t("2027-01-15");
  Session s = t.write();
  auto add = [&](incident::Kind kind, const char* opened, std::optional<Timestamp> resolved) {
    incident::Incident i{.kind = kind, .title = "t", .priority = 2, .opened = ts(opened),
                         .respond_by = ts(opened).plus_hours(4), .resolve_by = ts(opened).plus_hours(24)};
    i.resolved_at = resolved;
    i.id = incident::store::insert(s, i);
    incident::store::update(s, i);
  };
  add(incident::Kind::disruption, "2026-05-04T09:00:00Z", ts("2026-05-04T12:00:00Z"));  // in time
  add(incident::Kind::disruption, "2026-05-05T09:00:00Z", ts("2026-05-07T09:00:00Z"));  // late
  add(incident::Kind::change, "2026-05-06T09:00:00Z", ts("2026-05-08T09:00:00Z"));      // planned work
  add(incident::Kind::disruption, "2025-12-01T09:00:00Z", std::nullopt);                // another year
  report::Reader r(s);
  const report::Document d = report::av(r, 2026, Format::json);
  const report::Section* incidents = d.find("incidents");
  REQUIRE(incidents);
  REQUIRE(incidents->rows.size() == 2);
  const Object& change = incidents->rows[0];
  CHECK(change.find("kind")->text() == "change");
  CHECK(change.find("resolved_count")->text() == "1");
  CHECK(change.find("resolved_in_time_count")->is_null());
  CHECK(change.find("sla_percent")->is_null());
  const Object& disruption = incidents->rows[1];
  CHECK(disruption.keys == std::vector<std::string>{"product", "kind", "opened_count", "resolved_count",
                                                    "responded_in_time_count", "resolved_in_time_count", "sla_percent",
                                                    "escalated"});
  CHECK(disruption.find("opened_count")->text() == "2");
  CHECK(disruption.find("resolved_in_time_count")->text() == "1");
  CHECK(disruption.find("sla_percent")->text() == "50");
  CHECK(d.sections.front().facts.find("incidents_count")->text() == "3");
}
