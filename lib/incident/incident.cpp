// Incidents: opening, loading, the status moves, escalation and notes, each on the timeline.
#include "incident/incident.hpp"
#include "core/keys.hpp"
#include "core/sql.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/audit.hpp"
#include "core/error.hpp"
#include "incident/store.hpp"
#include "core/session.hpp"

namespace mbov::incident {
namespace store {

std::string subject(std::int64_t id) { return fmt::format("incident {}", id); }

Timestamp event_time(Session& s, const Incident& incident, const std::optional<Timestamp>& at) {
  Timestamp when = at.value_or(s.now);
  SQLite::Statement& q = statement(s, "SELECT max(at) FROM incident_event WHERE incident = ?");
  q.bind(1, incident.id);
  q.executeStep();
  Timestamp latest = q.getColumn(0).isNull() ? incident.opened : Timestamp::parse(q.getColumn(0).getString(), "event");
  if (when < latest)
    throw Error(Exit::data,
                fmt::format("--at {} is before the latest event of incident {} ({})", when.local(), incident.id,
                            latest.local()),
                {}, "the timeline only grows forward; give a later --at");
  return when;
}

void add_event(Session& s, std::int64_t id, Timestamp at, std::string_view kind, const std::string& detail,
               const std::optional<std::string>& note) {
  SQLite::Statement& q = statement(s, "INSERT INTO incident_event (incident, at, actor, kind, detail, note) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, id);
  q.bind(2, at.utc());
  q.bind(3, s.actor);
  q.bind(4, std::string(kind));
  q.bind(5, detail);
  if (note) q.bind(6, *note);
  q.exec();
  audit::record(s, "incident", std::to_string(id), kind,
                Object().add("at", at.utc()).add("detail", detail).add("note", note));
}

void set_column(Session& s, std::int64_t id, std::string_view column, const Value& value) {
  // `column` is always a literal of this library, never user input.
  SQLite::Statement& q = statement(s, fmt::format("UPDATE incident SET {} = ? WHERE id = ?", column));
  if (const auto* text = std::get_if<std::string>(&value.data)) q.bind(1, *text);
  if (const auto* number = std::get_if<std::int64_t>(&value.data)) q.bind(1, *number);
  if (const auto* flag = std::get_if<bool>(&value.data)) q.bind(1, *flag ? 1 : 0);
  q.bind(2, id);
  q.exec();
}

}  // namespace store

namespace {

std::optional<Timestamp> stamp(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return Timestamp::parse(c.getString(), "incident");
}
std::optional<std::string> text(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}
std::optional<std::int64_t> number(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

}  // namespace

std::int64_t open(Session& s, const OpenRequest& r) {
  require_kind(r.kind, "--kind");
  if (r.title.empty()) throw Error(Exit::data, "--title must not be empty");
  if (r.fundamental && r.kind != "change")
    throw Error(Exit::data, "--fundamental applies to changes only", "R-INC-4", "open it with --kind change");
  if (r.motion && !r.fundamental)
    throw Error(Exit::data, "--motion applies to fundamental changes only", "R-INC-4", "add --fundamental");
  const int priority = r.priority.value_or(default_priority(r.kind));
  const Timestamp opened = r.at.value_or(s.now);
  const Deadlines due = sla_deadlines(s.policy, priority, opened);

  std::optional<std::int64_t> reporter;
  if (r.reporter) {
    if (r.reporter->empty()) throw Error(Exit::data, "--reporter must not be empty");
    SQLite::Statement& p = statement(s, "INSERT INTO person (name) VALUES (?)");
    p.bind(1, *r.reporter);
    p.exec();
    reporter = sql(s).getLastInsertRowid();
  }
  SQLite::Statement& q = statement(s,
                      "INSERT INTO incident (kind, title, product, member, reporter, priority, status, opened, "
                      "respond_by, resolve_by, fundamental, authority_deadline) "
                      "VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?)");
  q.bind(1, r.kind);
  q.bind(2, r.title);
  if (r.product) q.bind(3, require_product(s, *r.product));
  if (r.member) q.bind(4, require_member(s, *r.member));
  if (reporter) q.bind(5, *reporter);
  q.bind(6, priority);
  q.bind(7, opened.utc());
  q.bind(8, due.respond_by.utc());
  q.bind(9, due.resolve_by.utc());
  q.bind(10, r.fundamental ? 1 : 0);
  if (r.kind == "breach") q.bind(11, authority_deadline(s.policy, opened).utc());
  q.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();

  audit::record(s, "incident", std::to_string(id), "open",
                Object()
                    .add("kind", r.kind)
                    .add("title", r.title)
                    .add("product", r.product)
                    .add("member", r.member)
                    .add("reporter", reporter)
                    .add("priority", priority)
                    .add("opened", opened.utc()));
  std::string detail = fmt::format("{}, priority {}", r.kind, priority);
  if (std::string route = change_route(r.kind, r.fundamental); !route.empty()) detail += ", route " + route;
  store::add_event(s, id, opened, "opened", detail, std::nullopt);
  if (r.motion) link_motion(s, id, *r.motion, opened);
  if (r.problem_holder) take_over(s, id, std::nullopt, opened);
  return id;
}

Incident load(Session& s, std::int64_t id) {
  SQLite::Statement& q = statement(s,
                      "SELECT kind, title, product, member, reporter, priority, status, escalation, opened, "
                      "respond_by, resolve_by, acknowledged_at, resolved_at, closed_at, fundamental, "
                      "problem_holder, motion, problem, authority_deadline, authority_notified, "
                      "members_notified, subjects_notified, no_risk_at, no_risk_reason, late_reason "
                      "FROM incident WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    throw Error(Exit::data, fmt::format("no incident with id {}", id), {}, "see 'mbov incident list'");
  Incident i;
  i.id = id;
  i.kind = q.getColumn(0).getString();
  i.title = q.getColumn(1).getString();
  i.product = text(q.getColumn(2));
  i.member = text(q.getColumn(3));
  i.reporter = number(q.getColumn(4));
  i.priority = q.getColumn(5).getInt();
  i.status = q.getColumn(6).getString();
  i.escalation = q.getColumn(7).getString();
  i.opened = *stamp(q.getColumn(8));
  i.respond_by = *stamp(q.getColumn(9));
  i.resolve_by = *stamp(q.getColumn(10));
  i.acknowledged_at = stamp(q.getColumn(11));
  i.resolved_at = stamp(q.getColumn(12));
  i.closed_at = stamp(q.getColumn(13));
  i.fundamental = q.getColumn(14).getInt() == 1;
  i.problem_holder = q.getColumn(15).getInt() == 1;
  i.motion = number(q.getColumn(16));
  i.problem = number(q.getColumn(17));
  i.authority_deadline = stamp(q.getColumn(18));
  i.authority_notified = stamp(q.getColumn(19));
  i.members_notified = stamp(q.getColumn(20));
  i.subjects_notified = stamp(q.getColumn(21));
  i.no_risk_at = stamp(q.getColumn(22));
  i.no_risk_reason = text(q.getColumn(23));
  i.late_reason = text(q.getColumn(24));
  return i;
}

void set_status(Session& s, std::int64_t id, std::string_view status, const std::optional<std::string>& note,
                const std::optional<Timestamp>& at) {
  const Incident i = load(s, id);
  require_transition(i.status, status);
  if (status == "closed") require_breach_decided(i);
  const Timestamp when = store::event_time(s, i, at);
  store::set_column(s, id, "status", std::string(status));
  // The times that decide the service levels (R-INC-3); reopening drops the earlier resolution
  // (the timeline keeps it), so the next resolution is the one measured.
  if (status == "acknowledged") store::set_column(s, id, "acknowledged_at", when.utc());
  if (status == "resolved") store::set_column(s, id, "resolved_at", when.utc());
  if (status == "closed") store::set_column(s, id, "closed_at", when.utc());
  if (i.status == "resolved" && status == "in-progress") store::set_column(s, id, "resolved_at", Value());
  store::add_event(s, id, when, "status", fmt::format("{} → {}", i.status, status), note);
}

void escalate(Session& s, std::int64_t id, std::string_view to, const std::optional<std::string>& note,
              const std::optional<Timestamp>& at) {
  const Incident i = load(s, id);
  if (i.status == "closed") throw Error(Exit::data, fmt::format("incident {} is closed", id), "R-INC-2");
  const std::string level = escalation_target(i.escalation, to);
  const Timestamp when = store::event_time(s, i, at);
  store::set_column(s, id, "escalation", level);
  store::add_event(s, id, when, "escalation", fmt::format("{} → {}", i.escalation, level), note);
}

void add_note(Session& s, std::int64_t id, const std::string& note, const std::optional<Timestamp>& at) {
  if (note.empty()) throw Error(Exit::data, "the note must not be empty");
  const Incident i = load(s, id);
  store::add_event(s, id, store::event_time(s, i, at), "note", "", note);
}

}  // namespace mbov::incident
