// The data protection officer (FG), R-DPIA-4: one in office at all times, a chain of terms.
// The officer is the gov role fg (one place: the role table, read here through the view
// `officer`); its `until` is the day the successor takes office: in office while from <= day < until.
#include <fmt/format.h>

#include <mbov/core/output.hpp>
#include <mbov/dpia/dpia.hpp>
#include "dpia/store.hpp"
#include <mbov/gov/gov.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/session.hpp>

namespace mbov::dpia {

Object to_object(const Officer& o) {
  Object out;
  out.add("id", o.id)
      .add("person", o.person)
      .add("name", o.name)
      .add("email", o.email)
      .add("from", o.from)
      .add("until", date_value(o.until));
  return out;
}

std::int64_t officer_set(Session& s, const std::string& name, const std::string& email, Date from) {
  return gov::assign_role(
      s, {.role = gov::Role::fg, .scope = {}, .person = gov::add_person(s, name, email), .deputy = std::nullopt, .from = from});
}

std::optional<Officer> officer_on(Session& s, Date on) { return store::select_officer_on(s, on); }

std::vector<Officer> officer_history(Session& s) { return store::select_officers(s); }

}  // namespace mbov::dpia
