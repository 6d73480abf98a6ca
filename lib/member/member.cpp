// Members: registration (R-MEM-1), the register's list and detail, leaving (R-MEM-7).
#include "member/member.hpp"
#include "core/keys.hpp"
#include "core/sql.hpp"

#include <fmt/format.h>

#include "core/audit.hpp"
#include "core/error.hpp"
#include "member/store.hpp"
#include "core/session.hpp"

namespace mbov::member {
namespace {

// The members matching code (all when null), with the derived fields of CLI.md.
std::vector<Object> rows(Session& s, const std::optional<std::string>& code, bool all,
                         const std::optional<std::string>& product) {
  std::string query = fmt::format(R"(
    SELECT m.code, m.name, m.city, m.joined, m.left_on,
      (SELECT count(*) FROM contact c WHERE c.member = m.code AND c.role = 'contact' AND {1}),
      (SELECT p.name FROM contact c JOIN person p ON p.id = c.person
        WHERE c.member = m.code AND c.role = 'representative' AND {1} ORDER BY c.since DESC, c.id DESC LIMIT 1),
      (SELECT max(on_date) FROM confirmation f WHERE f.member = m.code)
    FROM member m
    WHERE (:code IS NULL OR m.code = :code) AND (:all OR m.left_on IS NULL OR m.left_on >= :t)
      AND (:product IS NULL OR EXISTS (SELECT 1 FROM uptake u
        WHERE u.member = m.code AND u.product = :product AND {0}))
    ORDER BY m.code)", current_uptake, current_role);
  SQLite::Statement q(sql(s), query);
  q.bind(":t", s.today.str());
  bind_opt(q, ":code", code);
  q.bind(":all", all ? 1 : 0);
  bind_opt(q, ":product", product);
  std::vector<Object> out;
  while (q.executeStep()) {
    Date joined = Date::parse(q.getColumn(3).getString(), "joined");
    std::optional<Date> confirmed;
    if (!q.getColumn(7).isNull()) confirmed = Date::parse(q.getColumn(7).getString(), "confirmation");
    out.push_back(Object()
                      .add("code", q.getColumn(0).getString())
                      .add("name", q.getColumn(1).getString())
                      .add("city", text_or_null(q.getColumn(2)))
                      .add("contracting_authority", true)
                      .add("joined", joined.str())
                      .add("left", text_or_null(q.getColumn(4)))
                      .add("contacts", q.getColumn(5).getInt64())
                      .add("representative", text_or_null(q.getColumn(6)))
                      .add("last_confirmed", text_or_null(q.getColumn(7)))
                      .add("confirmation_due", confirmation_due(s, joined, confirmed).str()));
  }
  return out;
}

}  // namespace

const std::vector<std::string>& list_columns() {
  static const std::vector<std::string> columns{"code",   "name",     "city",           "contracting_authority",
                                                "joined", "left",     "contacts",       "representative",
                                                "last_confirmed", "confirmation_due"};
  return columns;
}

void add(Session& s, const NewMember& m) {
  // R-MEM-1: only contracting authorities may be members.
  if (!m.contracting_authority)
    fail_data(fmt::format("member {} is not stated to be a contracting authority", m.code), "R-MEM-1",
              "only contracting authorities may be members; if it is one, add --contracting-authority");
  if (m.code.empty() || m.code.find_first_of(" \t,") != std::string::npos)
    fail_data(fmt::format("member code '{}' is empty or holds a space or comma", m.code));
  require_text(m.name, "the member's name");
  if (m.left && *m.left < m.joined)
    fail_data(fmt::format("member {} would leave ({}) before it joined ({})", m.code, m.left->str(), m.joined.str()));
  SQLite::Statement& dup = statement(s, "SELECT code FROM member WHERE code = ?");
  dup.bind(1, m.code);
  if (dup.executeStep())
    fail_data(fmt::format("member code {} is taken (by {})", m.code, dup.getColumn(0).getString()), {},
              "codes are unique regardless of case and never change");
  SQLite::Statement& ins = statement(s,
                        "INSERT INTO member (code, name, city, contracting_authority, joined, left_on) "
                        "VALUES (?, ?, ?, 1, ?, ?)");
  ins.bind(1, m.code);
  ins.bind(2, m.name);
  if (m.city) ins.bind(3, *m.city);
  ins.bind(4, m.joined.str());
  if (m.left) ins.bind(5, m.left->str());
  ins.exec();
  audit::record(s, "member", m.code, "add",
                Object().add("name", m.name).add("city", m.city).add("joined", m.joined.str()).add("contracting_authority", true));
}

std::vector<Object> list(Session& s, bool all, const std::optional<std::string>& product) {
  std::optional<std::string> p;
  if (product) p = require_product(s, *product);
  return rows(s, std::nullopt, all, p);
}

Object show(Session& s, const std::string& code) {
  Object o = rows(s, require_member(s, code), true, std::nullopt).at(0);
  Array contacts;
  for (Object& c : member::contacts(s, code, std::nullopt, false)) contacts.push_back(std::move(c));
  for (std::size_t i = 0; i < o.keys.size(); ++i)
    if (o.keys[i] == "contacts") o.values[i] = Value(std::move(contacts));
  return o;
}

void edit(Session& s, const std::string& code, const std::optional<std::string>& name,
          const std::optional<std::string>& city) {
  std::string key = require_member(s, code);
  if (name) require_text(*name, "the member's name");
  SQLite::Statement q(sql(s), "UPDATE member SET name = coalesce(?, name), city = coalesce(?, city) WHERE code = ?");
  if (name) q.bind(1, *name);
  if (city) q.bind(2, *city);
  q.bind(3, key);
  q.exec();
  audit::record(s, "member", key, "edit", Object().add("name", name).add("city", city));
}

void leave(Session& s, const std::string& code, Date on) {
  std::string key = require_member(s, code);
  SQLite::Statement q(sql(s), "SELECT joined, left_on FROM member WHERE code = ?");
  q.bind(1, key);
  q.executeStep();
  if (!q.getColumn(1).isNull())
    fail_data(fmt::format("member {} already left on {}", key, q.getColumn(1).getString()));
  if (on.str() < q.getColumn(0).getString())
    fail_data(fmt::format("member {} cannot leave on {}, before it joined ({})", key, on.str(), q.getColumn(0).getString()));
  SQLite::Statement u(sql(s), "UPDATE member SET left_on = ? WHERE code = ?");
  u.bind(1, on.str());
  u.bind(2, key);
  u.exec();
  audit::record(s, "member", key, "leave", Object().add("on", on.str()));
}

}  // namespace mbov::member
