// Incidents: opening, loading, the status moves, escalation and notes, each on the timeline.
#include <mbov/incident/incident.hpp>
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>
#include "incident/store.hpp"
#include "incident/timeline.hpp"

namespace mbov::incident {

Timestamp event_time(Session& s, const Incident& incident, const std::optional<Timestamp>& at) {
  const Timestamp when = at.value_or(s.now);
  const Timestamp latest = store::latest_event(s, incident.id).value_or(incident.opened);
  if (when < latest)
    throw Error(Exit::data,
                msg("--at {} is before the latest event of incident {} ({})", human_moment(when), incident.id,
                            human_moment(latest)),
                {}, msg("the timeline only grows forward; give a later --at"));
  return when;
}

Event record(Session& s, const Incident& changed, Timestamp at, EventKind kind, std::string detail,
             std::optional<std::string> note) {
  store::update(s, changed);
  Event e{.at = at, .actor = s.actor, .kind = kind, .detail = std::move(detail), .note = std::move(note)};
  store::add_event(s, changed.id, e);
  return e;
}

std::int64_t open(Session& s, const OpenRequest& r) {
  if (r.title.empty()) throw Error(Exit::data, msg("--title must not be empty"));
  if (r.fundamental && r.kind != Kind::change)
    throw Error(Exit::data, msg("--fundamental applies to changes only"), "R-INC-4", msg("open it with --kind change"));
  if (r.motion && r.kind != Kind::change)
    throw Error(Exit::data, msg("--motion applies to changes only"), "R-INC-4", msg("open it with --kind change"));
  if (r.reporter && r.reporter->empty()) throw Error(Exit::data, msg("--reporter must not be empty"));
  Incident i;
  i.kind = r.kind;
  i.title = r.title;
  i.priority = r.priority.value_or(default_priority(r.kind));
  i.opened = r.at.value_or(s.now);
  const Deadlines due = sla_deadlines(s.policy, i.priority, i.opened);
  i.respond_by = due.respond_by;
  i.resolve_by = due.resolve_by;
  i.fundamental = r.fundamental;
  i.group = change_group(r.kind, r.fundamental, false);
  if (r.kind == Kind::breach) i.authority_deadline = authority_deadline(s.policy, i.opened);
  if (r.product) i.product = require_product(s, *r.product);
  if (r.member) i.member = require_member(s, *r.member);
  if (r.reporter) i.reporter = store::add_person(s, *r.reporter);
  i.id = store::insert(s, i);

  audit::record(s, "incident", std::to_string(i.id), "open",
                Object()
                    .add("kind", kind_name(r.kind))
                    .add("title", r.title)
                    .add("product", r.product)
                    .add("member", r.member)
                    .add("reporter", i.reporter)
                    .add("priority", i.priority)
                    .add("opened", i.opened.utc()));
  std::string detail = fmt::format("{}, priority {}", kind_name(r.kind), i.priority);
  if (i.group) detail += ", route " + std::string(group_name(*i.group));
  record(s, i, i.opened, EventKind::opened, detail);
  if (r.motion) link_motion(s, i.id, *r.motion, i.opened);
  if (r.problem_holder) take_over(s, i.id, {.note = std::nullopt, .at = i.opened});
  return i.id;
}

Incident load(Session& s, std::int64_t id) {
  if (auto i = store::find(s, id)) return *i;
  throw Error(Exit::data, msg("no incident with id {}", id), {}, msg("see 'mbov incident list'"));
}

Event set_status(Session& s, std::int64_t id, Status status, const EventInput& in) {
  const Incident before = load(s, id);
  require_transition(before.status, status);
  if (status == Status::closed) require_breach_decided(before);
  const Timestamp when = event_time(s, before, in.at);
  Incident i = before;
  i.status = status;
  // The times that decide the service levels (R-INC-3). Reopening drops the earlier resolution
  // (the timeline keeps it), so the next resolution is the one measured; when acknowledging was
  // skipped, that resolution stays the response.
  if (status == Status::acknowledged) i.acknowledged_at = when;
  if (status == Status::resolved) i.resolved_at = when;
  if (status == Status::closed) i.closed_at = when;
  if (before.status == Status::resolved && status == Status::in_progress) {
    i.acknowledged_at = before.responded_at();
    i.resolved_at.reset();
  }
  return record(s, i, when, EventKind::status, fmt::format("{} → {}", status_name(before.status), status_name(status)), in.note);
}

Event escalate(Session& s, std::int64_t id, std::optional<Level> to, const EventInput& in) {
  const Incident before = load(s, id);
  if (before.status == Status::closed) throw Error(Exit::data, msg("incident {} is closed", id), "R-INC-2");
  Incident i = before;
  i.escalation = escalation_target(before.escalation, to);
  const Timestamp when = event_time(s, before, in.at);
  return record(s, i, when, EventKind::escalation, fmt::format("{} → {}", level_name(before.escalation), level_name(i.escalation)), in.note);
}

Event add_note(Session& s, std::int64_t id, const EventInput& in) {
  if (!in.note || in.note->empty()) throw Error(Exit::data, msg("the note must not be empty"));
  const Incident i = load(s, id);
  return record(s, i, event_time(s, i, in.at), EventKind::note, "", in.note);
}

}  // namespace mbov::incident
