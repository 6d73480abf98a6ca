// Personal-data breaches (R-INC-7, GDPR art. 33 and 34): the notification steps.
#include <fmt/format.h>

#include "core/error.hpp"
#include "incident/incident.hpp"
#include "incident/store.hpp"
#include "core/session.hpp"

namespace mbov::incident {
namespace {

struct Step {
  const char* column;  // the time it was done
  const char* name;    // on the timeline
};
Step step_of(Notice n) {
  switch (n) {
    case Notice::authority: return {"authority_notified", "authority notified"};
    case Notice::members: return {"members_notified", "members informed"};
    case Notice::subjects: return {"subjects_notified", "data subjects informed"};
    case Notice::no_risk: break;
  }
  return {"no_risk_at", "recorded as unlikely to result in a risk"};
}

const std::optional<Timestamp>& done(const Incident& i, Notice n) {
  switch (n) {
    case Notice::authority: return i.authority_notified;
    case Notice::members: return i.members_notified;
    case Notice::subjects: return i.subjects_notified;
    case Notice::no_risk: break;
  }
  return i.no_risk_at;
}

bool has_text(const std::optional<std::string>& s) { return s && !s->empty(); }

}  // namespace

void notify(Session& s, std::int64_t id, Notice notice, const std::optional<std::string>& reason,
            const std::optional<Timestamp>& at) {
  // R-INC-7
  const Incident i = load(s, id);
  const Step step = step_of(notice);
  if (i.kind != "breach")
    throw Error(Exit::data, fmt::format("incident {} is a {}, not a breach", id, i.kind), "R-INC-7",
                "notifications are for personal-data breaches");
  if (const auto& when = done(i, notice))
    throw Error(Exit::data, fmt::format("incident {}: {} already on {}", id, step.name, when->local()), "R-INC-7");
  if (notice == Notice::no_risk && i.authority_notified)
    throw Error(Exit::data, fmt::format("incident {} is already reported to the authority", id), "R-INC-7");
  const Timestamp when = store::event_time(s, i, at);
  const bool late = notice == Notice::authority && when > *i.authority_deadline;
  if (late && !has_text(reason))
    throw Error(Exit::data,
                fmt::format("incident {}: the authority is notified after the deadline {}; give the reasons for the delay",
                            id, i.authority_deadline->local()),
                "R-INC-7", "add --reason TEXT (GDPR art. 33(1))");
  if (notice == Notice::no_risk && !has_text(reason))
    throw Error(Exit::data, fmt::format("incident {}: not reporting a breach needs its reason documented", id),
                "R-INC-7", "add --reason TEXT: why it is unlikely to result in a risk");
  store::set_column(s, id, step.column, when.utc());
  if (late) store::set_column(s, id, "late_reason", *reason);
  if (notice == Notice::no_risk) store::set_column(s, id, "no_risk_reason", *reason);
  store::add_event(s, id, when, "notification", late ? std::string(step.name) + " (late)" : step.name, reason);
}

void require_breach_decided(const Incident& i) {
  // R-INC-7: every breach is documented, reported or not.
  if (i.kind == "breach" && !i.authority_notified && !i.no_risk_at)
    throw Error(Exit::data, fmt::format("breach {} is neither reported to the authority nor recorded as no risk", i.id),
                "R-INC-7", fmt::format("'mbov incident notify {} --authority' or '--no-risk --reason TEXT'", i.id));
}

}  // namespace mbov::incident
