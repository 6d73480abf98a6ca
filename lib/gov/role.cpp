// Roles, not functions (R-GOV-5): each held by a person from/until; the officer of R-DPIA-4 is the
// role fg. A term ends ON until: held while from <= day < until.
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <fmt/format.h>

#include "core/audit.hpp"
#include "core/error.hpp"
#include "core/i18n.hpp"
#include "core/keys.hpp"
#include "core/session.hpp"
#include "core/sql.hpp"
#include "gov/gov.hpp"
#include "gov/store.hpp"

namespace mbov::gov {
namespace {

// local@domain.tld: one '@', something on both sides, a dot inside the domain, no blanks.
bool plausible_email(std::string_view e) {
  auto at = e.find('@');
  if (at == 0 || at == std::string_view::npos || e.find('@', at + 1) != std::string_view::npos) return false;
  if (e.find_first_of(" \t\r\n,;<>") != std::string_view::npos) return false;
  std::string_view domain = e.substr(at + 1);
  auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.';
}

// The FG's terms keep the audit entity and wording of R-DPIA-4 ('dpia officer').
std::string_view entity(std::string_view role) { return role == "fg" ? "officer" : "role"; }
std::string_view label(std::string_view role) { return role == "fg" ? "officer" : role; }

// The scope a role needs: the product's or member's code as stored, the mailbox, or ''.
std::string checked_scope(Session& s, const RoleInput& in) {
  if (in.role == "product-owner") return require_product(s, in.scope);
  if (in.role == "functional-manager") return require_member(s, in.scope);
  if (in.role == "mailbox-owner") {
    store::require_one_of(in.scope, mailboxes(), "--scope", "R-GOV-5");
    return in.scope;
  }
  if (!in.scope.empty()) fail_data(fmt::format(fmt::runtime(tr("the role {} has no --scope")), in.role), "R-GOV-5");
  return {};
}

constexpr const char* holder_columns =
    "SELECT r.id, r.role, r.scope, r.person, p.name, p.email, r.deputy, d.name, r.from_date, r.until"
    " FROM role r JOIN person p ON p.id = r.person LEFT JOIN person d ON d.id = r.deputy ";

Holder read_holder(SQLite::Statement& q) {
  return Holder{.id = q.getColumn(0).getInt64(),
                .role = q.getColumn(1).getString(),
                .scope = q.getColumn(2).getString(),
                .person = q.getColumn(3).getInt64(),
                .name = opt_text(q.getColumn(4)),
                .email = opt_text(q.getColumn(5)),
                .deputy = store::opt_id(q.getColumn(6)),
                .deputy_name = opt_text(q.getColumn(7)),
                .from = Date::parse(q.getColumn(8).getString(), "role.from_date"),
                .until = store::opt_date(q.getColumn(9), "role.until")};
}

}  // namespace

const std::vector<std::string>& role_names() {
  static const std::vector<std::string> names{"general-manager", "product-owner", "fg", "mailbox-owner",
                                              "functional-manager"};
  return names;
}

const std::vector<std::string>& mailboxes() {
  static const std::vector<std::string> boxes{"support@", "info@"};
  return boxes;
}

std::int64_t add_person(Session& s, const std::string& name, const std::string& email) {
  if (name.find_first_not_of(" \t") == std::string::npos) fail_data(tr("a role holder needs a name"));
  if (!plausible_email(email))
    fail_data(fmt::format(fmt::runtime(tr("--email '{}' is not an e-mail address")), email), {}, tr("e.g. fg@example.nl"));
  SQLite::Statement person(sql(s), "INSERT INTO person (name, email) VALUES (?, ?)");
  person.bind(1, name);
  person.bind(2, email);
  person.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "person", std::to_string(id), "add", Object().add("name", name).add("email", email));
  return id;
}

std::int64_t assign_role(Session& s, const RoleInput& in) {
  store::require_one_of(in.role, role_names(), "ROLE", "R-GOV-5");
  const std::string scope = checked_scope(s, in);
  require_person(s, in.person);
  if (in.deputy) {
    require_person(s, *in.deputy);
    if (*in.deputy == in.person) fail_data(tr("a holder is not its own deputy"), "R-GOV-5");
  }
  SQLite::Statement current(sql(s), "SELECT id, from_date FROM role WHERE role = ? AND scope = ? AND until IS NULL");
  current.bind(1, in.role);
  current.bind(2, scope);
  if (current.executeStep()) {
    const std::int64_t predecessor = current.getColumn(0).getInt64();
    const Date since = Date::parse(current.getColumn(1).getString(), "role.from_date");
    if (in.from <= since)
      fail_data(fmt::format(fmt::runtime(tr("--from {} is not after the current {}'s start ({})")), human_date(in.from), label(in.role),
                            human_date(since)),
                in.role == "fg" ? "R-DPIA-4" : "R-GOV-5", tr("a new holder takes over after the current one"));
    SQLite::Statement end(sql(s), "UPDATE role SET until = ? WHERE id = ?");
    end.bind(1, in.from.str());
    end.bind(2, predecessor);
    end.exec();
    audit::record(s, entity(in.role), std::to_string(predecessor), "end", Object().add("until", in.from.str()));
  }
  SQLite::Statement add(sql(s), "INSERT INTO role (role, scope, person, deputy, from_date) VALUES (?, ?, ?, ?, ?)");
  add.bind(1, in.role);
  add.bind(2, scope);
  add.bind(3, in.person);
  if (in.deputy) add.bind(4, *in.deputy);
  add.bind(5, in.from.str());
  add.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, entity(in.role), std::to_string(id), "set",
                Object()
                    .add("role", in.role)
                    .add("scope", scope)
                    .add("person", in.person)
                    .add("deputy", in.deputy)
                    .add("from", in.from.str()));
  return id;
}

