// list and show, and the output edge: an incident as an Object, in local time.
#include <algorithm>

#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>
#include <mbov/incident/incident.hpp>
#include "incident/store.hpp"

namespace mbov::incident {
namespace {

// The route of a change: the word of its group (R-INC-4); null for other kinds.
std::optional<std::string_view> route(const Incident& i) {
  if (!i.group) return std::nullopt;
  return group_name(*i.group);
}

Object to_object(const Event& e) {
  return Object()
      .add("at", e.at)
      .add("actor", e.actor)
      .add("event", event_kind_name(e.kind))
      .add("detail", detail_message(e))
      .add("note", e.note);
}

}  // namespace

Object to_object(const Details& d) {
  Object o = to_object(d.incident);
  if (d.incident.kind == Kind::problem) {
    // R-INC-5: the problem shows the incidents it groups.
    Array grouped;
    for (const Incident& i : d.grouped)
      grouped.push_back(Object().add("id", i.id).add("kind", kind_name(i.kind)).add("status", status_name(i.status)).add("title", i.title));
    o.add("incidents", std::move(grouped));
  }
  Array timeline;
  for (const Event& e : d.timeline) timeline.push_back(to_object(e));
  o.add("timeline", std::move(timeline));
  return o;
}

std::vector<Incident> list(Session& s, const Filter& f) {
  if (f.product) require_product(s, *f.product);
  return store::select(s, f);
}

std::vector<SlaMiss> sla_misses(Session& s, Timestamp from, Timestamp to, Timestamp now) {
  std::vector<SlaMiss> out;
  auto add = [&](const Incident& i, const char* deadline, Timestamp due, std::optional<Timestamp> done) {
    // Judged once the deadline passed: missed when not done at or before it (in_time).
    if (due < from || due >= to || due >= now || done.value_or(now) <= due) return;
    if (service_levels_apply(s.policy, i, due)) out.push_back({.incident = i, .deadline = deadline, .due = due, .done = done});
  };
  // R-GEN-1: an incident as it stood at `now` (a past week's report: what was done later is not).
  for (const Incident& stored : store::due_between(s, from, to)) {
    const Incident i = as_of(stored, now);
    add(i, N_("respond"), i.respond_by, i.responded_at());
    add(i, N_("resolve"), i.resolve_by, i.resolved_at);
  }
  std::stable_sort(out.begin(), out.end(), [](const SlaMiss& a, const SlaMiss& b) {
    return a.due != b.due ? a.due < b.due : a.incident.id < b.incident.id;
  });
  return out;
}

const char* breach_state(const Incident& b, Timestamp now) {
  if (b.no_risk_at) return N_("no risk recorded");
  if (!b.authority_notified)
    return b.authority_deadline && *b.authority_deadline < now ? N_("NOT REPORTED, deadline passed") : N_("to report");
  if (b.authority_deadline && *b.authority_notified > *b.authority_deadline) return N_("reported late");
  return N_("reported");
}

std::vector<Incident> undecided_breaches(Session& s) { return store::undecided_breaches(s); }

std::vector<Incident> breaches_concerning(Session& s, Timestamp from, Timestamp to) {
  return store::breaches_concerning(s, from, to);
}

std::vector<KindStats> kind_stats(Session& s, Timestamp from, Timestamp to) {
  return store::kind_stats(s, from, to, s.policy.incident.sla_kinds);
}

std::vector<Incident> resolved_between(Session& s, Timestamp from, Timestamp to) {
  return store::resolved_between(s, from, to);
}

std::int64_t OpenCount::of(const std::string& product) const {
  const auto n = per_product.find(product);
  return n == per_product.end() ? 0 : n->second;
}

OpenCount open_count(Session& s) {
  OpenCount n{.per_product = store::open_per_product(s)};
  for (const auto& [product, count] : n.per_product) n.total += count;
  return n;
}

Details show(Session& s, std::int64_t id) {
  Details d{.incident = load(s, id), .timeline = store::timeline(s, id), .grouped = {}};
  if (d.incident.kind == Kind::problem) d.grouped = store::grouped_under(s, id);
  return d;
}

Object to_object(const Incident& i) {
  Object o;
  o.add("id", i.id)
      .add("kind", kind_name(i.kind))
      .add("title", i.title)
      .add("product", i.product)
      .add("member", i.member)
      .add("reporter", i.reporter_name)
      .add("priority", i.priority)
      .add("status", status_name(i.status))
      .add("opened", i.opened)
      .add("acknowledged", i.acknowledged_at)
      .add("resolved", i.resolved_at)
      .add("closed", i.closed_at)
      .add("escalation", level_name(i.escalation))
      .add("respond_by", i.respond_by)
      .add("resolve_by", i.resolve_by)
      .add("responded_in_time", in_time(i.responded_at(), i.respond_by))
      .add("resolved_in_time", in_time(i.resolved_at, i.resolve_by))
      .add("fundamental", i.fundamental)
      .add("route", route(i))
      .add("av_decision_needed", i.group == Group::working_group)
      .add("motion", i.motion)
      .add("problem", i.problem)
      .add("problem_holder", i.problem_holder)
      .add("authority_deadline", i.authority_deadline)
      .add("authority_notified", i.authority_notified)
      .add("late_reason", i.late_reason)
      .add("members_notified", i.members_notified)
      .add("subjects_notified", i.subjects_notified)
      .add("no_risk", i.no_risk_at)
      .add("no_risk_reason", i.no_risk_reason)
      .add("group", route(i));
  return o;
}


const std::vector<std::string>& csv_columns() {
  // Every field of list but the computed in-time flags and av_decision_needed.
  static const std::vector<std::string> columns{
      "id", "kind", "title", "product", "member", "reporter", "priority", "status", "opened", "acknowledged",
      "resolved", "closed", "escalation", "respond_by", "resolve_by", "fundamental", "route", "motion",
      "problem", "problem_holder", "authority_deadline", "authority_notified", "late_reason",
      "members_notified", "subjects_notified", "no_risk", "no_risk_reason", "group"};
  return columns;
}

const std::vector<std::string>& table_columns() {
  static const std::vector<std::string> columns{"id",         "kind",       "priority", "status",  "escalation",
                                                "route",      "opened",     "respond_by", "resolve_by",
                                                "product",    "member",     "title"};
  return columns;
}

}  // namespace mbov::incident
