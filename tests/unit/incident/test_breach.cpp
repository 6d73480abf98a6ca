// Tests for lib/incident/breach.cpp (R-INC-7): the notification steps of a personal-data breach,
// each once; a late report to the authority and a no-risk decision need their reasons; a breach
// is closed only once decided. The incidents are written as sqlite3 would.
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include <mbov/incident/incident.hpp>
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using test::exit_of;

namespace {

// 1 and 2 breaches whose authority deadline is 2026-03-01T09:00Z, 3 a disruption.
void breaches(Session& s) {
  sql(s).exec(R"sql(
    INSERT INTO incident (id, kind, title, priority, status, opened, respond_by, resolve_by, authority_deadline) VALUES
      (1, 'breach', 'leak', 1, 'new', '2026-02-26T09:00:00Z', '2026-02-26T10:00:00Z', '2026-02-26T13:00:00Z', '2026-03-01T09:00:00Z'),
      (2, 'breach', 'leak 2', 1, 'new', '2026-02-26T09:00:00Z', '2026-02-26T10:00:00Z', '2026-02-26T13:00:00Z', '2026-03-01T09:00:00Z'),
      (3, 'disruption', 'down', 2, 'new', '2026-02-26T09:00:00Z', '2026-02-26T13:00:00Z', '2026-02-27T09:00:00Z', NULL);)sql");
}


}  // namespace

TEST_CASE("notify (R-INC-7): each step once, in time without a reason, late only with one") {
  test::TestDb t("2026-03-02");
  Session s = t.write();
  breaches(s);
  CHECK(exit_of([&] { incident::notify(s, 3, {.step = incident::Notice::authority}); }) == Exit::data);  // no breach
  CHECK_FALSE(incident::load(s, 1).breach_decided());
  CHECK_THROWS_AS(incident::require_breach_decided(incident::load(s, 1)), Error);
  incident::notify(s, 1, {.step = incident::Notice::authority, .at = test::ts("2026-03-01T09:00:00Z")});  // on the deadline
  const incident::Incident one = incident::load(s, 1);
  CHECK(one.authority_notified == test::ts("2026-03-01T09:00:00Z"));
  CHECK(one.late_reason == std::nullopt);
  CHECK(one.breach_decided());
  CHECK_NOTHROW(incident::require_breach_decided(one));
  CHECK(exit_of([&] { incident::notify(s, 1, {.step = incident::Notice::authority}); }) == Exit::data);  // twice
  CHECK(exit_of([&] { incident::notify(s, 1, {.step = incident::Notice::no_risk, .reason = "x"}); }) == Exit::data);
  incident::notify(s, 1, {.step = incident::Notice::members, .at = test::ts("2026-03-01T10:00:00Z")});
  incident::notify(s, 1, {.step = incident::Notice::subjects, .at = test::ts("2026-03-01T11:00:00Z")});
  CHECK(incident::load(s, 1).members_notified == test::ts("2026-03-01T10:00:00Z"));
  CHECK(incident::load(s, 1).subjects_notified == test::ts("2026-03-01T11:00:00Z"));

  // A second after the deadline is late: a reason is required and kept.
  const incident::BreachNotice late{.step = incident::Notice::authority, .at = test::ts("2026-03-01T09:00:01Z")};
  CHECK(exit_of([&] { incident::notify(s, 2, late); }) == Exit::data);
  CHECK(exit_of([&] { incident::notify(s, 2, {.step = late.step, .reason = "", .at = late.at}); }) == Exit::data);
  incident::notify(s, 2, {.step = late.step, .reason = "the weekend", .at = late.at});
  CHECK(incident::load(s, 2).late_reason == "the weekend");
}

TEST_CASE("notify (R-INC-7): no risk needs its reason, and decides the breach") {
  test::TestDb t("2026-03-02");
  Session s = t.write();
  breaches(s);
  CHECK(exit_of([&] { incident::notify(s, 2, {.step = incident::Notice::no_risk}); }) == Exit::data);
  incident::notify(s, 2, {.step = incident::Notice::no_risk, .reason = "encrypted laptop", .at = test::ts("2026-02-27T09:00:00Z")});
  const incident::Incident two = incident::load(s, 2);
  CHECK(two.no_risk_reason == "encrypted laptop");
  CHECK(two.no_risk_at == test::ts("2026-02-27T09:00:00Z"));
  CHECK(two.breach_decided());
  CHECK(two.decided_at() == test::ts("2026-02-27T09:00:00Z"));
}
