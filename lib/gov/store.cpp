#include "gov/store.hpp"
#include "core/as_of.hpp"
#include <mbov/core/msg.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include <SQLiteCpp/Statement.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/spelling.hpp"
#include "core/sql.hpp"

namespace mbov::gov::store {
namespace {

constexpr const char* version_columns =
    "SELECT id, kind, number, date, status, author, description, file, sha256, motion, decision, approved_on"
    " FROM document_version ";

Version read_version(SQLite::Statement& q) {
  return Version{.id = q.getColumn(0).getInt64(),
                 .kind = parse_document_kind(q.getColumn(1).getString(), "document_version.kind"),
                 .number = q.getColumn(2).getString(),
                 .date = Date::parse(q.getColumn(3).getString(), "document_version.date"),
                 .status = parse_document_status(q.getColumn(4).getString(), "document_version.status"),
                 .author = opt_text(q.getColumn(5)),
                 .description = opt_text(q.getColumn(6)),
                 .file = opt_text(q.getColumn(7)),
                 .sha256 = opt_text(q.getColumn(8)),
                 .motion = opt_id(q.getColumn(9)),
                 .decision = opt_id(q.getColumn(10)),
                 .approved_on = opt_date(q.getColumn(11), "document_version.approved_on")};
}

constexpr const char* holder_columns =
    "SELECT r.id, r.role, r.scope, r.person, p.name, p.email, r.deputy, d.name, r.from_date, r.until"
    " FROM role r JOIN person p ON p.id = r.person LEFT JOIN person d ON d.id = r.deputy ";

Holder read_holder(SQLite::Statement& q) {
  return Holder{.id = q.getColumn(0).getInt64(),
                .role = parse_role(q.getColumn(1).getString(), "role.role"),
                .scope = q.getColumn(2).getString(),
                .person = q.getColumn(3).getInt64(),
                .name = opt_text(q.getColumn(4)),
                .email = opt_text(q.getColumn(5)),
                .deputy = opt_id(q.getColumn(6)),
                .deputy_name = opt_text(q.getColumn(7)),
                .from = Date::parse(q.getColumn(8).getString(), "role.from_date"),
                .until = opt_date(q.getColumn(9), "role.until")};
}

}  // namespace

std::optional<Version> select_version(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), std::string(version_columns) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read_version(q);
}

std::vector<Version> select_versions(Session& s, DocumentKind kind) {
  SQLite::Statement q(sql(s), std::string(version_columns) + "WHERE kind = ? ORDER BY date, id");
  q.bind(1, std::string(document_kind_name(kind)));
  std::vector<Version> out;
  while (q.executeStep()) out.push_back(read_version(q));
  return out;
}

