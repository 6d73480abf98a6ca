#include <doctest/doctest.h>

#include <random>

#include <mbov/core/error.hpp>
#include <mbov/incident/incident.hpp>
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::incident;

using mbov::test::ts;

TEST_CASE("the state machine allows exactly the seven moves") {
  using enum Status;
  const Status statuses[] = {new_, acknowledged, in_progress, resolved, closed};
  int allowed = 0;
  for (const Status from : statuses)
    for (const Status to : statuses) {
      bool ok = true;
      try {
        require_transition(from, to);
      } catch (const Error& e) {
        ok = false;
        CHECK(e.code() == Exit::data);
      }
      allowed += ok;
    }
  CHECK(allowed == 7);
  CHECK_NOTHROW(require_transition(resolved, in_progress));
  CHECK_NOTHROW(require_transition(new_, resolved));
  CHECK_NOTHROW(require_transition(acknowledged, resolved));
  CHECK_THROWS_AS(require_transition(new_, in_progress), Error);
  CHECK_THROWS_AS(require_transition(closed, in_progress), Error);
}

TEST_CASE("escalation only goes up") {
  using enum Level;
  CHECK(escalation_target(operational, std::nullopt) == tactical);
  CHECK(escalation_target(tactical, std::nullopt) == strategic);
  CHECK(escalation_target(operational, strategic) == strategic);
  CHECK(escalation_target(operational, tactical) == tactical);
  CHECK(escalation_target(tactical, strategic) == strategic);
  CHECK_THROWS_AS(escalation_target(strategic, std::nullopt), Error);
  CHECK_THROWS_AS(escalation_target(tactical, tactical), Error);
  CHECK_THROWS_AS(escalation_target(strategic, tactical), Error);
  CHECK_THROWS_AS(escalation_target(operational, operational), Error);
  CHECK_THROWS_AS(escalation_target(strategic, strategic), Error);
}

TEST_CASE("priorities and change routes") {
  CHECK(default_priority(Kind::breach) == 1);
  CHECK(default_priority(Kind::disruption) == 3);
  CHECK(parse_priority("1", "p") == 1);
  CHECK(parse_priority("4", "p") == 4);
  for (const char* bad : {"0", "5", "", "12", "-1", "a", " 1"}) CHECK_THROWS_AS(parse_priority(bad, "p"), Error);
  // R-INC-4: the working group only for a fundamental change outside the year plan.
  CHECK(change_group(Kind::change, true, false) == Group::working_group);
  CHECK(change_group(Kind::change, true, true) == Group::expert_group);
  CHECK(change_group(Kind::change, false, false) == Group::expert_group);
  CHECK(change_group(Kind::change, false, true) == Group::expert_group);
  CHECK_FALSE(change_group(Kind::backup, true, false).has_value());
}

TEST_CASE("deadlines are elapsed hours from the opening, across daylight saving") {
  Policy p = Policy::defaults();
  Deadlines d = sla_deadlines(p, 4, ts("2026-10-24T12:00:00Z"));
  CHECK(d.respond_by == ts("2026-10-25T12:00:00Z"));
  CHECK(d.resolve_by == ts("2026-11-03T12:00:00Z"));
  CHECK(authority_deadline(p, ts("2026-10-23T10:00:00+02:00")) == ts("2026-10-26T09:00:00+01:00"));
  p.incident.breach_authority_hours = 24;
  CHECK(authority_deadline(p, ts("2026-03-28T12:00:00Z")) == ts("2026-03-29T12:00:00Z"));
}

TEST_CASE("in time up to and including the deadline") {
  const Timestamp due = ts("2026-06-01T11:00:00Z");
  CHECK(in_time(ts("2026-06-01T11:00:00Z"), due) == true);
  CHECK(in_time(ts("2026-06-01T11:00:01Z"), due) == false);
  CHECK_FALSE(in_time(std::nullopt, due).has_value());
}

TEST_CASE("deadline severity: warning from the policy's share, critical only past the deadline") {
  Policy p = Policy::defaults();  // 80 %
  const Timestamp start = ts("2026-06-01T10:00:00Z"), due = ts("2026-06-01T11:40:00Z");  // 100 min
  CHECK(deadline_severity(p, start, due, ts("2026-06-01T09:00:00Z")) == Severity::ok);
  CHECK(deadline_severity(p, start, due, ts("2026-06-01T11:19:59Z")) == Severity::ok);
  CHECK(deadline_severity(p, start, due, ts("2026-06-01T11:20:00Z")) == Severity::warning);
  CHECK(deadline_severity(p, start, due, due) == Severity::warning);
  CHECK(deadline_severity(p, start, due, ts("2026-06-01T11:40:01Z")) == Severity::critical);
  p.incident.escalate_at_percent = 100;
  CHECK(deadline_severity(p, start, due, ts("2026-06-01T11:39:59Z")) == Severity::ok);
  CHECK(deadline_severity(p, start, due, due) == Severity::warning);
}

