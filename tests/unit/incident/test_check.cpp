// Tests for lib/incident/check.cpp: `incident overdue`, the open incidents past their service
// levels (R-INC-3) and the breaches not yet reported nor recorded as no risk, whatever their
// status (R-INC-7). The incidents are written as sqlite3 would.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/sql.hpp"
#include "helpers.hpp"
#include <mbov/incident/incident.hpp>
#include "testdb.hpp"

using namespace mbov;

namespace {
std::vector<std::string> sorted_findings(const CheckReport& r) {
  std::vector<std::string> out = test::findings(r);
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("incident check: an undecided breach is overdue even when closed, a resolved incident never") {
  test::TestDb t("2026-03-02");
  Session s = t.write();
  sql(s).exec(R"sql(
    INSERT INTO incident (id, kind, title, priority, status, opened, respond_by, resolve_by, acknowledged_at, resolved_at,
                          closed_at, authority_deadline, no_risk_at, no_risk_reason) VALUES
      (1, 'disruption', 'fixed', 2, 'resolved', '2026-02-26T09:00:00Z', '2026-02-26T13:00:00Z', '2026-02-27T09:00:00Z',
       '2026-02-26T10:00:00Z', '2026-02-26T12:00:00Z', NULL, NULL, NULL, NULL),
      (2, 'breach', 'leak', 1, 'closed', '2026-02-26T09:00:00Z', '2026-02-26T10:00:00Z', '2026-02-26T13:00:00Z',
       '2026-02-26T09:30:00Z', '2026-02-26T12:00:00Z', '2026-02-26T12:30:00Z', '2026-03-01T09:00:00Z', NULL, NULL),
      (3, 'breach', 'no harm', 1, 'closed', '2026-02-26T09:00:00Z', '2026-02-26T10:00:00Z', '2026-02-26T13:00:00Z',
       '2026-02-26T09:30:00Z', '2026-02-26T12:00:00Z', '2026-02-26T12:30:00Z', '2026-03-01T09:00:00Z',
       '2026-02-26T11:00:00Z', 'encrypted');)sql");
  CheckReport r = incident::check(s);
  CHECK(sorted_findings(r) == std::vector<std::string>{"R-INC-7 incident 2 CRITICAL"});
  CHECK(r.findings[0].due_at == Timestamp::parse("2026-03-01T09:00:00Z", "t"));
  CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"open", 0}});

  // A disruption opened days ago and never acknowledged: both its response and resolution are late.
  sql(s).exec(R"sql(INSERT INTO incident (id, kind, title, priority, status, opened, respond_by, resolve_by) VALUES
      (4, 'disruption', 'down', 2, 'new', '2026-02-26T09:00:00Z', '2026-02-26T13:00:00Z', '2026-02-27T09:00:00Z');)sql");
  r = incident::check(s);
  CHECK(sorted_findings(r) ==
        std::vector<std::string>{"R-INC-3 incident 4 CRITICAL", "R-INC-3 incident 4 CRITICAL", "R-INC-7 incident 2 CRITICAL"});
  CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"open", 1}});
  // Acknowledged: only the resolution is left to judge.
  sql(s).exec("UPDATE incident SET status = 'acknowledged', acknowledged_at = '2026-02-26T12:00:00Z' WHERE id = 4");
  CHECK(sorted_findings(incident::check(s)) ==
        std::vector<std::string>{"R-INC-3 incident 4 CRITICAL", "R-INC-7 incident 2 CRITICAL"});
}
