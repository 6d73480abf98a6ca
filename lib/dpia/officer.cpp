// The data protection officer (FG), R-DPIA-4: one in office at all times, a chain of terms.
// An officer's `until` is the day the successor takes office: in office while from <= day < until.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/audit.hpp"
#include "core/sql.hpp"
#include "dpia/dpia.hpp"
#include "dpia/store.hpp"
#include "core/error.hpp"
#include "core/session.hpp"

namespace mbov::dpia {
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

constexpr const char* select_officer =
    "SELECT o.id, o.person, p.name, p.email, o.from_date, o.until FROM officer o JOIN person p ON p.id = o.person ";

Object officer_object(SQLite::Statement& q) {
  Object o;
  o.add("id", q.getColumn(0).getInt64())
      .add("person", q.getColumn(1).getInt64())
      .add("name", text_or_null(q.getColumn(2)))
      .add("email", text_or_null(q.getColumn(3)))
      .add("from", q.getColumn(4).getString())
      .add("until", text_or_null(q.getColumn(5)));
  return o;
}

}  // namespace

std::int64_t officer_set(Session& s, const std::string& name, const std::string& email, Date from) {
  if (name.empty()) fail_data("the officer needs a name");
  if (!plausible_email(email))
    fail_data(fmt::format("--email '{}' is not an e-mail address", email), {}, "e.g. fg@example.nl");
  SQLite::Statement current(sql(s), "SELECT id, from_date FROM officer WHERE until IS NULL");
  std::optional<std::int64_t> predecessor;
  if (current.executeStep()) {
    predecessor = current.getColumn(0).getInt64();
    Date since = Date::parse(current.getColumn(1).getString(), "officer.from_date");
    if (from <= since)
      fail_data(fmt::format("--from {} is not after the current officer's start ({})", from.str(), since.str()),
                "R-DPIA-4", "a new officer takes office after the current one");
  }
  if (predecessor) {
    SQLite::Statement end(sql(s), "UPDATE officer SET until = ? WHERE id = ?");
    end.bind(1, from.str());
    end.bind(2, *predecessor);
    end.exec();
    audit::record(s, "officer", std::to_string(*predecessor), "end", Object().add("until", from.str()));
  }
  SQLite::Statement person(sql(s), "INSERT INTO person (name, email) VALUES (?, ?)");
  person.bind(1, name);
  person.bind(2, email);
  person.exec();
  std::int64_t person_id = sql(s).getLastInsertRowid();
  SQLite::Statement add(sql(s), "INSERT INTO officer (person, from_date) VALUES (?, ?)");
  add.bind(1, person_id);
  add.bind(2, from.str());
  add.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "officer", std::to_string(id), "set",
                Object().add("person", person_id).add("name", name).add("email", email).add("from", from.str()));
  return id;
}

std::optional<Object> officer_on(Session& s, Date on) {
  SQLite::Statement q(sql(s), std::string(select_officer) +
                                "WHERE o.from_date <= ?1 AND (o.until IS NULL OR o.until > ?1) ORDER BY o.from_date DESC");
  q.bind(1, on.str());
  if (!q.executeStep()) return std::nullopt;
  return officer_object(q);
}

std::vector<Object> officer_history(Session& s) {
  SQLite::Statement q(sql(s), std::string(select_officer) + "ORDER BY o.from_date, o.id");
  std::vector<Object> rows;
  while (q.executeStep()) rows.push_back(officer_object(q));
  return rows;
}

}  // namespace mbov::dpia
