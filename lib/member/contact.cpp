// The people who speak for a member: contacts (R-MEM-3), representatives (R-MEM-5) and the
// mailing list of R-MEM-6. Personal data goes to the person table only (R-DPIA-5).
#include <fmt/format.h>

#include <algorithm>

#include "core/keys.hpp"
#include "core/audit.hpp"
#include "core/sql.hpp"
#include "core/error.hpp"
#include "member/member.hpp"
#include "member/store.hpp"
#include "core/session.hpp"

namespace mbov::member {
namespace {

bool is_current_member(Session& s, const std::string& code) {
  SQLite::Statement q(sql(s), fmt::format("SELECT 1 FROM member m WHERE m.code = :code AND {}", current_member));
  q.bind(":code", code);
  q.bind(":t", s.today.str());
  return q.executeStep();
}

// The person already known at this member under this e-mail address, if any.
std::optional<std::int64_t> person_at(Session& s, const std::string& code, const std::string& email) {
  SQLite::Statement q(sql(s), "SELECT c.person FROM contact c JOIN person p ON p.id = c.person "
                            "WHERE c.member = ? AND lower(p.email) = lower(?) ORDER BY c.id LIMIT 1");
  q.bind(1, code);
  q.bind(2, email);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::int64_t new_person(Session& s, const NewContact& c) {
  SQLite::Statement ins(sql(s), "INSERT INTO person (name, email, phone) VALUES (?, ?, ?)");
  ins.bind(1, c.name);
  ins.bind(2, c.email);
  if (c.phone) ins.bind(3, *c.phone);
  ins.exec();
  return sql(s).getLastInsertRowid();
}

void require_free_role(Session& s, std::int64_t person, const NewContact& c) {
  SQLite::Statement q(sql(s), "SELECT c.id FROM contact c WHERE c.person = :p AND c.member = :m "
                                        "AND c.role = :r AND (c.until IS NULL OR c.until > :t)");
  q.bind(":p", person);
  q.bind(":m", c.member);
  q.bind(":r", c.role);
  q.bind(":t", c.since.str());
  if (q.executeStep())
    fail_data(fmt::format("{} is already {} {} of member {} (contact id {})", c.email,
                          c.role == "contact" ? "a" : "the", c.role, c.member, q.getColumn(0).getInt64()));
}

}  // namespace

const std::vector<std::string>& contact_columns() {
  static const std::vector<std::string> columns{"id", "member", "person", "name", "email", "phone", "role", "since", "until"};
  return columns;
}

void validate_email(const std::string& email) {
  auto at = email.find('@');
  bool ok = at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos &&
            email.find('.', at + 2) != std::string::npos && email.back() != '.' &&
            email.find_first_of(" \t\r\n,;<>\"") == std::string::npos;
  if (!ok) fail_data(fmt::format("'{}' is not an e-mail address", email), {}, "give it as name@example.nl");
}

std::int64_t add_contact(Session& s, const NewContact& given) {
  NewContact c = given;
  c.member = require_member(s, c.member);
  require_text(c.name, "the contact's name");
  validate_email(c.email);
  if (c.role != "contact" && c.role != "representative")
    fail_data(fmt::format("role '{}' is not contact or representative", c.role));
  if (!is_current_member(s, c.member))
    fail_data(fmt::format("member {} is not a current member", c.member), "R-MEM-7");
  std::optional<std::int64_t> known = person_at(s, c.member, c.email);
  if (known) require_free_role(s, *known, c);
  std::int64_t person = known ? *known : new_person(s, c);
  if (known) {  // the audit names the person as stored: erasure (R-DPIA-5) finds exactly those values
    SQLite::Statement p(sql(s), "SELECT name, email, phone FROM person WHERE id = ?");
    p.bind(1, person);
    p.executeStep();
    c.name = p.getColumn(0).getString();
    c.email = p.getColumn(1).getString();
    c.phone = p.getColumn(2).isNull() ? decltype(c.phone){} : decltype(c.phone){p.getColumn(2).getString()};
  }
  SQLite::Statement ins(sql(s), "INSERT INTO contact (member, person, role, since) VALUES (?, ?, ?, ?)");
  ins.bind(1, c.member);
  ins.bind(2, person);
  ins.bind(3, c.role);
  ins.bind(4, c.since.str());
  ins.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "contact", std::to_string(id), "add",
                Object().add("member", c.member).add("person", person).add("name", c.name).add("email", c.email)
                    .add("phone", c.phone).add("role", c.role).add("since", c.since.str()));
  return id;
}

std::vector<Object> contacts(Session& s, const std::optional<std::string>& code,
                             const std::optional<std::string>& product, bool all) {
  std::optional<std::string> key, prod;
  if (code) key = require_member(s, *code);
  if (product) prod = require_product(s, *product);
  SQLite::Statement q(sql(s), fmt::format(R"(
    SELECT c.id, c.member, c.person, p.name, p.email, p.phone, c.role, c.since, c.until
    FROM contact c JOIN person p ON p.id = c.person JOIN member m ON m.code = c.member
    WHERE (:code IS NULL OR c.member = :code) AND (:all OR ({} AND {}))
      AND (:product IS NULL OR EXISTS (SELECT 1 FROM uptake u WHERE u.member = c.member AND u.product = :product AND {}))
    ORDER BY c.member, c.role, c.id)", current_role, current_member, current_uptake));
  bind_opt(q, ":code", key);
  bind_opt(q, ":product", prod);
  q.bind(":all", all ? 1 : 0);
  q.bind(":t", s.today.str());
  std::vector<Object> out;
  while (q.executeStep())
    out.push_back(Object()
                      .add("id", q.getColumn(0).getInt64())
                      .add("member", q.getColumn(1).getString())
                      .add("person", q.getColumn(2).getInt64())
                      .add("name", text_or_null(q.getColumn(3)))
                      .add("email", text_or_null(q.getColumn(4)))
                      .add("phone", text_or_null(q.getColumn(5)))
                      .add("role", q.getColumn(6).getString())
                      .add("since", q.getColumn(7).getString())
                      .add("until", text_or_null(q.getColumn(8))));
  return out;
}

// R-MEM-6: every current contact person (either role) of the current members is kept informed.
std::vector<std::string> mailing(Session& s, const std::optional<std::string>& code,
                                 const std::optional<std::string>& product) {
  std::vector<std::string> out;
  for (const Object& c : contacts(s, code, product, false)) {
    std::string email = c.find("email")->text();
    if (!email.empty() && std::find(out.begin(), out.end(), email) == out.end()) out.push_back(email);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void remove_contact(Session& s, std::int64_t id, Date on) {
  SQLite::Statement q(sql(s), "SELECT since, until FROM contact WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) fail_data(fmt::format("no contact with id {}", id), {}, "see 'mbov member contact list --all'");
  if (!q.getColumn(1).isNull()) fail_data(fmt::format("contact {} already ended on {}", id, q.getColumn(1).getString()));
  if (on.str() < q.getColumn(0).getString())
    fail_data(fmt::format("contact {} cannot end on {}, before it began ({})", id, on.str(), q.getColumn(0).getString()));
  SQLite::Statement u(sql(s), "UPDATE contact SET until = ? WHERE id = ?");
  u.bind(1, on.str());
  u.bind(2, id);
  u.exec();
  audit::record(s, "contact", std::to_string(id), "remove", Object().add("on", on.str()));
}

}  // namespace mbov::member
