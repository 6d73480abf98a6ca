#include "dpia/store.hpp"
#include "core/as_of.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"

namespace mbov::dpia::store {

namespace {

std::optional<Date> opt_date(const SQLite::Column& c, std::string_view what) {
  if (c.isNull()) return std::nullopt;
  return Date::parse(c.getString(), what);
}

std::string column_list() {
  std::string out;
  for (const RegisterField& f : register_fields()) out += std::string(f.column) + ", ";
  return out;
}

// Binds every field's value (or NULL) to parameters 1..n and `updated` to n + 1.
void bind_record(SQLite::Statement& q, const ProcessingFields& v, Date updated) {
  int i = 1;
  for (const RegisterField& f : register_fields()) bind_opt(q, i++, v.*f.value);
  q.bind(i, updated.str());
}

constexpr const char* select_officer =
    "SELECT o.id, o.person, p.name, p.email, o.from_date, o.until FROM officer o JOIN person p ON p.id = o.person ";

Officer officer_of(SQLite::Statement& q) {
  return {.id = q.getColumn(0).getInt64(),
          .person = q.getColumn(1).getInt64(),
          .name = opt_text(q.getColumn(2)),
          .email = opt_text(q.getColumn(3)),
          .from = Date::parse(q.getColumn(4).getString(), "officer.from_date"),
          .until = opt_date(q.getColumn(5), "officer.until")};
}

constexpr const char* select_dpia =
    "SELECT id, product, kind, change_incident, started, completed, outcome, measures, report FROM dpia ";

// The rows of a statement that starts with select_dpia.
std::vector<Dpia> dpias_of(SQLite::Statement& q) {
  std::vector<Dpia> out;
  while (q.executeStep()) {
    std::optional<std::int64_t> change;
    if (!q.getColumn(3).isNull()) change = q.getColumn(3).getInt64();
    out.push_back(Dpia{.id = q.getColumn(0).getInt64(),
           .product = q.getColumn(1).getString(),
           .kind = parse_kind(q.getColumn(2).getString(), "dpia.kind"),
           .change = change,
           .started = Date::parse(q.getColumn(4).getString(), "dpia.started"),
           .completed = opt_date(q.getColumn(5), "dpia.completed"),
           .outcome = q.getColumn(6).isNull() ? std::nullopt
                                              : std::optional(parse_outcome(q.getColumn(6).getString(), "dpia.outcome")),
           .measures = opt_text(q.getColumn(7)),
           .report = opt_text(q.getColumn(8))});
  }
  return out;
}

}  // namespace

std::vector<TakenUp> taken_up_without_initial_dpia(Session& s, Date from, Date until) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT u.product, min(u.from_date), count(DISTINCT u.member) FROM uptake u
    WHERE u.from_date <= ?2 AND (u.until IS NULL OR u.until >= ?1)
      AND NOT EXISTS (SELECT 1 FROM dpia d WHERE d.product = u.product AND d.kind = 'initial'
                      AND d.completed IS NOT NULL AND d.completed <= ?1)
    GROUP BY u.product ORDER BY u.product)sql");
  q.bind(1, from.str());
  q.bind(2, until.str());
  std::vector<TakenUp> out;
  while (q.executeStep())
    out.push_back({.product = q.getColumn(0).getString(),
                   .first = Date::parse(q.getColumn(1).getString(), "uptake.from_date"),
                   .members = static_cast<long>(q.getColumn(2).getInt64())});
  return out;
}

std::vector<std::string> products_taken_up(Session& s, Date on) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT product FROM uptake WHERE from_date <= ?1 AND (until IS NULL OR until >= ?1)
    GROUP BY product ORDER BY product)sql");
  q.bind(1, on.str());
  return first_column(q);
}

std::vector<Change> changes_without_dpia(Session& s) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT i.id, i.title, i.product, i.opened FROM incident i
    WHERE i.kind = ? AND i.fundamental = 1
      AND NOT EXISTS (SELECT 1 FROM dpia d WHERE d.change_incident = i.id)
    ORDER BY i.id)sql");
  q.bind(1, std::string(incident::kind_name(incident::Kind::change)));
  std::vector<Change> out;
  while (q.executeStep())
    out.push_back({.id = q.getColumn(0).getInt64(),
                   .title = q.getColumn(1).getString(),
                   .product = opt_text(q.getColumn(2)),
                   .opened = Timestamp::parse(q.getColumn(3).getString(), "incident.opened")});
  return out;
}

std::vector<Dpia> last_completed(Session& s) {
  // Of a product's DPIAs completed on the same day, the one recorded last.
  SQLite::Statement q(sql(s), std::string(select_dpia) + R"sql(d
    WHERE completed IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM dpia e WHERE e.product = d.product AND e.completed IS NOT NULL
        AND (e.completed > d.completed OR (e.completed = d.completed AND e.id > d.id)))
    ORDER BY product)sql");
  return dpias_of(q);
}

