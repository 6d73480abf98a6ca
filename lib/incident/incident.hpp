#pragma once
// Incidents of the quality processes and personal-data breaches (R-INC-1..7): opening, the status
// state machine, the timeline, service levels, escalation, change routing, problems, breach
// notifications. Timestamps are stored in UTC and shown in local time.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/check.hpp"
#include "core/dates.hpp"
#include "core/policy.hpp"
#include "core/value.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::incident {

// One stored incident, as the table holds it.
struct Incident {
  std::int64_t id = 0;
  std::string kind, title;
  std::optional<std::string> product, member;
  std::optional<std::int64_t> reporter;  // a person row (personal data lives there only)
  int priority = 0;
  std::string status, escalation;
  Timestamp opened, respond_by, resolve_by;
  std::optional<Timestamp> acknowledged_at, resolved_at, closed_at;
  bool fundamental = false, problem_holder = false;
  std::optional<std::int64_t> motion, problem;
  std::optional<Timestamp> authority_deadline, authority_notified, members_notified, subjects_notified, no_risk_at;
  std::optional<std::string> no_risk_reason, late_reason;

  bool is_open() const { return status != "resolved" && status != "closed"; }
};

// ---- rules (incident_rules.cpp) -----------------------------------------------------------------

// R-INC-1: the six kinds; Exit::data naming `what` for any other.
void require_kind(std::string_view kind, std::string_view what);
// R-INC-3: the priority when none is given: 1 for a breach (the 72-hour clock runs), else 3.
int default_priority(std::string_view kind);
// A priority 1-4 from text ("--priority", a CSV field); Exit::data otherwise.
int parse_priority(std::string_view text, std::string_view what);

// THE status state machine: new → acknowledged → in-progress → resolved → closed, and reopening
// resolved → in-progress. Any other move throws Exit::data.
void require_transition(std::string_view from, std::string_view to);

// R-INC-2: operational → tactical → strategic. The level after `current` when `to` is empty;
// Exit::data for an unknown level or one not above `current`.
std::string escalation_target(std::string_view current, std::string_view to);

// R-INC-4: where a change is handled: "working-group" (fundamental, needs an AV decision) or
// "expert-group"; empty for other kinds.
std::string change_route(std::string_view kind, bool fundamental);

struct Deadlines {
  Timestamp respond_by, resolve_by;
};
// R-INC-3: the service levels of `priority` from the opening time, in elapsed hours.
Deadlines sla_deadlines(const Policy& policy, int priority, Timestamp opened);
// R-INC-7: the awareness time plus incident.breach_authority_hours.
Timestamp authority_deadline(const Policy& policy, Timestamp aware);
// Done at or before the deadline is in time; nullopt while not done.
std::optional<bool> in_time(const std::optional<Timestamp>& done, Timestamp deadline);
// R-INC-3: at `now`, a deadline running from `start`: past it CRITICAL, at or past
// incident.escalate_at_percent of its time WARNING, else OK.
Severity deadline_severity(const Policy& policy, Timestamp start, Timestamp deadline, Timestamp now);

// ---- records (incident.cpp) -------------------------------------------------------------------

struct OpenRequest {
  std::string kind, title;
  std::optional<std::string> product, member, reporter;
  std::optional<int> priority;
  std::optional<Timestamp> at;  // default: the session's now; for a breach, the awareness time
  bool fundamental = false;
  std::optional<std::int64_t> motion;
  bool problem_holder = false;
};
std::int64_t open(Session& s, const OpenRequest& request);

Incident load(Session& s, std::int64_t id);  // Exit::data when there is none

// Moves the status (require_transition) and records it on the timeline.
void set_status(Session& s, std::int64_t id, std::string_view status, const std::optional<std::string>& note,
                const std::optional<Timestamp>& at);
void escalate(Session& s, std::int64_t id, std::string_view to, const std::optional<std::string>& note,
              const std::optional<Timestamp>& at);
void add_note(Session& s, std::int64_t id, const std::string& note, const std::optional<Timestamp>& at);

// ---- links (incident_link.cpp) ----------------------------------------------------------------

// R-INC-5: groups the incident under a problem record (an incident of kind problem).
void link_problem(Session& s, std::int64_t id, std::int64_t problem, const std::optional<Timestamp>& at = {});
// R-INC-4: the AV motion that decides a fundamental change.
void link_motion(Session& s, std::int64_t id, std::int64_t motion, const std::optional<Timestamp>& at = {});
// R-INC-6: the cooperative takes over as problem holder from the reporting member.
void take_over(Session& s, std::int64_t id, const std::optional<std::string>& note, const std::optional<Timestamp>& at);

// ---- breaches (incident_breach.cpp) -----------------------------------------------------------

enum class Notice { authority, members, subjects, no_risk };
// R-INC-7: records one notification step of a breach (or the decision that it is unlikely to
// result in a risk). Late authority notifications and no-risk decisions need a reason.
void notify(Session& s, std::int64_t id, Notice notice, const std::optional<std::string>& reason,
            const std::optional<Timestamp>& at);
// R-INC-7: a breach is closed only once reported to the authority or recorded as no risk.
void require_breach_decided(const Incident& incident);

// ---- views (incident_view.cpp) ----------------------------------------------------------------

struct Filter {
  bool open_only = false;
  std::optional<std::string> kind, product;
  std::optional<Date> since;  // opened on or after this local date
};
std::vector<Object> list(Session& s, const Filter& filter);
Object show(Session& s, std::int64_t id);  // with its timeline, and for a problem its incidents
// The columns of `incident list --format csv`, which `incident import` reads back.
const std::vector<std::string>& csv_columns();
// The columns of the table for people.
const std::vector<std::string>& table_columns();

// ---- overdue (incident_check.cpp) and import (incident_import.cpp) ----------------------------

CheckReport check(Session& s);
// All-or-nothing; returns the new ids in file order.
std::vector<std::int64_t> import_csv(Session& s, std::istream& in, const std::string& source);

}  // namespace mbov::incident

MBOV_PUBLIC_END
