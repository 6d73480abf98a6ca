#pragma once
// Incidents of the quality processes and personal-data breaches (R-INC-1..7): opening, the status
// state machine, the timeline, service levels, escalation, change routing, problems, breach
// notifications. Timestamps are stored in UTC and shown in local time. Rules take and return the
// records below; to_object turns them into output.
#include <cstdint>
#include <istream>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::incident {

// ---- the closed sets (sets.cpp) -----------------------------------------------------------------
// Each is stored and printed as its word (English prints the word, people read it translated,
// core/words.cpp); text becomes one once, at the edge (an option, a CSV field, a database row).

// The statuses of require_transition's state machine; stored and printed as their words: new,
// acknowledged, in-progress, resolved, closed (new_: `new` is a keyword).
enum class Status { new_, acknowledged, in_progress, resolved, closed };
// The word of a status, as stored and as English prints it.
std::string_view status_name(Status status);
// A status from its word (the CLI, a database row, an imported CSV field); nullopt for any other text.
std::optional<Status> status_from(std::string_view word);
// status_from, or Exit::data naming `what`, the text and the statuses there are.
Status parse_status(std::string_view text, std::string_view what);
// Every status's word, in Status's order (what completes --status).
std::span<const std::string_view> status_words();

// R-INC-1: the kinds of incident: disruption, change, backup, problem, access, breach.
enum class Kind { disruption, change, backup, problem, access, breach };
std::string_view kind_name(Kind kind);
// A kind from its word; Exit::data naming `what`, the text and the kinds there are (R-INC-1).
Kind parse_kind(std::string_view text, std::string_view what);
// Every kind's word, in Kind's order (what completes --kind).
std::span<const std::string_view> kind_words();

// R-INC-2: the escalation levels, lowest first: operational, tactical, strategic.
enum class Level { operational, tactical, strategic };
std::string_view level_name(Level level);
// A level from its word; Exit::data naming `what`, the text and the levels there are (R-INC-2).
Level parse_level(std::string_view text, std::string_view what);
// A level an incident is escalated to (--to): tactical or strategic, as every incident starts
// operational; Exit::data naming `what` for any other text (R-INC-2).
Level parse_escalation_to(std::string_view text, std::string_view what);
// Every level's word, in Level's order (what completes --to).
std::span<const std::string_view> level_words();

// R-INC-4: the groups a change is routed to (gov's groups; the community takes none):
// expert-group, working-group.
enum class Group { expert_group, working_group };
std::string_view group_name(Group group);
// A group from its word; Exit::data naming `what`, the text and the groups there are (R-INC-4).
Group parse_group(std::string_view text, std::string_view what);

// What a timeline entry records: opened, status, escalation, note, link, notification,
// problem-holder (R-INC-2: each step with its time and actor).
enum class EventKind { opened, status, escalation, note, link, notification, problem_holder };
std::string_view event_kind_name(EventKind kind);
// An event kind from its word; Exit::data naming `what`, the text and the kinds there are.
EventKind parse_event_kind(std::string_view text, std::string_view what);

// One stored incident.
struct Incident {
  std::int64_t id = 0;
  Kind kind = Kind::disruption;
  std::string title;
  std::optional<std::string> product, member;
  std::optional<std::int64_t> reporter;        // a person row (personal data lives there only)
  std::optional<std::string> reporter_name;    // null once erased (dpia::erase_person)
  int priority = 0;
  Status status = Status::new_;
  Level escalation = Level::operational;
  Timestamp opened, respond_by, resolve_by;
  std::optional<Timestamp> acknowledged_at, resolved_at, closed_at;
  bool fundamental = false, problem_holder = false;
  std::optional<Group> group;  // changes (R-INC-4): the group that handles it, shown as its route
  std::optional<std::int64_t> motion, problem;
  std::optional<Timestamp> authority_deadline, authority_notified, members_notified, subjects_notified, no_risk_at;
  std::optional<std::string> no_risk_reason, late_reason;

  bool is_open() const { return status != Status::resolved && status != Status::closed; }
  // R-INC-3: the response is the acknowledgement, or the resolution when it skipped acknowledging.
  std::optional<Timestamp> responded_at() const { return acknowledged_at ? acknowledged_at : resolved_at; }
  // R-INC-7: when a breach was reported to the authority or recorded as unlikely to result in a
  // risk (the earlier); nullopt while neither.
  std::optional<Timestamp> decided_at() const;
  bool breach_decided() const { return decided_at().has_value(); }
};