std::vector<std::string> products_without_processing(Session& s) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT code FROM product p WHERE NOT EXISTS (SELECT 1 FROM processing x WHERE x.product = p.code)
    ORDER BY code)sql");
  return first_column(q);
}

std::int64_t count_dpias(Session& s, bool open_only) {
  return sql(s)
      .execAndGet(open_only ? "SELECT count(*) FROM dpia WHERE completed IS NULL" : "SELECT count(*) FROM dpia")
      .getInt64();
}

std::optional<Officer> select_officer_on(Session& s, Date on) {
  SQLite::Statement q(sql(s), std::string(select_officer) +
                                "WHERE o.from_date <= ?1 AND (o.until IS NULL OR o.until > ?1) ORDER BY o.from_date DESC");
  q.bind(1, on.str());
  if (!q.executeStep()) return std::nullopt;
  return officer_of(q);
}

std::vector<Officer> select_officers(Session& s) {
  SQLite::Statement q(sql(s), std::string(select_officer) + "ORDER BY o.from_date, o.id");
  std::vector<Officer> rows;
  while (q.executeStep()) rows.push_back(officer_of(q));
  return rows;
}

std::vector<Dpia> select_dpias(Session& s, std::optional<std::int64_t> id, const std::optional<std::string>& product,
                               bool open_only) {
  SQLite::Statement q(sql(s),
                      std::string(select_dpia) + "WHERE (?1 IS NULL OR id = ?1) AND (?2 IS NULL OR product = ?2) "
                      "AND (?3 = 0 OR completed IS NULL) ORDER BY started, id");
  if (id) q.bind(1, *id);
  bind_opt(q, 2, product);
  q.bind(3, open_only ? 1 : 0);
  return dpias_of(q);
}

std::int64_t insert_dpia(Session& s, const NewDpia& d) {
  SQLite::Statement q(sql(s),
                      "INSERT INTO dpia (product, kind, change_incident, started, report) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, d.product);
  q.bind(2, std::string(kind_name(d.kind)));
  if (d.change) q.bind(3, *d.change);
  q.bind(4, d.started.str());
  bind_opt(q, 5, d.report);
  q.exec();
  return sql(s).getLastInsertRowid();
}

void update_completion(Session& s, std::int64_t id, const Completion& c) {
  SQLite::Statement q(sql(s),
                      "UPDATE dpia SET completed = ?, outcome = ?, measures = ?, report = coalesce(?, report) WHERE id = ?");
  q.bind(1, c.on.str());
  q.bind(2, std::string(outcome_name(c.outcome)));
  bind_opt(q, 3, c.measures);
  bind_opt(q, 4, c.report);
  q.bind(5, id);
  q.exec();
}

std::optional<Incident> select_incident(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT kind, product FROM incident WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return Incident{.kind = incident::parse_kind(q.getColumn(0).getString(), "incident.kind"),
                  .product = opt_text(q.getColumn(1))};
}

std::vector<ProcessingRecord> select_processing(Session& s, std::optional<std::int64_t> id,
                                                const std::optional<std::string>& product) {
  SQLite::Statement q(sql(s),
                      "SELECT id, product, name, purpose, legal_basis, subjects, data_categories, recipients, "
                      "processors, transfers, safeguards, retention, security, role, handover_system, handover_days, "
                      "updated "
                      "FROM processing WHERE (?1 IS NULL OR id = ?1) AND (?2 IS NULL OR product = ?2) "
                      "ORDER BY product NULLS FIRST, name COLLATE people, id");
  if (id) q.bind(1, *id);
  bind_opt(q, 2, product);
  std::vector<ProcessingRecord> rows;
  while (q.executeStep()) {
    const auto text = [&](int c) { return q.getColumn(c).getString(); };
    const auto optional = [&](int c) { return opt_text(q.getColumn(c)); };
    const std::optional<std::string> days = optional(15);
    rows.push_back(ProcessingRecord{.id = q.getColumn(0).getInt64(),
                                    .product = optional(1),
                                    .name = text(2),
                                    .purpose = text(3),
                                    .legal_basis = text(4),
                                    .subjects = text(5),
                                    .data_categories = text(6),
                                    .recipients = optional(7),
                                    .processors = optional(8),
                                    .transfers = optional(9),
                                    .safeguards = optional(10),
                                    .retention = text(11),
                                    .security = optional(12),
                                    .role = parse_processing_role(text(13), "processing.role"),
                                    .handover_system = optional(14),
                                    .handover_days = days ? detail::whole_days(*days) : std::nullopt,
                                    .updated = opt_date(q.getColumn(16), "processing.updated")});
  }
  return rows;
}

std::int64_t insert_processing(Session& s, const ProcessingFields& v, Date updated) {
  std::string marks;
  for (std::size_t i = 0; i <= register_fields().size(); ++i) marks += i ? ", ?" : "?";
  SQLite::Statement q(sql(s), "INSERT INTO processing (" + column_list() + "updated) VALUES (" + marks + ")");
  bind_record(q, v, updated);
  q.exec();
  return sql(s).getLastInsertRowid();
}

void update_processing(Session& s, std::int64_t id, const ProcessingFields& v, Date updated) {
  std::string set;
  for (const RegisterField& f : register_fields()) set += std::string(f.column) + " = ?, ";
  SQLite::Statement q(sql(s), "UPDATE processing SET " + set + "updated = ? WHERE id = ?");
  bind_record(q, v, updated);
  q.bind(static_cast<int>(register_fields().size()) + 2, id);
  q.exec();
}

std::optional<Need> first_need(Session& s, std::int64_t person, Date today) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT 0, c.id, c.role, c.member FROM contact c WHERE c.person = ?1 AND (c.until IS NULL OR c.until > ?2)
    UNION ALL SELECT 1, b.id, '', '' FROM board_seat b WHERE b.person = ?1 AND (b.until IS NULL OR b.until > ?2)
    UNION ALL SELECT CASE WHEN r.person = ?1 THEN 2 ELSE 3 END, r.id, trim(r.role || ' ' || r.scope), ''
      FROM role r WHERE (r.person = ?1 OR r.deputy = ?1) AND (r.until IS NULL OR r.until > ?2)
    UNION ALL SELECT 4, g.id, g.grp, '' FROM group_member g JOIN contact c ON c.id = g.contact
      WHERE c.person = ?1 AND (g.until IS NULL OR g.until > ?2)
    ORDER BY 1, 2 LIMIT 1)sql");
  q.bind(1, person);
  q.bind(2, today.str());
  if (!q.executeStep()) return std::nullopt;
  return Need{q.getColumn(0).getInt(), q.getColumn(1).getInt64(), q.getColumn(2).getString(), q.getColumn(3).getString()};
}

