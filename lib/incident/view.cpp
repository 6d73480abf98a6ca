// What list and show print: an incident as an Object, in local time.
#include <SQLiteCpp/Statement.h>

#include "incident/incident.hpp"
#include "core/keys.hpp"
#include "core/sql.hpp"
#include "incident/store.hpp"
#include "core/session.hpp"

namespace mbov::incident {
namespace {

Value local(const std::optional<Timestamp>& t) { return t ? Value(t->local()) : Value(); }

std::optional<std::string> person_name(Session& s, const std::optional<std::int64_t>& person) {
  if (!person) return std::nullopt;
  SQLite::Statement q(sql(s), "SELECT name FROM person WHERE id = ?");
  q.bind(1, *person);
  if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;  // erased (R-DPIA-5)
  return q.getColumn(0).getString();
}

Object to_object(Session& s, const Incident& i) {
  const std::string route = change_route(i.kind, i.fundamental);
  Object o;
  o.add("id", i.id)
      .add("kind", i.kind)
      .add("title", i.title)
      .add("product", i.product)
      .add("member", i.member)
      .add("reporter", person_name(s, i.reporter))
      .add("priority", i.priority)
      .add("status", i.status)
      .add("opened", i.opened.local())
      .add("acknowledged", local(i.acknowledged_at))
      .add("resolved", local(i.resolved_at))
      .add("closed", local(i.closed_at))
      .add("escalation", i.escalation)
      .add("respond_by", i.respond_by.local())
      .add("resolve_by", i.resolve_by.local())
      .add("responded_in_time", in_time(i.acknowledged_at, i.respond_by))
      .add("resolved_in_time", in_time(i.resolved_at, i.resolve_by))
      .add("fundamental", i.fundamental)
      .add("route", route.empty() ? Value() : Value(route))
      .add("av_decision_needed", i.fundamental)
      .add("motion", i.motion)
      .add("problem", i.problem)
      .add("problem_holder", i.problem_holder)
      .add("authority_deadline", local(i.authority_deadline))
      .add("authority_notified", local(i.authority_notified))
      .add("late_reason", i.late_reason)
      .add("members_notified", local(i.members_notified))
      .add("subjects_notified", local(i.subjects_notified))
      .add("no_risk", local(i.no_risk_at))
      .add("no_risk_reason", i.no_risk_reason);
  return o;
}

Array timeline(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT at, actor, kind, detail, note FROM incident_event WHERE incident = ? ORDER BY at, id");
  q.bind(1, id);
  Array events;
  while (q.executeStep()) {
    Object e;
    e.add("at", Timestamp::parse(q.getColumn(0).getString(), "event").local())
        .add("actor", q.getColumn(1).getString())
        .add("event", q.getColumn(2).getString())
        .add("detail", q.getColumn(3).getString())
        .add("note", q.getColumn(4).isNull() ? Value() : Value(q.getColumn(4).getString()));
    events.push_back(std::move(e));
  }
  return events;
}

Array problem_incidents(Session& s, std::int64_t problem) {
  // R-INC-5: the problem shows the incidents it groups.
  SQLite::Statement q(sql(s), "SELECT id, kind, status, title FROM incident WHERE problem = ? ORDER BY id");
  q.bind(1, problem);
  Array rows;
  while (q.executeStep())
    rows.push_back(Object()
                       .add("id", q.getColumn(0).getInt64())
                       .add("kind", q.getColumn(1).getString())
                       .add("status", q.getColumn(2).getString())
                       .add("title", q.getColumn(3).getString()));
  return rows;
}

}  // namespace

std::vector<Object> list(Session& s, const Filter& f) {
  if (f.kind) require_kind(*f.kind, "--kind");
  if (f.product) require_product(s, *f.product);
  SQLite::Statement q(sql(s),
                      "SELECT id FROM incident WHERE (?1 = 0 OR status NOT IN ('resolved', 'closed')) "
                      "AND (?2 IS NULL OR kind = ?2) AND (?3 IS NULL OR product = ?3 COLLATE NOCASE) "
                      "AND (?4 IS NULL OR opened >= ?4) ORDER BY opened, id");
  q.bind(1, f.open_only ? 1 : 0);
  if (f.kind) q.bind(2, *f.kind);
  if (f.product) q.bind(3, *f.product);
  if (f.since) q.bind(4, Timestamp::parse(f.since->str() + "T00:00", "--since").utc());  // local midnight
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  std::vector<Object> rows;
  for (std::int64_t id : ids) rows.push_back(to_object(s, load(s, id)));
  return rows;
}

Object show(Session& s, std::int64_t id) {
  const Incident i = load(s, id);
  Object o = to_object(s, i);
  if (i.kind == "problem") o.add("incidents", problem_incidents(s, id));
  o.add("timeline", timeline(s, id));
  return o;
}

const std::vector<std::string>& csv_columns() {
  // Every field of list but the computed in-time flags and av_decision_needed.
  static const std::vector<std::string> columns{
      "id", "kind", "title", "product", "member", "reporter", "priority", "status", "opened", "acknowledged",
      "resolved", "closed", "escalation", "respond_by", "resolve_by", "fundamental", "route", "motion",
      "problem", "problem_holder", "authority_deadline", "authority_notified", "late_reason",
      "members_notified", "subjects_notified", "no_risk", "no_risk_reason"};
  return columns;
}

const std::vector<std::string>& table_columns() {
  static const std::vector<std::string> columns{"id",         "kind",       "priority", "status",  "escalation",
                                                "route",      "opened",     "respond_by", "resolve_by",
                                                "product",    "member",     "title"};
  return columns;
}

}  // namespace mbov::incident
