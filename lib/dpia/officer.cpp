// The data protection officer (FG), R-DPIA-4: one in office at all times, a chain of terms.
// The officer is the gov role fg (one place: the role table, read here through the view
// `officer`); its `until` is the day the successor takes office: in office while from <= day < until.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/sql.hpp"
#include "dpia/dpia.hpp"
#include "dpia/store.hpp"
#include "gov/gov.hpp"
#include "core/error.hpp"
#include "core/session.hpp"

namespace mbov::dpia {
namespace {

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
  return gov::assign_role(
      s, {.role = "fg", .scope = {}, .person = gov::add_person(s, name, email), .deputy = std::nullopt, .from = from});
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
