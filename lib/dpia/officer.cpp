// The data protection officer (FG), R-DPIA-4: one in office at all times, a chain of terms.
// The officer is the gov role fg (one place: the role table, read here through the view
// `officer`); its `until` is the day the successor takes office: in office while from <= day < until.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/output.hpp"
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

Officer officer_of(SQLite::Statement& q) {
  const std::optional<std::string> until = opt_text(q.getColumn(5));
  return {.id = q.getColumn(0).getInt64(),
          .person = q.getColumn(1).getInt64(),
          .name = opt_text(q.getColumn(2)),
          .email = opt_text(q.getColumn(3)),
          .from = Date::parse(q.getColumn(4).getString(), "officer.from_date"),
          .until = until ? std::optional(Date::parse(*until, "officer.until")) : std::nullopt};
}

}  // namespace

Object to_object(const Officer& o) {
  Object out;
  out.add("id", o.id)
      .add("person", o.person)
      .add("name", o.name)
      .add("email", o.email)
      .add("from", o.from.str())
      .add("until", date_value(o.until));
  return out;
}

std::int64_t officer_set(Session& s, const std::string& name, const std::string& email, Date from) {
  return gov::assign_role(
      s, {.role = "fg", .scope = {}, .person = gov::add_person(s, name, email), .deputy = std::nullopt, .from = from});
}

std::optional<Officer> officer_on(Session& s, Date on) {
  SQLite::Statement q(sql(s), std::string(select_officer) +
                                "WHERE o.from_date <= ?1 AND (o.until IS NULL OR o.until > ?1) ORDER BY o.from_date DESC");
  q.bind(1, on.str());
  if (!q.executeStep()) return std::nullopt;
  return officer_of(q);
}

std::vector<Officer> officer_history(Session& s) {
  SQLite::Statement q(sql(s), std::string(select_officer) + "ORDER BY o.from_date, o.id");
  std::vector<Officer> rows;
  while (q.executeStep()) rows.push_back(officer_of(q));
  return rows;
}

}  // namespace mbov::dpia