std::optional<bool> person_erased(Session& s, std::int64_t person) {
  SQLite::Statement q(sql(s), "SELECT erased_on FROM person WHERE id = ?");
  q.bind(1, person);
  if (!q.executeStep()) return std::nullopt;
  return !q.getColumn(0).isNull();
}

std::vector<std::string> contact_ids(Session& s, std::int64_t person) {
  SQLite::Statement contacts(sql(s), "SELECT id FROM contact WHERE person = ?");
  contacts.bind(1, person);
  return first_column(contacts);
}

void erase_person_data(Session& s, std::int64_t person, Date on) {
  SQLite::Statement erase(sql(s), "UPDATE person SET name = NULL, email = NULL, phone = NULL, erased_on = ? WHERE id = ?");
  erase.bind(1, on.str());
  erase.bind(2, person);
  erase.exec();
}

bool checkpoint_truncate(Session& s) {
  try {
    SQLite::Statement q(sql(s), "PRAGMA wal_checkpoint(TRUNCATE)");
    return !(q.executeStep() && q.getColumn(0).getInt() != 0);
  } catch (const SQLite::Exception& e) {
    if (as_error(e).code() == Exit::tempfail) return false;  // busy beyond the wait
    throw;
  }
}

std::vector<Expired> former_contacts(Session& s) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT p.id, p.name, c.member, c.role, max(c.until)
    FROM person p JOIN contact c ON c.person = p.id
    WHERE p.erased_on IS NULL
    GROUP BY p.id
    HAVING count(c.until) = count(*)
    ORDER BY p.id)sql");
  std::vector<Expired> out;
  while (q.executeStep()) {
    const Date ended = Date::parse(q.getColumn(4).getString(), "contact.until");
    out.push_back({q.getColumn(0).getInt64(), opt_text(q.getColumn(1)), q.getColumn(2).getString(),
                   member::parse_contact_role(q.getColumn(3).getString(), "contact.role"), ended, ended});
  }
  return out;
}

}  // namespace mbov::dpia::store

namespace mbov::dpia::store {

void as_of(Session& s) {
  // R-GEN-1: a DPIA (one may be planned ahead) completed once that day came; the officer's term ended once
  // its last day came (one appointed ahead stays).
  const auto when_done = [](const char* column) {
    return fmt::format("CASE WHEN completed <= {{today}} THEN {} END", column);
  };
  const std::string completed = when_done("completed"), outcome = when_done("outcome"), measures = when_done("measures"),
                    report = when_done("report");
  as_of_view(s, "dpia", "1",
             {{"completed", completed}, {"outcome", outcome}, {"measures", measures}, {"report", report}});
  as_of_view(s, "officer", "1", {{"until", "CASE WHEN until <= {today} THEN until END"}});
}

}  // namespace mbov::dpia::store
