// Personal-data breaches (R-INC-7, GDPR art. 33 and 34): the notification steps.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/incident/incident.hpp>
#include "incident/timeline.hpp"

namespace mbov::incident {
namespace {

// The time a step was done, as the record holds it; its name on the timeline.
std::optional<Timestamp>& done(Incident& i, Notice n) {
  switch (n) {
    case Notice::authority: return i.authority_notified;
    case Notice::members: return i.members_notified;
    case Notice::subjects: return i.subjects_notified;
    case Notice::no_risk: break;
  }
  return i.no_risk_at;
}
// The details of the timeline's notification events, as recorded (English); detail_message
// makes them words people read translated. Only the authority can be notified late (R-INC-7).
constexpr const char* step_words[] = {N_("authority notified"), N_("members informed"), N_("data subjects informed"),
                                      N_("recorded as unlikely to result in a risk"), N_("authority notified (late)")};
const char* step_name(Notice n, bool late) {
  switch (n) {
    case Notice::authority: return step_words[late ? 4 : 0];
    case Notice::members: return step_words[1];
    case Notice::subjects: return step_words[2];
    case Notice::no_risk: break;
  }
  return step_words[3];
}
// "incident {}: <step_name> already on {}", one sentence per step.
Message already_done(Notice n, std::int64_t id, const std::string& when) {
  switch (n) {
    case Notice::authority: return msg("incident {}: authority notified already on {}", id, when);
    case Notice::members: return msg("incident {}: members informed already on {}", id, when);
    case Notice::subjects: return msg("incident {}: data subjects informed already on {}", id, when);
    case Notice::no_risk: break;
  }
  return msg("incident {}: recorded as unlikely to result in a risk already on {}", id, when);
}

bool has_text(const std::optional<std::string>& s) { return s && !s->empty(); }

}  // namespace

Message detail_message(const Event& e) {
  if (e.kind == EventKind::notification)
    for (const char* words : step_words)
      if (e.detail == words) return marked(words);
  return e.detail;
}

Event notify(Session& s, std::int64_t id, const BreachNotice& n) {
  // R-INC-7
  Incident i = load(s, id);
  if (i.kind != Kind::breach)
    throw Error(Exit::data, msg("incident {} is a {}, not a breach", id, kind_name(i.kind)), "R-INC-7",
                msg("notifications are for personal-data breaches"));
  if (const auto& when = done(i, n.step))
    throw Error(Exit::data, already_done(n.step, id, when->local()), "R-INC-7");
  if (n.step == Notice::no_risk && i.authority_notified)
    throw Error(Exit::data, msg("incident {} is already reported to the authority", id), "R-INC-7");
  const Timestamp when = event_time(s, i, n.at);
  const bool late = n.step == Notice::authority && when > *i.authority_deadline;
  if (late && !has_text(n.reason))
    throw Error(Exit::data,
                msg("incident {}: the authority is notified after the deadline {}; give the reasons for the delay",
                            id, i.authority_deadline->local()),
                "R-INC-7", msg("add --reason TEXT (GDPR art. 33(1))"));
  if (n.step == Notice::no_risk && !has_text(n.reason))
    throw Error(Exit::data, msg("incident {}: not reporting a breach needs its reason documented", id),
                "R-INC-7", msg("add --reason TEXT: why it is unlikely to result in a risk"));
  done(i, n.step) = when;
  if (late) i.late_reason = n.reason;
  if (n.step == Notice::no_risk) i.no_risk_reason = n.reason;
  return record(s, i, when, EventKind::notification, step_name(n.step, late), n.reason);
}

void require_breach_decided(const Incident& i) {
  // R-INC-7: every breach is documented, reported or not.
  if (i.kind == Kind::breach && !i.breach_decided())
    throw Error(Exit::data, msg("breach {} is neither reported to the authority nor recorded as no risk", i.id),
                "R-INC-7", msg("'mbov incident notify {} --authority' or '--no-risk --reason TEXT'", i.id));
}

}  // namespace mbov::incident
