// The incident tables: incident and incident_event, read into and written from the records.
#include "incident/store.hpp"
#include "core/as_of.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <mbov/core/audit.hpp>
#include "core/sql.hpp"

namespace mbov::incident::store {
namespace {

constexpr const char* columns =
    "i.id, i.kind, i.title, i.product, i.member, i.reporter, p.name, i.priority, i.status, i.escalation, "
    "i.opened, i.respond_by, i.resolve_by, i.acknowledged_at, i.resolved_at, i.closed_at, i.fundamental, "
    "i.problem_holder, i.handling_group, i.motion, i.problem, i.authority_deadline, i.authority_notified, "
    "i.members_notified, i.subjects_notified, i.no_risk_at, i.no_risk_reason, i.late_reason "
    "FROM incident i LEFT JOIN person p ON p.id = i.reporter";

// R-INC-7: a breach not yet decided (Incident::breach_decided in SQL), the condition of the
// partial index incident_unreported.
constexpr const char* undecided = "(i.kind = 'breach' AND i.authority_notified IS NULL AND i.no_risk_at IS NULL)";

std::optional<Timestamp> opt_time(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return Timestamp::parse(c.getString(), "incident");
}
std::optional<std::int64_t> opt_number(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}
void bind_time(SQLite::Statement& q, int key, const std::optional<Timestamp>& t) {
  bind_opt(q, key, t ? std::optional(t->utc()) : std::nullopt);
}
void bind_group(SQLite::Statement& q, int key, const std::optional<Group>& g) {
  bind_opt(q, key, g ? std::optional(std::string(group_name(*g))) : std::nullopt);
}
void bind_number(SQLite::Statement& q, int key, const std::optional<std::int64_t>& n) {
  if (n) q.bind(key, *n);
  else q.bind(key);
}

Incident row(SQLite::Statement& q) {
  int c = 0;
  auto next = [&] { return q.getColumn(c++); };
  Incident i;
  i.id = next().getInt64();
  i.kind = parse_kind(next().getString(), "incident.kind");
  i.title = next().getString();
  i.product = opt_text(next());
  i.member = opt_text(next());
  i.reporter = opt_number(next());
  i.reporter_name = opt_text(next());
  i.priority = next().getInt();
  i.status = parse_status(next().getString(), "incident.status");
  i.escalation = parse_level(next().getString(), "incident.escalation");
  i.opened = *opt_time(next());
  i.respond_by = *opt_time(next());
  i.resolve_by = *opt_time(next());
  i.acknowledged_at = opt_time(next());
  i.resolved_at = opt_time(next());
  i.closed_at = opt_time(next());
  i.fundamental = next().getInt() == 1;
  i.problem_holder = next().getInt() == 1;
  if (const auto group = opt_text(next())) i.group = parse_group(*group, "incident.handling_group");
  i.motion = opt_number(next());
  i.problem = opt_number(next());
  i.authority_deadline = opt_time(next());
  i.authority_notified = opt_time(next());
  i.members_notified = opt_time(next());
  i.subjects_notified = opt_time(next());
  i.no_risk_at = opt_time(next());
  i.no_risk_reason = opt_text(next());
  i.late_reason = opt_text(next());
  return i;
}

std::vector<Incident> rows(SQLite::Statement& q) {
  std::vector<Incident> out;
  while (q.executeStep()) out.push_back(row(q));
  return out;
}

}  // namespace

std::int64_t insert(Session& s, const Incident& i) {
  // statement(): prepared once per session, as every statement an import runs per row.
  SQLite::Statement& q = statement(s,
                                   "INSERT INTO incident (kind, title, product, member, reporter, priority, status, "
                                   "opened, respond_by, resolve_by, fundamental, handling_group, authority_deadline) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, std::string(kind_name(i.kind)));
  q.bind(2, i.title);
  bind_opt(q, 3, i.product);
  bind_opt(q, 4, i.member);
  bind_number(q, 5, i.reporter);
  q.bind(6, i.priority);
  q.bind(7, std::string(status_name(i.status)));
  q.bind(8, i.opened.utc());
  q.bind(9, i.respond_by.utc());
  q.bind(10, i.resolve_by.utc());
  q.bind(11, i.fundamental ? 1 : 0);
  bind_group(q, 12, i.group);
  bind_time(q, 13, i.authority_deadline);
  q.exec();
  return sql(s).getLastInsertRowid();
}

void update(Session& s, const Incident& i) {
  SQLite::Statement& q = statement(s,
                                   "UPDATE incident SET status = ?, escalation = ?, acknowledged_at = ?, "
                                   "resolved_at = ?, closed_at = ?, problem_holder = ?, handling_group = ?, "
                                   "motion = ?, problem = ?, authority_notified = ?, members_notified = ?, "
                                   "subjects_notified = ?, no_risk_at = ?, no_risk_reason = ?, late_reason = ? "
                                   "WHERE id = ?");
  q.bind(1, std::string(status_name(i.status)));
  q.bind(2, std::string(level_name(i.escalation)));
  bind_time(q, 3, i.acknowledged_at);
  bind_time(q, 4, i.resolved_at);
  bind_time(q, 5, i.closed_at);
  q.bind(6, i.problem_holder ? 1 : 0);
  bind_group(q, 7, i.group);
  bind_number(q, 8, i.motion);
  bind_number(q, 9, i.problem);
  bind_time(q, 10, i.authority_notified);
  bind_time(q, 11, i.members_notified);
  bind_time(q, 12, i.subjects_notified);
  bind_time(q, 13, i.no_risk_at);
  bind_opt(q, 14, i.no_risk_reason);
  bind_opt(q, 15, i.late_reason);
  q.bind(16, i.id);
  q.exec();
}

std::optional<Incident> find(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), std::string("SELECT ") + columns + " WHERE i.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return row(q);
}

std::vector<Incident> select(Session& s, const Filter& f) {
  SQLite::Statement q(sql(s), std::string("SELECT ") + columns +
                                  " WHERE (?1 = 0 OR i.status NOT IN ('resolved', 'closed')) AND (?2 IS NULL OR "
                                  "i.kind = ?2) AND (?3 IS NULL OR i.product = ?3 COLLATE NOCASE) AND (?4 IS NULL "
                                  "OR i.opened >= ?4) ORDER BY i.opened, i.id");
  q.bind(1, f.open_only ? 1 : 0);
  bind_opt(q, 2, f.kind ? std::optional(std::string(kind_name(*f.kind))) : std::nullopt);
  bind_opt(q, 3, f.product);
  // Local midnight of the date, in UTC.
  if (f.since) q.bind(4, Timestamp::parse(f.since->str() + "T00:00", "--since").utc());
  return rows(q);
}

std::vector<Incident> needing_action(Session& s) {
  // As of the session's now (R-GEN-1): opened by then, and open then or a breach undecided then.
  // The open ones and the unreported breaches come from their partial indexes (incident_open,
  // incident_unreported), those resolved later from incident_resolved; only the breaches decided
  // later are found by their opening (incident_opened). `+i.status`: not by the status index.
  // ORDER BY 11, 1: opened, id.
  const std::string select = std::string("SELECT ") + columns;
  SQLite::Statement q(sql(s), select + " WHERE i.status NOT IN ('resolved', 'closed') AND i.opened <= ?1" +
                                  " UNION " + select + " WHERE i.resolved_at > ?1 AND i.opened <= ?1" +
                                  " UNION " + select + " WHERE " + undecided +
                                  " AND +i.status IN ('resolved', 'closed') AND i.opened <= ?1" +
                                  " UNION " + select +
                                  " WHERE i.kind = 'breach' AND (i.authority_notified > ?1 OR i.no_risk_at > ?1)"
                                  " AND i.opened <= ?1 ORDER BY 11, 1");
  q.bind(1, s.now.utc());
  std::vector<Incident> found;
  for (Incident& i : rows(q)) found.push_back(as_of(std::move(i), s.now));
  return found;
}

std::vector<Incident> due_between(Session& s, Timestamp from, Timestamp to) {
  // UNION: each part read from its deadline's index, an incident with both in range once.
  SQLite::Statement q(sql(s), std::string("SELECT ") + columns + " WHERE i.respond_by >= ?1 AND i.respond_by < ?2" +
                                  " UNION SELECT " + columns + " WHERE i.resolve_by >= ?1 AND i.resolve_by < ?2" +
                                  " ORDER BY 1");
  q.bind(1, from.utc());
  q.bind(2, to.utc());
  return rows(q);
}

std::vector<Incident> undecided_breaches(Session& s) {
  SQLite::Statement q(sql(s), fmt::format("SELECT {} WHERE {} ORDER BY i.authority_deadline, i.id", columns, undecided));
  return rows(q);
}

std::vector<Incident> breaches_concerning(Session& s, Timestamp from, Timestamp to) {
  SQLite::Statement q(sql(s), fmt::format("SELECT {} WHERE i.kind = 'breach' AND i.opened < ?2 AND (i.opened >= ?1 OR {}"
                                          " OR i.authority_notified >= ?1 OR i.members_notified >= ?1"
                                          " OR i.subjects_notified >= ?1 OR i.no_risk_at >= ?1) ORDER BY i.opened, i.id",
                                          columns, undecided));
  q.bind(1, from.utc());
  q.bind(2, to.utc());
  return rows(q);
}

namespace {

// incident.sla_kinds as a JSON array, for json_each.
std::string json_array(const std::vector<std::string>& kinds) {
  std::string out;
  for (const std::string& kind : kinds) out += (out.empty() ? "\"" : ", \"") + kind + "\"";
  return "[" + out + "]";
}

}  // namespace

std::vector<KindStats> kind_stats(Session& s, Timestamp from, Timestamp to, const std::vector<std::string>& sla_kinds) {
  // R-INC-3: in time = met at or before the stored deadline; percentages of the incidents done.
  // Only the kinds on the service-level clock (incident.sla_kinds, ?3) are in time or not: for
  // planned work (changes, problems) those cells are null.
  SQLite::Statement q(sql(s),
              "SELECT product, kind, count(*) AS opened_count,"
              " sum(resolved_at IS NOT NULL) AS resolved_count,"
              " sum(CASE WHEN kind IN (SELECT value FROM json_each(?3))"
              "   THEN coalesce(acknowledged_at, resolved_at) <= respond_by END) AS responded_in_time_count,"
              " sum(CASE WHEN kind IN (SELECT value FROM json_each(?3)) THEN resolved_at <= resolve_by END)"
              "   AS resolved_in_time_count,"
              " round(100.0 * sum(CASE WHEN kind IN (SELECT value FROM json_each(?3)) THEN resolved_at <= resolve_by END)"
              "   / nullif(sum(resolved_at IS NOT NULL), 0), 1) AS sla_percent,"
              " sum(escalation <> 'operational') AS escalated"
              " FROM incident WHERE opened >= ?1 AND opened < ?2 GROUP BY 1, 2 ORDER BY 1, 2");
  q.bind(1, from.utc());
  q.bind(2, to.utc());
  q.bind(3, json_array(sla_kinds));
  std::vector<KindStats> out;
  while (q.executeStep()) {
    KindStats k{.product = opt_text(q.getColumn(0)), .kind = parse_kind(q.getColumn(1).getString(), "incident.kind"),
                .opened = q.getColumn(2).getInt64(), .resolved = q.getColumn(3).getInt64(),
                .responded_in_time = opt_number(q.getColumn(4)), .resolved_in_time = opt_number(q.getColumn(5)),
                .escalated = q.getColumn(7).getInt64()};
    if (!q.getColumn(6).isNull()) k.sla_percent = q.getColumn(6).getDouble();
    out.push_back(std::move(k));
  }
  return out;
}

std::vector<Incident> resolved_between(Session& s, Timestamp from, Timestamp to) {
  SQLite::Statement q(sql(s), std::string("SELECT ") + columns +
                                  " WHERE i.resolved_at >= ?1 AND i.resolved_at < ?2 ORDER BY i.resolved_at, i.id");
  q.bind(1, from.utc());
  q.bind(2, to.utc());
  return rows(q);
}

std::map<std::string, std::int64_t> open_per_product(Session& s) {
  // Incident::is_open in SQL, as of now (R-GEN-1: opened by then, not resolved by then).
  SQLite::Statement q(sql(s),
                      "SELECT coalesce(product, ''), count(*) FROM incident WHERE opened <= ?1"
                      " AND (status NOT IN ('resolved', 'closed') OR resolved_at > ?1) GROUP BY 1");
  q.bind(1, s.now.utc());
  std::map<std::string, std::int64_t> out;
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
  return out;
}

std::vector<Incident> grouped_under(Session& s, std::int64_t problem) {
  SQLite::Statement q(sql(s), std::string("SELECT ") + columns + " WHERE i.problem = ? ORDER BY i.id");
  q.bind(1, problem);
  return rows(q);
}

std::int64_t add_person(Session& s, const std::string& name) {
  SQLite::Statement& q = statement(s, "INSERT INTO person (name) VALUES (?)");
  q.bind(1, name);
  q.exec();
  return sql(s).getLastInsertRowid();
}

std::optional<Timestamp> latest_event(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT max(at) FROM incident_event WHERE incident = ?");
  q.bind(1, id);
  q.executeStep();
  return opt_time(q.getColumn(0));
}

void add_event(Session& s, std::int64_t id, const Event& e) {
  SQLite::Statement& q = statement(
      s, "INSERT INTO incident_event (incident, at, actor, kind, detail, note) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, id);
  q.bind(2, e.at.utc());
  q.bind(3, e.actor);
  q.bind(4, std::string(event_kind_name(e.kind)));
  q.bind(5, e.detail);
  bind_opt(q, 6, e.note);
  q.exec();
  audit::record(s, "incident", std::to_string(id), event_kind_name(e.kind),
                Object().add("at", e.at.utc()).add("detail", e.detail).add("note", e.note));
}

std::vector<Event> timeline(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s),
                      "SELECT at, actor, kind, detail, note FROM incident_event WHERE incident = ? ORDER BY at, id");
  q.bind(1, id);
  std::vector<Event> events;
  while (q.executeStep())
    events.push_back({.at = Timestamp::parse(q.getColumn(0).getString(), "event"),
                      .actor = q.getColumn(1).getString(),
                      .kind = parse_event_kind(q.getColumn(2).getString(), "incident_event.kind"),
                      .detail = q.getColumn(3).getString(),
                      .note = opt_text(q.getColumn(4))});
  return events;
}

}  // namespace mbov::incident::store

