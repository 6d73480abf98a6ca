#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <string>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/incident/incident.hpp>
#include "incident/store.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::incident;

using mbov::test::ts;

TEST_CASE("store: every field written is read back, select filters and orders by opening") {
  test::TestDb t("2026-06-01");  // after the incidents: needing_action counts as of the session's now
  Session s = t.write();
  Incident i;
  i.kind = Kind::breach;
  i.title = "Lek";
  i.product = "CAMBO";
  i.priority = 1;
  i.opened = ts("2026-05-04T09:00:00Z");
  i.respond_by = ts("2026-05-04T10:00:00Z");
  i.resolve_by = ts("2026-05-04T13:00:00Z");
  i.authority_deadline = ts("2026-05-07T09:00:00Z");
  i.reporter = store::add_person(s, "Jan");
  i.id = store::insert(s, i);
  i.status = Status::resolved;
  i.escalation = Level::tactical;
  i.resolved_at = ts("2026-05-04T12:00:00Z");
  i.no_risk_at = ts("2026-05-04T12:30:00Z");
  i.no_risk_reason = "versleuteld";
  store::update(s, i);
  const Incident back = *store::find(s, i.id);
  CHECK(back.reporter_name == "Jan");
  CHECK(back.status == Status::resolved);
  CHECK(back.escalation == Level::tactical);
  CHECK(back.resolved_at == i.resolved_at);
  CHECK_FALSE(back.acknowledged_at.has_value());
  CHECK(back.responded_at() == i.resolved_at);
  CHECK(back.breach_decided());
  CHECK(back.authority_deadline == i.authority_deadline);
  CHECK_FALSE(store::find(s, 99).has_value());

  Incident c = i;
  c.kind = Kind::change;
  c.title = "Wijziging";
  c.status = Status::new_;
  c.group = Group::expert_group;
  c.opened = ts("2026-05-03T09:00:00Z");
  c.id = store::insert(s, c);
  const auto changes = store::select(s, {.open_only = true, .kind = std::nullopt, .product = "cambo", .since = std::nullopt});
  REQUIRE(changes.size() == 1);  // the breach is resolved
  CHECK(changes[0].group == Group::expert_group);
  CHECK(store::select(s, {.open_only = false, .kind = std::nullopt, .product = std::nullopt, .since = std::nullopt})[0].id ==
        c.id);  // opened first
  CHECK(store::needing_action(s).size() == 1);  // the open change; the breach is decided

  store::add_event(s, c.id, {.at = ts("2026-05-03T10:00:00Z"), .actor = "a", .kind = EventKind::note, .detail = "", .note = "x"});
  store::add_event(s, c.id, {.at = ts("2026-05-03T09:30:00Z"), .actor = "a", .kind = EventKind::note, .detail = "", .note = std::nullopt});
  const auto events = store::timeline(s, c.id);
  REQUIRE(events.size() == 2);
  CHECK(events[0].at == ts("2026-05-03T09:30:00Z"));  // by time
  CHECK(events[1].note == "x");
  CHECK(store::latest_event(s, c.id) == ts("2026-05-03T10:00:00Z"));
  CHECK_FALSE(store::latest_event(s, i.id).has_value());
}

TEST_CASE("store: a row whose event is no word of the timeline is refused as it is read, naming it") {
  // incident_event.kind has no CHECK in the schema: a row written by hand is read through parse_event_kind.
  test::TestDb t("2026-06-01");
  Session s = t.write();
  Incident i;
  i.title = "t";
  i.priority = 3;
  i.opened = i.respond_by = i.resolve_by = ts("2026-05-04T09:00:00Z");
  i.id = store::insert(s, i);
  store::add_event(s, i.id, {.at = i.opened, .actor = "a", .kind = EventKind::problem_holder, .detail = "", .note = std::nullopt});
  REQUIRE(store::timeline(s, i.id).at(0).kind == EventKind::problem_holder);
  sql(s).exec("UPDATE incident_event SET kind = 'take-over'");
  try {
    store::timeline(s, i.id);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()).starts_with("incident_event.kind: 'take-over' is not an event of the timeline"));
  }
}