std::optional<std::int64_t> version_id(Session& s, DocumentKind kind, std::string_view number) {
  SQLite::Statement q(sql(s), "SELECT id FROM document_version WHERE kind = ? AND number = ?");
  q.bind(1, std::string(document_kind_name(kind)));
  q.bind(2, std::string(number));
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::int64_t insert_version(Session& s, const VersionInput& in, const std::optional<std::string>& sha256) {
  SQLite::Statement q(sql(s), "INSERT INTO document_version (kind, number, date, status, author, description, file, sha256)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, std::string(document_kind_name(in.kind)));
  q.bind(2, in.number);
  q.bind(3, in.date.str());
  q.bind(4, std::string(document_status_name(in.status)));
  bind_opt(q, 5, in.author);
  bind_opt(q, 6, in.description);
  bind_opt(q, 7, in.file);
  bind_opt(q, 8, sha256);
  q.exec();
  return sql(s).getLastInsertRowid();
}

void update_version_status(Session& s, std::int64_t id, DocumentStatus status, std::optional<std::int64_t> motion,
                           std::optional<std::int64_t> decision, std::optional<Date> on) {
  SQLite::Statement q(sql(s), "UPDATE document_version SET status = ?, motion = ?, decision = ?, approved_on = ? WHERE id = ?");
  q.bind(1, std::string(document_status_name(status)));
  if (motion) q.bind(2, *motion);
  if (decision) q.bind(3, *decision);
  if (on) q.bind(4, on->str());
  q.bind(5, id);
  q.exec();
}

std::optional<GroupDecision> select_decision(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT grp, date FROM group_decision WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return GroupDecision{.group = q.getColumn(0).getString(),
                       .date = Date::parse(q.getColumn(1).getString(), "group_decision.date")};
}

std::int64_t insert_decision(Session& s, std::string_view group, Date on, const std::string& text) {
  SQLite::Statement q(sql(s), "INSERT INTO group_decision (grp, date, text) VALUES (?, ?, ?)");
  q.bind(1, std::string(group));
  q.bind(2, on.str());
  q.bind(3, text);
  q.exec();
  return sql(s).getLastInsertRowid();
}

std::optional<Span> select_contact_span(Session& s, std::int64_t contact) {
  SQLite::Statement q(sql(s), "SELECT since, until, role FROM contact WHERE id = ?");
  q.bind(1, contact);
  if (!q.executeStep()) return std::nullopt;
  return Span{.from = Date::parse(q.getColumn(0).getString(), "contact.since"),
              .until = opt_date(q.getColumn(1), "contact.until"),
              .role = member::parse_contact_role(q.getColumn(2).getString(), "contact.role")};
}

std::optional<Span> select_membership(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT from_date, until FROM group_member WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return Span{.from = Date::parse(q.getColumn(0).getString(), "group_member.from_date"),
              .until = opt_date(q.getColumn(1), "group_member.until")};
}

std::optional<std::int64_t> open_membership(Session& s, std::string_view group, std::int64_t contact) {
  SQLite::Statement q(sql(s), "SELECT id FROM group_member WHERE grp = ? AND contact = ? AND until IS NULL");
  q.bind(1, std::string(group));
  q.bind(2, contact);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::int64_t insert_membership(Session& s, std::string_view group, std::int64_t contact, Date from) {
  SQLite::Statement q(sql(s), "INSERT INTO group_member (grp, contact, from_date) VALUES (?, ?, ?)");
  q.bind(1, std::string(group));
  q.bind(2, contact);
  q.bind(3, from.str());
  q.exec();
  return sql(s).getLastInsertRowid();
}

void end_membership(Session& s, std::int64_t id, Date on) {
  SQLite::Statement q(sql(s), "UPDATE group_member SET until = ? WHERE id = ?");
  q.bind(1, on.str());
  q.bind(2, id);
  q.exec();
}

std::vector<GroupMember> select_group_members(Session& s, const std::optional<std::string>& group,
                                              std::optional<Date> on) {
  SQLite::Statement q(sql(s),
                      "SELECT g.id, g.grp, g.contact, c.member, p.name, g.from_date, g.until FROM group_member g"
                      " JOIN contact c ON c.id = g.contact JOIN person p ON p.id = c.person"
                      " WHERE (?1 IS NULL OR g.grp = ?1)"
                      " AND (?2 IS NULL OR (g.from_date <= ?2 AND (g.until IS NULL OR g.until > ?2)))"
                      " ORDER BY g.grp, c.member, g.id");
  bind_opt(q, 1, group);
  if (on) q.bind(2, on->str());
  std::vector<GroupMember> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                   q.getColumn(3).getString(), opt_text(q.getColumn(4)),
                   Date::parse(q.getColumn(5).getString(), "group_member.from_date"),
                   opt_date(q.getColumn(6), "group_member.until")});
  return out;
}

std::vector<std::string> members_in_community(Session& s, Date on) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT DISTINCT c.member FROM group_member g JOIN contact c ON c.id = g.contact
    WHERE g.grp = 'community'
      AND g.from_date <= ?1 AND (g.until IS NULL OR g.until > ?1)
      AND c.since <= ?1 AND (c.until IS NULL OR c.until > ?1)
    ORDER BY c.member)sql");
  q.bind(1, on.str());
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

std::int64_t insert_person(Session& s, const std::string& name, const std::string& email) {
  SQLite::Statement q(sql(s), "INSERT INTO person (name, email) VALUES (?, ?)");
  q.bind(1, name);
  q.bind(2, email);
  q.exec();
  return sql(s).getLastInsertRowid();
}

std::optional<Term> select_term(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT id, role, from_date, until FROM role WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return Term{.id = q.getColumn(0).getInt64(),
              .role = parse_role(q.getColumn(1).getString(), "role.role"),
              .from = Date::parse(q.getColumn(2).getString(), "role.from_date"),
              .until = opt_date(q.getColumn(3), "role.until")};
}

