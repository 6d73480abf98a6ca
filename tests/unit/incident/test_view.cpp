// Tests for lib/incident/view.cpp: what the reports read. Each rule is checked against a second
// computation, the SQL the reports ran before they asked the incident area (random records from
// a printed seed).
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <random>

#include "core/sql.hpp"
#include <mbov/incident/incident.hpp>
#include "incident/store.hpp"
#include "seed.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::incident;

using mbov::test::ts;

namespace {


// A moment on 4-6 May 2026, on the hour: ties between deadlines and their events are likely.
Timestamp moment(std::mt19937& rng) {
  return ts("2026-05-04T00:00:00Z").plus_seconds(3600L * std::uniform_int_distribution<long>(0, 71)(rng));
}
std::optional<Timestamp> maybe(std::mt19937& rng) {
  return std::uniform_int_distribution<int>(0, 2)(rng) ? std::optional(moment(rng)) : std::nullopt;
}

Incident random_incident(std::mt19937& rng) {
  Incident i;
  i.kind = std::uniform_int_distribution<int>(0, 1)(rng) ? Kind::breach : Kind::disruption;
  i.title = "t";
  i.product = std::uniform_int_distribution<int>(0, 1)(rng) ? std::optional<std::string>("CAMBO") : std::nullopt;
  i.priority = 2;
  i.status = static_cast<Status>(std::uniform_int_distribution<int>(0, 4)(rng));
  i.opened = ts("2026-05-04T00:00:00Z");
  i.respond_by = moment(rng);
  i.resolve_by = moment(rng);
  i.acknowledged_at = maybe(rng);
  i.resolved_at = maybe(rng);
  if (i.kind == Kind::breach) {
    i.authority_deadline = moment(rng);
    i.authority_notified = maybe(rng);
    i.no_risk_at = std::uniform_int_distribution<int>(0, 3)(rng) ? std::nullopt : maybe(rng);
  }
  return i;
}

}  // namespace

TEST_CASE("breach_state, sla_misses, open_count: as the reports' former SQL, on random incidents") {
  std::mt19937 rng(static_cast<std::mt19937::result_type>(test::seed(20261205)));
  test::TestDb t("2026-05-05");  // now: noon of 5 May, after every incident was opened
  Session s = t.write();
  std::vector<Incident> all;
  for (int n = 0; n < 200; ++n) {
    Incident i = random_incident(rng);
    i.id = store::insert(s, i);
    store::update(s, i);
    all.push_back(i);
  }
  const Timestamp now = ts("2026-05-05T12:00:00Z");
  const Timestamp from = ts("2026-05-04T06:00:00Z"), to = ts("2026-05-06T06:00:00Z");

  // R-INC-7: the state, as the SQL CASE of the weekly and yearly reports had it.
  SQLite::Statement state(sql(s),
                          "SELECT id, CASE WHEN no_risk_at IS NOT NULL THEN 'no risk recorded'"
                          " WHEN authority_notified IS NULL AND authority_deadline < ?1 THEN 'NOT REPORTED, deadline passed'"
                          " WHEN authority_notified IS NULL THEN 'to report'"
                          " WHEN authority_notified > authority_deadline THEN 'reported late'"
                          " ELSE 'reported' END FROM incident WHERE kind = 'breach' ORDER BY id");
  state.bind(1, now.utc());
  int breaches = 0;
  while (state.executeStep()) {
    ++breaches;
    CHECK(breach_state(load(s, state.getColumn(0).getInt64()), now) == state.getColumn(1).getString());
  }
  CHECK(breaches > 0);

  // R-INC-3: the misses, as the weekly report's query had them, with what was done after now not
  // done yet (R-GEN-1, as the report of a past week has it).
  SQLite::Statement missed(sql(s),
                           "SELECT id, 'respond', respond_by FROM incident"
                           " WHERE respond_by >= ?1 AND respond_by < ?2 AND respond_by < ?3"
                           " AND coalesce(CASE WHEN acknowledged_at <= ?3 THEN acknowledged_at END,"
                           "              CASE WHEN resolved_at <= ?3 THEN resolved_at END, ?3) > respond_by"
                           " UNION ALL SELECT id, 'resolve', resolve_by FROM incident"
                           " WHERE resolve_by >= ?1 AND resolve_by < ?2 AND resolve_by < ?3"
                           " AND coalesce(CASE WHEN resolved_at <= ?3 THEN resolved_at END, ?3) > resolve_by"
                           " ORDER BY 3, 1, 2 DESC");
  missed.bind(1, from.utc());
  missed.bind(2, to.utc());
  missed.bind(3, now.utc());
  std::vector<std::tuple<std::int64_t, std::string, Timestamp>> expected;
  while (missed.executeStep()) {
    const Timestamp due = ts(missed.getColumn(2).getString().c_str());
    if (service_levels_apply(s.policy, as_of(load(s, missed.getColumn(0).getInt64()), now), due))
      expected.emplace_back(missed.getColumn(0).getInt64(), missed.getColumn(1).getString(), due);
  }
  std::vector<std::tuple<std::int64_t, std::string, Timestamp>> got;
  for (const SlaMiss& m : sla_misses(s, from, to, now)) got.emplace_back(m.incident.id, m.deadline, m.due);
  CHECK(got == expected);
  CHECK_FALSE(got.empty());

  // Incident::is_open as of the session's now (R-GEN-1: resolved later is still open then),
  // counted in C++ and by the store's SQL.
  OpenCount counted;
  for (const Incident& i : all)
    if (i.opened <= s.now && (i.is_open() || (i.resolved_at && *i.resolved_at > s.now)))
      ++counted.total, ++counted.per_product[i.product.value_or("")];
  CHECK(counted.total > 0);
  const OpenCount open = open_count(s);
  CHECK(open.total == counted.total);
  CHECK(open.per_product == counted.per_product);
  CHECK(open.of("CAMBO") == counted.of("CAMBO"));
  CHECK(open.of("NONE") == 0);
}

