// Links of an incident: its problem record (R-INC-5), the AV motion of a fundamental change
// (R-INC-4), and the cooperative as problem holder (R-INC-6).
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/error.hpp"
#include "core/sql.hpp"
#include "incident/incident.hpp"
#include "incident/store.hpp"
#include "core/session.hpp"

namespace mbov::incident {

void link_problem(Session& s, std::int64_t id, std::int64_t problem, const std::optional<Timestamp>& at) {
  // R-INC-5: a problem groups the incidents that share a cause.
  const Incident i = load(s, id);
  const Incident p = load(s, problem);
  if (p.kind != "problem")
    throw Error(Exit::data, fmt::format("incident {} is a {}, not a problem record", problem, p.kind), "R-INC-5",
                "open one with 'mbov incident open --kind problem'");
  if (i.kind == "problem")
    throw Error(Exit::data, fmt::format("incident {} is itself a problem record", id), "R-INC-5",
                "link the incidents, not the problems");
  if (i.problem == problem)
    throw Error(Exit::data, fmt::format("incident {} is already linked to problem {}", id, problem), "R-INC-5");
  const Timestamp when = store::event_time(s, i, at);
  store::set_column(s, id, "problem", problem);
  store::add_event(s, id, when, "link", fmt::format("problem {}", problem), std::nullopt);
}

void link_motion(Session& s, std::int64_t id, std::int64_t motion, const std::optional<Timestamp>& at) {
  // R-INC-4: a fundamental change needs an AV decision.
  const Incident i = load(s, id);
  if (!i.fundamental)
    throw Error(Exit::data, fmt::format("incident {} is not a fundamental change", id), "R-INC-4",
                "only fundamental changes go to the AV");
  SQLite::Statement q(sql(s), "SELECT 1 FROM motion WHERE id = ?");
  q.bind(1, motion);
  if (!q.executeStep())
    throw Error(Exit::data, fmt::format("--motion: no motion with id {}", motion), {}, "see 'mbov vote motion list'");
  const Timestamp when = store::event_time(s, i, at);
  store::set_column(s, id, "motion", motion);
  store::add_event(s, id, when, "link", fmt::format("motion {}", motion), std::nullopt);
}

void take_over(Session& s, std::int64_t id, const std::optional<std::string>& note, const std::optional<Timestamp>& at) {
  // R-INC-6: the member could not resolve it with the supplier; the cooperative takes it over.
  const Incident i = load(s, id);
  if (!i.member)
    throw Error(Exit::data, fmt::format("incident {} has no reporting member to take over from", id), "R-INC-6");
  if (i.problem_holder)
    throw Error(Exit::data, fmt::format("the cooperative already holds incident {}", id), "R-INC-6");
  if (!i.is_open()) throw Error(Exit::data, fmt::format("incident {} is {}", id, i.status), "R-INC-6");
  const Timestamp when = store::event_time(s, i, at);
  store::set_column(s, id, "problem_holder", true);
  store::add_event(s, id, when, "problem-holder", fmt::format("the cooperative takes over from {}", *i.member), note);
}

}  // namespace mbov::incident
