// The rules of incidents that need no database: priorities, the state machine, escalation
// levels, change routing and the deadline arithmetic.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <algorithm>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/incident/incident.hpp>

namespace mbov::incident {

int default_priority(Kind kind) {
  // R-INC-3, ours: a breach starts at the top priority because its legal clock runs from the start;
  // everything else starts in the middle, as the PDC gives no default.
  return kind == Kind::breach ? 1 : 3;
}

int parse_priority(std::string_view text, std::string_view what) {
  if (text.size() != 1 || text[0] < '1' || text[0] > '4')
    throw Error(Exit::data, msg("{}: priority '{}' is not 1, 2, 3 or 4", what, text), "R-INC-3",
                msg("1 is the most urgent"));
  return text[0] - '0';
}

void require_transition(Status from, Status to) {
  struct Move {
    Status from, to;
  };
  using enum Status;
  static constexpr Move moves[] = {{new_, acknowledged},
                                   {new_, resolved},  // resolved from any open status
                                   {acknowledged, in_progress},
                                   {acknowledged, resolved},
                                   {in_progress, resolved},
                                   {resolved, closed},
                                   {resolved, in_progress}};  // reopening
  for (const Move& m : moves)
    if (m.from == from && m.to == to) return;
  std::string allowed;
  for (const Move& m : moves)
    if (m.from == from) allowed += (allowed.empty() ? "" : tr(" or ")) + std::string(status_name(m.to));
  throw Error(Exit::data, msg("cannot move an incident from {} to {}", status_name(from), status_name(to)), {},
              allowed.empty() ? msg("a closed incident stays closed; open a new one")
                              : msg("from {} it can move to {}", status_name(from), allowed));
}

Level escalation_target(Level current, std::optional<Level> to) {
  // R-INC-2: operations signal, tactical management carries out, the strategic level is informed.
  if (!to) {
    if (current == Level::strategic)
      throw Error(Exit::data, msg("the incident is already escalated to the strategic level"), "R-INC-2");
    return static_cast<Level>(static_cast<int>(current) + 1);
  }
  if (*to <= current)
    throw Error(Exit::data, msg("the incident is already at the {} level", level_name(current)), "R-INC-2",
                msg("escalation only goes up: operational, tactical, strategic"));
  return *to;
}

std::optional<Group> change_group(Kind kind, bool fundamental, bool from_year_plan) {
  // R-INC-4: the year plan's approval is the AV decision of the changes it brings.
  if (kind != Kind::change) return std::nullopt;
  return fundamental && !from_year_plan ? Group::working_group : Group::expert_group;
}

Deadlines sla_deadlines(const Policy& policy, int priority, Timestamp opened) {
  // R-INC-3: elapsed hours, so a daylight-saving change neither adds nor takes an hour.
  const Sla& sla = policy.incident.sla.at(static_cast<std::size_t>(priority - 1));
  return {opened.plus_hours(sla.respond_hours), opened.plus_hours(sla.resolve_hours)};
}

Timestamp authority_deadline(const Policy& policy, Timestamp aware) {
  // R-INC-7: GDPR art. 33(1), elapsed hours after becoming aware.
  return aware.plus_hours(policy.incident.breach_authority_hours);
}

std::optional<bool> in_time(const std::optional<Timestamp>& done, Timestamp deadline) {
  if (!done) return std::nullopt;
  return *done <= deadline;
}

std::optional<Timestamp> Incident::decided_at() const {
  if (authority_notified && no_risk_at) return std::min(*authority_notified, *no_risk_at);
  return authority_notified ? authority_notified : no_risk_at;
}

bool on_sla_clock(const Policy& policy, Kind kind) {
  // R-INC-3: service levels apply to the kinds of incident.sla_kinds only (the policy holds their
  // words, checked when it is read).
  const auto& kinds = policy.incident.sla_kinds;
  return std::find(kinds.begin(), kinds.end(), kind_name(kind)) != kinds.end();
}

Incident as_of(Incident i, Timestamp at) {
  // R-GEN-1: a moment after `at` had not come yet; the status follows the moments kept.
  for (std::optional<Timestamp>* t : {&i.acknowledged_at, &i.resolved_at, &i.closed_at, &i.authority_notified,
                                      &i.members_notified, &i.subjects_notified, &i.no_risk_at})
    if (*t && **t > at) t->reset();
  if (i.closed_at) i.status = Status::closed;
  else if (i.resolved_at) i.status = Status::resolved;
  else if (!i.acknowledged_at) i.status = Status::new_;
  else if (!i.is_open()) i.status = Status::in_progress;
  return i;
}

bool service_levels_apply(const Policy& policy, const Incident& i, Timestamp at) {
  if (!on_sla_clock(policy, i.kind)) return false;
  // R-INC-7: once reported or recorded as no risk, the 72-hour clock was the breach's deadline.
  const std::optional<Timestamp> decided = i.kind == Kind::breach ? i.decided_at() : std::nullopt;
  return !decided || *decided > at;
}

Timestamp warning_moment(const Policy& policy, Timestamp start, Timestamp deadline) {
  // R-INC-3: nearing a deadline is escalate_at_percent of its time used (the first whole second).
  const long long total = start.seconds_until(deadline);
  const long long share = total * policy.incident.escalate_at_percent;
  return start.plus_seconds(share / 100 + (share % 100 > 0 ? 1 : 0));
}

Severity deadline_severity(const Policy& policy, Timestamp start, Timestamp deadline, Timestamp now) {
  // R-INC-3: crossing the deadline is a violation, nearing it a warning.
  if (now > deadline) return Severity::critical;
  if (now >= warning_moment(policy, start, deadline)) return Severity::warning;
  return Severity::ok;
}

}  // namespace mbov::incident