// One entry of an incident's timeline.
struct Event {
  Timestamp at;
  std::string actor;
  EventKind kind = EventKind::note;
  std::string detail;
  std::optional<std::string> note;
};

// An incident with its timeline; a problem record also with the incidents it groups (R-INC-5).
struct Details {
  Incident incident;
  std::vector<Event> timeline;
  std::vector<Incident> grouped;
};

// ---- rules (rules.cpp) --------------------------------------------------------------------------

// R-INC-3: the priority when none is given: 1 for a breach (the 72-hour clock runs), else 3.
int default_priority(Kind kind);
// A priority 1-4 from text ("--priority", a CSV field); Exit::data otherwise.
int parse_priority(std::string_view text, std::string_view what);

// THE status state machine: new → acknowledged → in-progress → resolved → closed, resolved from
// any open status (the skipped stages stay absent), and reopening resolved → in-progress. Any
// other move throws Exit::data.
void require_transition(Status from, Status to);

// R-INC-2: operational → tactical → strategic. The level after `current` without `to`;
// Exit::data for a level not above `current`.
Level escalation_target(Level current, std::optional<Level> to);

// R-INC-4: the group that handles a change: the working group for a fundamental change, unless it
// comes from the AV-approved year plan; the expert group otherwise. Nullopt for other kinds.
std::optional<Group> change_group(Kind kind, bool fundamental, bool from_year_plan);

struct Deadlines {
  Timestamp respond_by, resolve_by;
};
// R-INC-3: the service levels of `priority` from the opening time, in elapsed hours.
Deadlines sla_deadlines(const Policy& policy, int priority, Timestamp opened);
// R-INC-7: the awareness time plus incident.breach_authority_hours.
Timestamp authority_deadline(const Policy& policy, Timestamp aware);
// Done at or before the deadline is in time; nullopt while not done.
std::optional<bool> in_time(const std::optional<Timestamp>& done, Timestamp deadline);
// R-INC-3: whether incidents of `kind` are on the service-level clock (incident.sla_kinds); changes
// and problems are planned work.
bool on_sla_clock(const Policy& policy, Kind kind);
// R-GEN-1: the incident as it stood at `at`: what happened later (a response, a resolution, a
// notification) not yet done.
Incident as_of(Incident incident, Timestamp at);
// R-INC-3, R-INC-7: whether the incident's service levels still bind at `at`: not for a kind off
// the clock, nor for a breach decided by then, whose deadline is the authority's clock.
bool service_levels_apply(const Policy& policy, const Incident& incident, Timestamp at);
// R-INC-3: at `now`, a deadline running from `start`: past it CRITICAL, at or past
// incident.escalate_at_percent of its time WARNING, else OK.
Severity deadline_severity(const Policy& policy, Timestamp start, Timestamp deadline, Timestamp now);
// R-INC-3: the moment a deadline running from `start` starts to warn (deadline_severity's WARNING).
Timestamp warning_moment(const Policy& policy, Timestamp start, Timestamp deadline);

// ---- records (incident.cpp) ---------------------------------------------------------------------

struct OpenRequest {
  Kind kind = Kind::disruption;
  std::string title;
  std::optional<std::string> product, member, reporter;
  std::optional<int> priority;
  std::optional<Timestamp> at;  // default: the session's now; for a breach, the awareness time
  bool fundamental = false;
  std::optional<std::int64_t> motion;  // changes: linked as link_motion does
  bool problem_holder = false;
};
std::int64_t open(Session& s, const OpenRequest& request);

Incident load(Session& s, std::int64_t id);  // Exit::data when there is none

// What every timeline entry may carry: a note, and when it happened (default: the session's now;
// never before the incident's latest event).
struct EventInput {
  std::optional<std::string> note;
  std::optional<Timestamp> at;
};
// Moves the status (require_transition) and records it on the timeline.
Event set_status(Session& s, std::int64_t id, Status status, const EventInput& in = {});
// R-INC-2; `to` absent: the next level.
Event escalate(Session& s, std::int64_t id, std::optional<Level> to, const EventInput& in = {});
// The note is required and not empty.
Event add_note(Session& s, std::int64_t id, const EventInput& in);

// ---- links (link.cpp) ---------------------------------------------------------------------------

// R-INC-5: groups the incident under a problem record (an incident of kind problem).
Event link_problem(Session& s, std::int64_t id, std::int64_t problem, const std::optional<Timestamp>& at = {});
// R-INC-4: the adopted AV motion that decides a fundamental change, or the adopted budget motion
// of the year plan a change comes from (which keeps it with the expert group).
Event link_motion(Session& s, std::int64_t id, std::int64_t motion, const std::optional<Timestamp>& at = {});
// R-INC-6: the cooperative takes over as problem holder from the reporting member.
Event take_over(Session& s, std::int64_t id, const EventInput& in = {});

