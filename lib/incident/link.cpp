// Links of an incident: its problem record (R-INC-5), the AV motion of a change (R-INC-4), and
// the cooperative as problem holder (R-INC-6).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/incident/incident.hpp>
#include "incident/timeline.hpp"
#include <mbov/vote/vote.hpp>

namespace mbov::incident {

Event link_problem(Session& s, std::int64_t id, std::int64_t problem, const std::optional<Timestamp>& at) {
  // R-INC-5: a problem groups the incidents that share a cause.
  Incident i = load(s, id);
  const Incident p = load(s, problem);
  if (p.kind != Kind::problem)
    throw Error(Exit::data, msg("incident {} is a {}, not a problem record", problem, kind_name(p.kind)), "R-INC-5",
                msg("open one with 'mbov incident open --kind problem'"));
  if (i.kind == Kind::problem)
    throw Error(Exit::data, msg("incident {} is itself a problem record", id), "R-INC-5",
                msg("link the incidents, not the problems"));
  if (i.problem == problem)
    throw Error(Exit::data, msg("incident {} is already linked to problem {}", id, problem), "R-INC-5");
  const Timestamp when = event_time(s, i, at);
  i.problem = problem;
  return record(s, i, when, EventKind::link, fmt::format("problem {}", problem));
}

Event link_motion(Session& s, std::int64_t id, std::int64_t motion, const std::optional<Timestamp>& at) {
  // R-INC-4: a fundamental change needs an AV decision: an adopted motion of an AV meeting; the
  // adopted budget motion (the year plan) is the decision of the changes the plan brings.
  Incident i = load(s, id);
  if (i.kind != Kind::change)
    throw Error(Exit::data, msg("incident {} is a {}, not a change", id, kind_name(i.kind)), "R-INC-4",
                msg("only changes are decided by the AV"));
  if (i.motion == motion)
    throw Error(Exit::data, msg("incident {} is already linked to motion {}", id, motion), "R-INC-4");
  const bool from_year_plan = vote::require_adopted(s, motion, std::nullopt, "R-INC-4").kind == vote::MotionKind::budget;
  if (!i.fundamental && !from_year_plan)
    throw Error(Exit::data, msg("incident {} is not a fundamental change", id), "R-INC-4",
                msg("only fundamental changes go to the AV; a change from the year plan links its adopted budget motion"));
  const Timestamp when = event_time(s, i, at);
  const std::optional<Group> group_before = i.group;
  i.motion = motion;
  i.group = change_group(i.kind, i.fundamental, from_year_plan);
  std::string detail = fmt::format("motion {}", motion);
  if (i.group && i.group != group_before) detail += ", route " + std::string(group_name(*i.group));
  return record(s, i, when, EventKind::link, detail);
}

Event take_over(Session& s, std::int64_t id, const EventInput& in) {
  // R-INC-6: the member could not resolve it with the supplier; the cooperative takes it over.
  Incident i = load(s, id);
  if (!i.member)
    throw Error(Exit::data, msg("incident {} has no reporting member to take over from", id), "R-INC-6");
  if (i.problem_holder)
    throw Error(Exit::data, msg("the cooperative already holds incident {}", id), "R-INC-6");
  if (!i.is_open()) throw Error(Exit::data, msg("incident {} is {}", id, status_name(i.status)), "R-INC-6");
  const Timestamp when = event_time(s, i, in.at);
  i.problem_holder = true;
  return record(s, i, when, EventKind::problem_holder, fmt::format("the cooperative takes over from {}", *i.member), in.note);
}

}  // namespace mbov::incident
