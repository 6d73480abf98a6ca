// mbov dpia due: R-DPIA-1 (initial and change DPIAs), R-DPIA-2 (periodic), R-DPIA-3 (register),
// R-DPIA-4 (officer), R-DPIA-5 (retention), on the check framework.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "dpia/dpia.hpp"
#include "core/sql.hpp"
#include "core/session.hpp"

namespace mbov::dpia {
namespace {

// R-DPIA-1: a product taken up today needs a completed initial DPIA.
void initial_dpias(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT u.product, min(u.from_date), count(DISTINCT u.member) FROM uptake u
    WHERE u.from_date <= ?1 AND (u.until IS NULL OR u.until >= ?1)
      AND NOT EXISTS (SELECT 1 FROM dpia d WHERE d.product = u.product AND d.kind = 'initial'
                      AND d.completed IS NOT NULL AND d.completed <= ?1)
    GROUP BY u.product ORDER BY u.product)sql");
  q.bind(1, s.today.str());
  while (q.executeStep()) {
    Date since = Date::parse(q.getColumn(1).getString(), "uptake.from_date");
    r.add(Severity::critical, "R-DPIA-1", "product " + q.getColumn(0).getString(), since,
          fmt::format("taken up by {} member(s) since {} without a completed initial DPIA", q.getColumn(2).getInt(),
                      since.str()));
  }
}

// R-DPIA-1: every fundamental change has a DPIA.
void change_dpias(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT i.id, i.title, i.product, i.opened FROM incident i
    WHERE i.kind = 'change' AND i.fundamental = 1
      AND NOT EXISTS (SELECT 1 FROM dpia d WHERE d.change_incident = i.id)
    ORDER BY i.id)sql");
  while (q.executeStep()) {
    Date opened = Timestamp::parse(q.getColumn(3).getString(), "incident.opened").local_date();
    std::string product = q.getColumn(2).isNull() ? "" : " of " + q.getColumn(2).getString();
    r.add(Severity::critical, "R-DPIA-1", fmt::format("incident {}", q.getColumn(0).getInt64()), opened,
          fmt::format("fundamental change{} '{}' has no DPIA", product, q.getColumn(1).getString()));
  }
}

// R-DPIA-2: dpia.periodic_months after the last completed DPIA or audit of a product, the next.
void periodic_dpias(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT product, max(completed) FROM dpia WHERE completed IS NOT NULL
    GROUP BY product ORDER BY product)sql");
  while (q.executeStep()) {
    Date last = Date::parse(q.getColumn(1).getString(), "dpia.completed");
    Date due = last.add_months(s.policy.dpia.periodic_months);
    r.add(deadline_status(due, s.today, s.policy.dpia.warn_days), "R-DPIA-2", "product " + q.getColumn(0).getString(),
          due, fmt::format("periodic DPIA or audit {} (last completed {})", due_phrase(due, s.today), last.str()));
  }
}

// R-DPIA-3: every product has processing records.
void register_records(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT code FROM product p WHERE NOT EXISTS (SELECT 1 FROM processing x WHERE x.product = p.code)
    ORDER BY code)sql");
  while (q.executeStep())
    r.add(Severity::warning, "R-DPIA-3", "product " + q.getColumn(0).getString(), std::nullopt,
          "no processing records in the register");
}

// R-DPIA-4: an officer in office today.
void officer_in_office(Session& s, CheckReport& r) {
  if (!officer_on(s, s.today))
    r.add(Severity::critical, "R-DPIA-4", "officer", std::nullopt, "no data protection officer in office");
}

// R-DPIA-5: personal data kept past its retention period.
void retention(Session& s, CheckReport& r) {
  for (const Expired& e : past_retention(s))
    r.add(Severity::warning, "R-DPIA-5", fmt::format("person {}", e.person), e.retention_end,
          fmt::format("former {} of {} (until {}): personal data past retention, {}; run 'mbov dpia purge'", e.role,
                      e.member, e.ended.str(), due_phrase(e.retention_end, s.today)));
}

}  // namespace

CheckReport check(Session& s) {
  CheckReport r{"dpia", {}, {}};
  initial_dpias(s, r);
  change_dpias(s, r);
  periodic_dpias(s, r);
  register_records(s, r);
  officer_in_office(s, r);
  retention(s, r);
  r.perfdata.emplace_back("dpias", sql(s).execAndGet("SELECT count(*) FROM dpia").getInt64());
  r.perfdata.emplace_back("open_dpias", sql(s).execAndGet("SELECT count(*) FROM dpia WHERE completed IS NULL").getInt64());
  return r;
}

}  // namespace mbov::dpia