// ---- breaches (breach.cpp) ----------------------------------------------------------------------

enum class Notice { authority, members, subjects, no_risk };
struct BreachNotice {
  Notice step = Notice::authority;
  std::optional<std::string> reason;  // a late report's reasons, or why there is no risk
  std::optional<Timestamp> at;
};
// R-INC-7: records one notification step of a breach (or the decision that it is unlikely to
// result in a risk). Late authority notifications and no-risk decisions need a reason.
Event notify(Session& s, std::int64_t id, const BreachNotice& notice);
// R-INC-7: a breach is closed only once reported to the authority or recorded as no risk.
void require_breach_decided(const Incident& incident);

// ---- views (view.cpp) ---------------------------------------------------------------------------

struct Filter {
  bool open_only = false;
  std::optional<Kind> kind;
  std::optional<std::string> product;
  std::optional<Date> since;  // opened on or after this local date
};
std::vector<Incident> list(Session& s, const Filter& filter);  // oldest first
Details show(Session& s, std::int64_t id);

// The output edge: the JSON fields of man/mbov-incident.1.
Object to_object(const Incident& incident);
// With timeline, and for a problem its incidents; an event's detail is detail_message.
Object to_object(const Details& details);
// An event's detail: a breach notification step as a word people read translated (R-INC-7);
// other details as recorded.
Message detail_message(const Event& e);
// The columns of `incident list --format csv`, which `incident import` reads back.
const std::vector<std::string>& csv_columns();
// The columns of the table for people.
const std::vector<std::string>& table_columns();

// ---- what the reports read (view.cpp) ---------------------------------------------------------

// R-INC-3: a service level missed: a deadline in [from, to) that passed before it was met, or is
// still unmet at `now`, while it applied (service_levels_apply).
struct SlaMiss {
  Incident incident;
  const char* deadline = "respond";  // "respond" or "resolve", marked N_
  Timestamp due;
  std::optional<Timestamp> done;  // the response or the resolution; none while not done
};
// By due, then id, respond before resolve.
std::vector<SlaMiss> sla_misses(Session& s, Timestamp from, Timestamp to, Timestamp now);
// R-INC-3: the incidents opened in [from, to) per product and kind: how many, how many resolved,
// and for the kinds on the service-level clock (on_sla_clock) how many met each deadline
// (in_time) and the share of the resolved ones resolved in time, in percent to one decimal; those
// three are null for planned work. `escalated`: how many left the operational level.
struct KindStats {
  std::optional<std::string> product;
  Kind kind = Kind::disruption;
  std::int64_t opened = 0, resolved = 0;
  std::optional<std::int64_t> responded_in_time, resolved_in_time;
  std::optional<double> sla_percent;
  std::int64_t escalated = 0;
};
// By product (none first), then kind.
std::vector<KindStats> kind_stats(Session& s, Timestamp from, Timestamp to);
// The incidents resolved in [from, to), by resolution time and id (in_time tells each in time).
std::vector<Incident> resolved_between(Session& s, Timestamp from, Timestamp to);
// R-INC-7: a breach's notification state at `now`, in words marked N_: "no risk recorded",
// "NOT REPORTED, deadline passed", "to report", "reported late" or "reported".
const char* breach_state(const Incident& breach, Timestamp now);
// R-INC-7: the breaches neither reported to the authority nor recorded as no risk, by their
// authority deadline.
std::vector<Incident> undecided_breaches(Session& s);
// R-INC-7: the breaches a report of [from, to) shows: opened before `to`, and opened in it, or
// still undecided (breach_decided), or with a notification step (or the no-risk decision) done
// from `from` on. By opening, then id.
std::vector<Incident> breaches_concerning(Session& s, Timestamp from, Timestamp to);
// The open incidents (Incident::is_open): how many in all, and per product.
struct OpenCount {
  std::int64_t total = 0;
  std::map<std::string, std::int64_t> per_product;
  std::int64_t of(const std::string& product) const;
};
// R-GEN-1: as of the session's now (opened by then, not resolved by then).
OpenCount open_count(Session& s);

// ---- overdue (check.cpp) and import (import.cpp) ------------------------------------------------

CheckReport check(Session& s);
// All-or-nothing; returns the new ids in file order.
std::vector<std::int64_t> import_csv(Session& s, std::istream& in, const std::string& source);

}  // namespace mbov::incident

MBOV_PUBLIC_END
