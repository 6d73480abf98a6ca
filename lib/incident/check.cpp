// incident overdue: the open incidents and unreported breaches that need action now.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "incident/incident.hpp"
#include "core/sql.hpp"
#include "incident/store.hpp"
#include "core/session.hpp"

namespace mbov::incident {
namespace {

// "3 h 15 min overdue" / "45 min left" / "due now"
std::string left_phrase(Timestamp deadline, Timestamp now) {
  long long seconds = now.seconds_until(deadline);
  if (seconds == 0) return "due now";
  long long minutes = (seconds < 0 ? -seconds : seconds) / 60;
  std::string span = minutes >= 60 ? fmt::format("{} h {} min", minutes / 60, minutes % 60) : fmt::format("{} min", minutes);
  return span + (seconds < 0 ? " overdue" : " left");
}

void judge(CheckReport& report, Session& s, const Incident& i, const char* rule, std::string_view what,
           Timestamp deadline) {
  report.add(deadline_severity(s.policy, i.opened, deadline, s.now), rule, store::subject(i.id),
             deadline.local_date(),
             fmt::format("{} by {}, {} ({}, priority {}: {})", what, deadline.local(), left_phrase(deadline, s.now),
                         i.kind, i.priority, i.title));
}

}  // namespace

CheckReport check(Session& s) {
  CheckReport report{"incident", {}, {}};
  // Open incidents, and breaches of any status that are neither reported nor recorded as no risk:
  // the legal duty to report does not end with the incident (R-INC-7).
  SQLite::Statement q(sql(s),
                      // Two reads of partial indexes (schema v7), not an OR that scans every incident.
                      "SELECT id, opened FROM incident WHERE status NOT IN ('resolved', 'closed') UNION "
                      "SELECT id, opened FROM incident WHERE kind = 'breach' AND authority_notified IS NULL "
                      "AND no_risk_at IS NULL ORDER BY opened, id");
  long long open = 0;
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  for (std::int64_t id : ids) {
    const Incident i = load(s, id);
    if (i.is_open()) {
      ++open;
      // R-INC-3: respond (acknowledge) and resolve within the service levels.
      if (i.status == "new") judge(report, s, i, "R-INC-3", "respond", i.respond_by);
      judge(report, s, i, "R-INC-3", "resolve", i.resolve_by);
    }
    if (i.kind == "breach" && !i.authority_notified && !i.no_risk_at)
      judge(report, s, i, "R-INC-7", "report to the authority", *i.authority_deadline);
  }
  report.perfdata.emplace_back("open", open);
  return report;
}

}  // namespace mbov::incident
