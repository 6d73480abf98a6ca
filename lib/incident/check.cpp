// incident overdue: the open incidents and undecided breaches that need action now.
#include <mbov/core/msg.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/session.hpp>
#include <mbov/incident/incident.hpp>
#include "incident/store.hpp"
#include "incident/timeline.hpp"

namespace mbov::incident {
namespace {

// "3 h 15 min overdue" / "45 min left" / "due now"
Message left_phrase(Timestamp deadline, Timestamp now) {
  long long seconds = now.seconds_until(deadline);
  if (seconds == 0) return msg("due now");
  long long minutes = (seconds < 0 ? -seconds : seconds) / 60;
  if (minutes >= 60)
    return seconds < 0 ? msg("{} h {} min overdue", minutes / 60, minutes % 60)
                       : msg("{} h {} min left", minutes / 60, minutes % 60);
  return seconds < 0 ? msg("{} min overdue", minutes) : msg("{} min left", minutes);
}

// A deadline is a moment: the finding carries it (due_at) beside its local date (due). `message`
// (N_) is what is due by when: {} the deadline, {} the time left, {} kind, {} priority, {} title.
void judge(CheckReport& report, Session& s, const Incident& i, const char* rule,
           fmt::format_string<msg_arg_t<Timestamp>, msg_arg_t<Message>, msg_arg_t<WordOf>, int, std::string> message,
           Timestamp deadline) {
  report.add(deadline_severity(s.policy, i.opened, deadline, s.now), rule, msg("incident {}", i.id),
             deadline.local_date(),
             msg(message, deadline, left_phrase(deadline, s.now), WordOf{"kind", std::string(kind_name(i.kind))}, i.priority, i.title),
             deadline);
}

}  // namespace

CheckReport check(Session& s) {
  CheckReport report{"incident", {}, {}};
  // Open incidents, and breaches of any status that are neither reported nor recorded as no risk:
  // the legal duty to report does not end with the incident (R-INC-7).
  long long open = 0;
  for (const Incident& i : store::needing_action(s)) {
    const bool breach = i.kind == Kind::breach;
    // R-INC-3: respond (acknowledge) and resolve within the service levels, while they apply.
    if (i.is_open()) ++open;
    if (i.is_open() && service_levels_apply(s.policy, i, s.now)) {
      if (i.status == Status::new_)
        judge(report, s, i, "R-INC-3", N_("respond by {}, {} ({}, priority {}: {})"), i.respond_by);
      judge(report, s, i, "R-INC-3", N_("resolve by {}, {} ({}, priority {}: {})"), i.resolve_by);
    }
    if (breach && !i.breach_decided())
      judge(report, s, i, "R-INC-7", N_("report to the authority by {}, {} ({}, priority {}: {})"),
            *i.authority_deadline);
  }
  report.perfdata.emplace_back("open", open);
  return report;
}

}  // namespace mbov::incident