TEST_CASE("undecided_breaches: neither reported nor recorded as no risk, by authority deadline") {
  test::TestDb t;
  Session s = t.write();
  auto breach = [&](const char* deadline, std::optional<Timestamp> notified, std::optional<Timestamp> no_risk) {
    Incident i{.kind = Kind::breach, .title = "b", .priority = 1, .opened = ts("2026-05-01T09:00:00Z"),
               .respond_by = ts("2026-05-01T10:00:00Z"), .resolve_by = ts("2026-05-01T13:00:00Z")};
    i.authority_deadline = ts(deadline);
    i.authority_notified = notified;
    i.no_risk_at = no_risk;
    i.id = store::insert(s, i);
    store::update(s, i);
    return i.id;
  };
  const auto late = breach("2026-05-04T09:00:00Z", std::nullopt, std::nullopt);
  breach("2026-05-02T09:00:00Z", ts("2026-05-02T08:00:00Z"), std::nullopt);
  breach("2026-05-02T09:00:00Z", std::nullopt, ts("2026-05-02T08:00:00Z"));
  const auto early = breach("2026-05-03T09:00:00Z", std::nullopt, std::nullopt);
  std::vector<std::int64_t> ids;
  for (const Incident& i : undecided_breaches(s)) ids.push_back(i.id);
  CHECK(ids == std::vector<std::int64_t>{early, late});
}

TEST_CASE("breaches_concerning: opened in the period, undecided, or a step done from its start on (random breaches)") {
  std::mt19937 rng(static_cast<std::mt19937::result_type>(test::seed(20261207)));
  test::TestDb t("2026-05-07");
  Session s = t.write();
  std::vector<Incident> all;
  for (int n = 0; n < 200; ++n) {
    Incident i = random_incident(rng);
    i.opened = moment(rng);
    if (i.authority_deadline) i.members_notified = maybe(rng), i.subjects_notified = maybe(rng);  // a breach
    i.id = store::insert(s, i);
    store::update(s, i);
    all.push_back(i);
  }
  const Timestamp from = ts("2026-05-05T00:00:00Z"), to = ts("2026-05-06T00:00:00Z");
  // The second computation: Incident::breach_decided and the moments, one breach at a time
  // (random_incident gives a breach alone an authority deadline).
  const auto since = [&](const std::optional<Timestamp>& t) { return t && *t >= from; };
  std::vector<Incident> want;
  for (const Incident& i : all)
    if (i.authority_deadline && i.opened < to &&
        (i.opened >= from || !i.breach_decided() || since(i.authority_notified) || since(i.members_notified) ||
         since(i.subjects_notified) || since(i.no_risk_at)))
      want.push_back(i);
  std::stable_sort(want.begin(), want.end(), [](const Incident& a, const Incident& b) { return a.opened < b.opened; });
  std::vector<std::int64_t> expected, got;
  for (const Incident& i : want) expected.push_back(i.id);
  for (const Incident& i : breaches_concerning(s, from, to)) got.push_back(i.id);
  CHECK(got == expected);
  CHECK(std::any_of(want.begin(), want.end(), [&](const Incident& i) { return i.opened < from && i.breach_decided(); }));
  CHECK(std::any_of(want.begin(), want.end(), [&](const Incident& i) { return i.opened < from && !i.breach_decided(); }));
  CHECK(std::any_of(all.begin(), all.end(), [&](const Incident& i) {  // some breaches are left out
    return i.authority_deadline && std::find(expected.begin(), expected.end(), i.id) == expected.end();
  }));
}