TEST_CASE("warning_moment is the first second deadline_severity warns (property, printed seed)") {
  CHECK(warning_moment(Policy::defaults(), ts("2026-06-01T10:00:00Z"), ts("2026-06-01T11:40:00Z")) ==
        ts("2026-06-01T11:20:00Z"));
  const unsigned seed = static_cast<unsigned>(std::random_device{}());
  INFO("seed " << seed);
  std::mt19937 random(seed);
  Policy p = Policy::defaults();
  const Timestamp start = ts("2026-06-01T10:00:00Z");
  for (int i = 0; i < 500; ++i) {
    p.incident.escalate_at_percent = static_cast<int>(random() % 100) + 1;
    const Timestamp due = start.plus_seconds(static_cast<long long>(random() % 400000) + 1);
    const Timestamp warn = warning_moment(p, start, due);
    CHECK(warn <= due);
    // The second computation: the share of the time used, by the rule's own comparison.
    auto warns = [&](Timestamp now) { return start.seconds_until(now) * 100 >= start.seconds_until(due) * p.incident.escalate_at_percent; };
    CHECK(warns(warn));
    CHECK(!warns(warn.plus_seconds(-1)));
    CHECK(deadline_severity(p, start, due, warn) == Severity::warning);
    CHECK(deadline_severity(p, start, due, warn.plus_seconds(-1)) == Severity::ok);
  }
}

TEST_CASE("service levels apply until a breach is decided, by the earlier of its two decisions") {
  const Policy p = Policy::defaults();
  Incident breach{.kind = Kind::breach};
  const Timestamp due = ts("2026-11-23T15:00:00Z");
  CHECK(!breach.decided_at());
  CHECK(service_levels_apply(p, breach, due));
  breach.no_risk_at = ts("2026-11-23T15:01:00Z");
  CHECK(service_levels_apply(p, breach, due));  // decided a minute after the deadline
  breach.authority_notified = ts("2026-11-23T15:00:00Z");
  CHECK(breach.decided_at() == due);
  CHECK(!service_levels_apply(p, breach, due));  // decided at the deadline itself
  CHECK(!service_levels_apply(p, breach, ts("2026-11-23T16:00:00Z")));
  CHECK(service_levels_apply(p, breach, ts("2026-11-23T14:59:59Z")));
  // Other kinds on the clock keep their levels whatever is recorded.
  Incident access{.kind = Kind::access};
  access.authority_notified = ts("2026-11-23T14:00:00Z");
  CHECK(service_levels_apply(p, access, due));
}

TEST_CASE("R-INC-3: service levels apply to the kinds of incident.sla_kinds only") {
  Policy p = Policy::defaults();
  CHECK(p.incident.sla_kinds == std::vector<std::string>{"disruption", "backup", "access", "breach"});
  const Timestamp at = ts("2026-11-23T15:00:00Z");
  using enum Kind;
  for (const Kind kind : {disruption, backup, access, breach}) CHECK(service_levels_apply(p, {.kind = kind}, at));
  for (const Kind kind : {change, problem}) CHECK_FALSE(service_levels_apply(p, {.kind = kind}, at));
  p.incident.sla_kinds = {"change"};
  CHECK(service_levels_apply(p, {.kind = change}, at));
  CHECK_FALSE(service_levels_apply(p, {.kind = disruption}, at));
}

TEST_CASE("as of a moment, what happened later has not happened (R-GEN-1)") {
  Incident i;
  i.kind = Kind::breach;
  i.status = Status::closed;
  i.opened = ts("2026-11-02T09:00:00Z");
  i.acknowledged_at = ts("2026-11-02T10:00:00Z");
  i.resolved_at = ts("2026-11-03T10:00:00Z");
  i.closed_at = ts("2026-11-04T10:00:00Z");
  i.authority_notified = ts("2026-11-03T09:00:00Z");
  CHECK(as_of(i, ts("2026-11-05T00:00:00Z")).status == Status::closed);
  const Incident resolved = as_of(i, ts("2026-11-03T12:00:00Z"));
  CHECK(resolved.status == Status::resolved);
  CHECK(!resolved.closed_at);
  const Incident acknowledged = as_of(i, ts("2026-11-03T08:00:00Z"));
  CHECK(acknowledged.status == Status::in_progress);
  CHECK(acknowledged.is_open());
  CHECK(!acknowledged.breach_decided());
  CHECK(acknowledged.acknowledged_at == ts("2026-11-02T10:00:00Z"));
  const Incident fresh = as_of(i, ts("2026-11-02T09:30:00Z"));
  CHECK(fresh.status == Status::new_);
  CHECK(!fresh.acknowledged_at);
  CHECK(!fresh.resolved_at);
  // At the moment itself it has happened.
  CHECK(as_of(i, ts("2026-11-04T10:00:00Z")).status == Status::closed);
}