std::optional<Term> open_term(Session& s, Role role, std::string_view scope) {
  SQLite::Statement q(sql(s), "SELECT id, from_date FROM role WHERE role = ? AND scope = ? AND until IS NULL");
  q.bind(1, std::string(role_name(role)));
  q.bind(2, std::string(scope));
  if (!q.executeStep()) return std::nullopt;
  return Term{.id = q.getColumn(0).getInt64(),
              .role = role,
              .from = Date::parse(q.getColumn(1).getString(), "role.from_date"),
              .until = std::nullopt};
}

void end_term(Session& s, std::int64_t id, Date on) {
  SQLite::Statement q(sql(s), "UPDATE role SET until = ? WHERE id = ?");
  q.bind(1, on.str());
  q.bind(2, id);
  q.exec();
}

std::int64_t insert_term(Session& s, Role role, std::string_view scope, std::int64_t person,
                         std::optional<std::int64_t> deputy, Date from) {
  SQLite::Statement q(sql(s), "INSERT INTO role (role, scope, person, deputy, from_date) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, std::string(role_name(role)));
  q.bind(2, std::string(scope));
  q.bind(3, person);
  if (deputy) q.bind(4, *deputy);
  q.bind(5, from.str());
  q.exec();
  return sql(s).getLastInsertRowid();
}

std::vector<Holder> select_holders(Session& s, std::optional<Date> on) {
  SQLite::Statement q(sql(s), std::string(holder_columns) +
                                "WHERE ?1 IS NULL OR (r.from_date <= ?1 AND (r.until IS NULL OR r.until > ?1))"
                                " ORDER BY r.role, r.scope, r.from_date, r.id");
  if (on) q.bind(1, on->str());
  std::vector<Holder> out;
  while (q.executeStep()) out.push_back(read_holder(q));
  return out;
}

std::optional<Holder> select_holder_on(Session& s, Role role, std::string_view scope, Date on) {
  SQLite::Statement q(sql(s), std::string(holder_columns) +
                                "WHERE r.role = ?1 AND r.scope = ?2 AND r.from_date <= ?3"
                                " AND (r.until IS NULL OR r.until > ?3) ORDER BY r.from_date DESC");
  q.bind(1, std::string(role_name(role)));
  q.bind(2, std::string(scope));
  q.bind(3, on.str());
  if (!q.executeStep()) return std::nullopt;
  return read_holder(q);
}

std::vector<Holder> select_terms_after(Session& s, Role role, std::string_view scope, Date day) {
  SQLite::Statement q(sql(s), std::string(holder_columns) +
                                "WHERE r.role = ?1 AND r.scope = ?2 AND (r.until IS NULL OR r.until > ?3)"
                                " ORDER BY r.from_date, r.id");
  q.bind(1, std::string(role_name(role)));
  q.bind(2, std::string(scope));
  q.bind(3, day.str());
  std::vector<Holder> out;
  while (q.executeStep()) out.push_back(read_holder(q));
  return out;
}

std::vector<std::string> product_codes(Session& s) {
  SQLite::Statement q(sql(s), "SELECT code FROM product ORDER BY code");
  return first_column(q);
}

std::int64_t count_board_meetings(Session& s, int year) {
  SQLite::Statement q(sql(s), "SELECT count(*) FROM meeting WHERE kind = 'board' AND substr(date, 1, 4) = ?");
  q.bind(1, std::to_string(year));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

void require_one_of(std::string_view value, const std::vector<std::string>& allowed, std::string_view what,
                    std::string_view rule) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    fail_data(msg("{} '{}' is not one of: {}", what, value, fmt::join(allowed, ", ")), std::string(rule),
              did_you_mean(value, allowed, ""));
}

}  // namespace mbov::gov::store

namespace mbov::gov::store {

void as_of(Session& s) {
  // R-GEN-1: a role or a group seat ended once its last day came (one may be assigned ahead: it
  // stays); a group's decision from its day.
  as_of_view(s, "role", "1", {{"until", "CASE WHEN until <= {today} THEN until END"}});
  as_of_view(s, "group_member", "1", {{"until", "CASE WHEN until <= {today} THEN until END"}});
  as_of_view(s, "group_decision", "date <= {today}");
}

}  // namespace mbov::gov::store