TEST_CASE("kind_stats, resolved_between: as in_time and on_sla_clock count them, on random incidents") {
  std::mt19937 rng(static_cast<std::mt19937::result_type>(test::seed(20261206)));
  test::TestDb t("2026-05-07");
  Session s = t.write();
  constexpr Kind kinds[] = {Kind::disruption, Kind::breach, Kind::change, Kind::problem};
  std::vector<Incident> all;
  for (int n = 0; n < 300; ++n) {
    Incident i = random_incident(rng);
    i.kind = kinds[std::uniform_int_distribution<int>(0, 3)(rng)];
    i.escalation = static_cast<Level>(std::uniform_int_distribution<int>(0, 2)(rng));
    i.opened = moment(rng);
    i.id = store::insert(s, i);
    store::update(s, i);
    all.push_back(i);
  }
  const Timestamp from = ts("2026-05-04T12:00:00Z"), to = ts("2026-05-06T12:00:00Z");

  // The second computation: per product and kind, with the area's rules one incident at a time.
  std::map<std::pair<std::string, std::string_view>, KindStats> want;  // as kind_stats orders: by word
    for (const Incident& i : all) {
    if (i.opened < from || i.opened >= to) continue;
    KindStats& k = want[{i.product.value_or(""), kind_name(i.kind)}];
    k.product = i.product;
    k.kind = i.kind;
    ++k.opened;
    if (i.resolved_at) ++k.resolved;
    if (i.escalation != Level::operational) ++k.escalated;
    if (!on_sla_clock(s.policy, i.kind)) continue;
    if (const std::optional<bool> r = in_time(i.responded_at(), i.respond_by))
      k.responded_in_time = k.responded_in_time.value_or(0) + (*r ? 1 : 0);
    if (const std::optional<bool> r = in_time(i.resolved_at, i.resolve_by))
      k.resolved_in_time = k.resolved_in_time.value_or(0) + (*r ? 1 : 0);
  }
  const std::vector<KindStats> got = kind_stats(s, from, to);
  REQUIRE(got.size() == want.size());
  auto w = want.begin();
  for (const KindStats& k : got) {
    const KindStats& e = (w++)->second;
    const std::string_view kind = kind_name(k.kind);
    CAPTURE(kind);
    CHECK(k.product == e.product);
    CHECK(k.kind == e.kind);
    CHECK(k.opened == e.opened);
    CHECK(k.resolved == e.resolved);
    CHECK(k.escalated == e.escalated);
    CHECK(k.responded_in_time == e.responded_in_time);
    CHECK(k.resolved_in_time == e.resolved_in_time);
    CHECK(k.sla_percent.has_value() == (e.resolved_in_time && e.resolved > 0));
    if (k.sla_percent) CHECK(*k.sla_percent == doctest::Approx(100.0 * *e.resolved_in_time / e.resolved).epsilon(0.001));
  }
  CHECK(std::any_of(got.begin(), got.end(), [](const KindStats& k) { return !k.resolved_in_time; }));  // planned work
  CHECK(std::any_of(got.begin(), got.end(), [](const KindStats& k) { return k.sla_percent.has_value(); }));

  std::vector<std::int64_t> resolved;
  for (const Incident& i : all)
    if (i.resolved_at && *i.resolved_at >= from && *i.resolved_at < to) resolved.push_back(i.id);
  std::stable_sort(resolved.begin(), resolved.end(), [&](std::int64_t a, std::int64_t b) {
    return *all[static_cast<std::size_t>(a - all.front().id)].resolved_at <
           *all[static_cast<std::size_t>(b - all.front().id)].resolved_at;
  });
  std::vector<std::int64_t> ids;
  for (const Incident& i : resolved_between(s, from, to)) ids.push_back(i.id);
  CHECK(ids == resolved);
  CHECK_FALSE(ids.empty());
}