void end_role(Session& s, std::int64_t id, Date on) {
  SQLite::Statement q(sql(s), "SELECT role, from_date, until FROM role WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) fail_data(fmt::format(fmt::runtime(tr("no role term with id {}")), id), {}, tr("see 'mbov gov role list --all'"));
  const std::string role = q.getColumn(0).getString();
  if (!q.getColumn(2).isNull())
    fail_data(fmt::format(fmt::runtime(tr("role term {} already ended on {}")), id,
                          human_date(Date::parse(q.getColumn(2).getString(), "role.until"))), "R-GOV-5");
  const Date from = Date::parse(q.getColumn(1).getString(), "role.from_date");
  if (on < from) fail_data(fmt::format(fmt::runtime(tr("--on {} is before the term's start ({})")), human_date(on), human_date(from)), "R-GOV-5");
  SQLite::Statement end(sql(s), "UPDATE role SET until = ? WHERE id = ?");
  end.bind(1, on.str());
  end.bind(2, id);
  end.exec();
  audit::record(s, entity(role), std::to_string(id), "end", Object().add("until", on.str()));
}

std::vector<Holder> holders(Session& s, std::optional<Date> on) {
  SQLite::Statement q(sql(s), std::string(holder_columns) +
                                "WHERE ?1 IS NULL OR (r.from_date <= ?1 AND (r.until IS NULL OR r.until > ?1))"
                                " ORDER BY r.role, r.scope, r.from_date, r.id");
  if (on) q.bind(1, on->str());
  std::vector<Holder> out;
  while (q.executeStep()) out.push_back(read_holder(q));
  return out;
}

std::optional<Holder> holder_on(Session& s, std::string_view role, std::string_view scope, Date on) {
  SQLite::Statement q(sql(s), std::string(holder_columns) +
                                "WHERE r.role = ?1 AND r.scope = ?2 AND r.from_date <= ?3"
                                " AND (r.until IS NULL OR r.until > ?3) ORDER BY r.from_date DESC");
  q.bind(1, std::string(role));
  q.bind(2, std::string(scope));
  q.bind(3, on.str());
  if (!q.executeStep()) return std::nullopt;
  return read_holder(q);
}

std::vector<Holder> member_roles_after(Session& s, const std::string& member, Date last_day, bool end) {
  SQLite::Statement q(sql(s), std::string(holder_columns) +
                                "WHERE r.role = 'functional-manager' AND r.scope = ?1 AND (r.until IS NULL OR r.until > ?2)"
                                " ORDER BY r.from_date, r.id");
  q.bind(1, member);
  q.bind(2, last_day.str());
  std::vector<Holder> out;
  while (q.executeStep()) out.push_back(read_holder(q));
  if (!end) return out;
  SQLite::Statement cut(sql(s), "UPDATE role SET until = ?1 WHERE id = ?2");
  for (Holder& h : out) {
    h.until = std::max(h.from, last_day);
    cut.bind(1, h.until->str());
    cut.bind(2, h.id);
    cut.exec();
    cut.reset();
    audit::record(s, entity(h.role), std::to_string(h.id), "end", Object().add("until", h.until->str()));
  }
  return out;
}

// R-GOV-5: the general manager, the FG, a product owner per product, the owner of each shared
// mailbox, and a functional manager per current member.
std::vector<Required> required_roles(Session& s, Date on) {
  std::vector<Required> out{{"general-manager", ""}, {"fg", ""}};
  SQLite::Statement products(sql(s), "SELECT code FROM product ORDER BY code");
  while (products.executeStep()) out.push_back({"product-owner", products.getColumn(0).getString()});
  for (const std::string& box : mailboxes()) out.push_back({"mailbox-owner", box});
  SQLite::Statement members(sql(s), "SELECT code FROM member WHERE joined <= ?1 AND (left_on IS NULL OR left_on > ?1)"
                                    " ORDER BY code");
  members.bind(1, on.str());
  while (members.executeStep()) out.push_back({"functional-manager", members.getColumn(0).getString()});
  return out;
}

}  // namespace mbov::gov