namespace mbov::incident::store {

void as_of(Session& s) {
  // R-GEN-1: an incident from its opening; a moment after now had not come yet, and the status
  // follows the moments kept (as as_of does for one incident).
  constexpr const char* moments[] = {"acknowledged_at", "resolved_at", "closed_at", "authority_notified",
                                     "members_notified", "subjects_notified", "no_risk_at"};
  // The status its timeline gives ('a → b'): the last change by now, else the first one's start;
  // without a timeline (an import), the one the moments kept give.
  constexpr const char* status =
      "COALESCE((SELECT CASE WHEN e.at <= {now} THEN substr(e.detail, instr(e.detail, '→ ') + 2)"
      " ELSE substr(e.detail, 1, instr(e.detail, ' →') - 1) END FROM main.incident_event e"
      " WHERE e.incident = incident.id AND e.kind = 'status' ORDER BY e.at <= {now} DESC,"
      " CASE WHEN e.at <= {now} THEN e.at END DESC, e.at, CASE WHEN e.at <= {now} THEN -e.id ELSE e.id END LIMIT 1),"
      " CASE WHEN closed_at <= {now} THEN 'closed' WHEN resolved_at <= {now} THEN 'resolved'"
      " WHEN acknowledged_at IS NULL OR acknowledged_at > {now} THEN 'new'"
      " WHEN status IN ('resolved', 'closed') THEN 'in-progress' ELSE status END)";
  std::vector<std::string> kept;
  std::string unchanged;  // every moment by now: most rows, read through the partial indexes
  for (const char* m : moments) {
    kept.push_back(fmt::format("CASE WHEN {0} <= {{now}} THEN {0} END", m));
    unchanged += fmt::format("{1}({0} IS NULL OR {0} <= {{now}})", m, unchanged.empty() ? "" : " AND ");
  }
  as_of_view(s, "incident", "opened <= {now}",
             {{"acknowledged_at", kept[0]}, {"resolved_at", kept[1]}, {"closed_at", kept[2]},
              {"authority_notified", kept[3]}, {"members_notified", kept[4]}, {"subjects_notified", kept[5]},
              {"no_risk_at", kept[6]},
              {"no_risk_reason", "CASE WHEN no_risk_at <= {now} THEN no_risk_reason END"},
              {"status", status}},
             unchanged);
  as_of_view(s, "incident_event", "at <= {now}");
}

}  // namespace mbov::incident::store
