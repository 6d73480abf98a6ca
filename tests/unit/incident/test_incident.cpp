#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <cstdlib>
#include <sstream>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/sql.hpp"
#include <mbov/incident/incident.hpp>
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::incident;

using mbov::test::ts;

namespace {
long long count(Session& s, const char* query) { return sql(s).execAndGet(query).getInt64(); }
OpenRequest request(Kind kind, std::string title, Timestamp at, std::optional<int> priority = {}) {
  OpenRequest r;
  r.kind = kind;
  r.title = std::move(title);
  r.at = at;
  r.priority = priority;
  return r;
}
std::size_t store_events(Session& s, std::int64_t id) { return show(s, id).timeline.size(); }
}  // namespace

TEST_CASE("open stores UTC deadlines and an opened event, a failed command writes nothing") {
  test::TestDb t;
  std::int64_t id = 0;
  {
    Session s = t.write();
    OpenRequest r;
    r.kind = Kind::breach;
    r.title = "Lek";
    r.at = ts("2026-05-04T09:00:00+02:00");
    id = open(s, r);
    s.commit();
  }
  {
    Session s = t.read();
    Incident i = load(s, id);
    CHECK(i.priority == 1);
    CHECK(i.respond_by == ts("2026-05-04T08:00:00Z"));
    CHECK(i.resolve_by == ts("2026-05-04T11:00:00Z"));
    CHECK(i.authority_deadline == ts("2026-05-07T07:00:00Z"));
    CHECK(count(s, "SELECT count(*) FROM incident_event WHERE kind = 'opened'") == 1);
    CHECK_THROWS_AS(load(s, 99), Error);
  }
  {
    Session s = t.write();
    CHECK_THROWS_AS(set_status(s, id, Status::closed), Error);
  }
  {
    Session s = t.write();
    set_status(s, id, Status::acknowledged, {.note = "gezien", .at = ts("2026-05-04T10:00:00Z")});
    set_status(s, id, Status::in_progress, {.note = std::nullopt, .at = ts("2026-05-04T10:00:00Z")});
    set_status(s, id, Status::resolved, {.note = std::nullopt, .at = ts("2026-05-04T11:00:00Z")});
    // R-INC-7: a breach closes only once decided.
    CHECK_THROWS_AS(set_status(s, id, Status::closed, {.note = std::nullopt, .at = ts("2026-05-04T12:00:00Z")}), Error);
    // Late without a reason: refused; with one: recorded.
    CHECK_THROWS_AS(notify(s, id, {.step = Notice::authority, .reason = std::nullopt, .at = ts("2026-05-07T07:00:01Z")}), Error);
    const Event e = notify(s, id, {.step = Notice::authority, .reason = "laat", .at = ts("2026-05-07T07:00:01Z")});
    CHECK(e.detail == "authority notified (late)");
    CHECK(e.actor == "unit");
    set_status(s, id, Status::closed, {.note = std::nullopt, .at = ts("2026-05-07T08:00:00Z")});
    s.commit();
  }
  Session s = t.read();
  Incident i = load(s, id);
  CHECK(i.status == Status::closed);
  CHECK(i.late_reason == "laat");
  CHECK(in_time(i.acknowledged_at, i.respond_by) == false);
}

TEST_CASE("overdue: open incidents and undecided breaches only") {
  test::TestDb t("2026-06-01");
  Session s = t.write();
  OpenRequest r;
  r.kind = Kind::disruption;
  r.title = "Storing";
  r.priority = 1;
  r.at = ts("2026-06-01T08:00:00Z");
  std::int64_t a = open(s, r);
  r.kind = Kind::breach;
  std::int64_t b = open(s, r);
  for (std::int64_t id : {a, b}) {
    set_status(s, id, Status::acknowledged, {.note = std::nullopt, .at = ts("2026-06-01T08:10:00Z")});
    set_status(s, id, Status::in_progress, {.note = std::nullopt, .at = ts("2026-06-01T08:10:00Z")});
    set_status(s, id, Status::resolved, {.note = std::nullopt, .at = ts("2026-06-01T08:20:00Z")});
  }
  CheckReport report = incident::check(s);  // now: 2026-06-01 12:00 local = 10:00Z
  CHECK(report.status() == Severity::ok);
  notify(s, b, {.step = Notice::members, .reason = std::nullopt, .at = ts("2026-06-01T09:00:00Z")});
  CHECK(incident::check(s).findings.empty());
  r.kind = Kind::disruption;
  r.at = ts("2026-06-01T06:00:00Z");
  open(s, r);
  report = incident::check(s);
  REQUIRE(report.findings.size() == 2);  // respond and resolve
  CHECK(report.status() == Severity::critical);
  CHECK(report.findings[0].rule == "R-INC-3");
}

TEST_CASE("import is replayed in time order through the rules") {
  test::TestDb t;
  Session s = t.write();
  std::istringstream in(
      "kind,title,opened,status,acknowledged,resolved,closed,authority_notified\n"
      "breach,Lek,2026-05-04T09:00:00Z,closed,2026-05-04T10:00:00Z,2026-05-04T11:00:00Z,2026-05-06T09:00:00Z,"
      "2026-05-05T09:00:00Z\n");
  auto ids = import_csv(s, in, "in.csv");
  REQUIRE(ids.size() == 1);
  Incident i = load(s, ids[0]);
  CHECK(i.status == Status::closed);
  CHECK(i.authority_notified == ts("2026-05-05T09:00:00Z"));
  std::istringstream bad("kind,title,opened\nbackup,T,2026-05-04T09:00:00Z\nbackup,T,later\n");
  try {
    import_csv(s, bad, "bad.csv");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("bad.csv:3:3 (opened)") == 0);
  }
}

TEST_CASE("resolved from any open status, the response is the first of acknowledgement and resolution") {
  test::TestDb t("2026-06-01");
  Session s = t.write();
  const std::int64_t a = open(s, request(Kind::disruption, "A", ts("2026-06-01T08:00:00Z"), 2));
  const Event e = set_status(s, a, Status::resolved, {.note = std::nullopt, .at = ts("2026-06-01T09:00:00Z")});
  CHECK(e.detail == "new → resolved");
  Incident i = load(s, a);
  CHECK_FALSE(i.acknowledged_at.has_value());
  CHECK(i.responded_at() == ts("2026-06-01T09:00:00Z"));
  // Reopening keeps that resolution as the response.
  set_status(s, a, Status::in_progress, {.note = std::nullopt, .at = ts("2026-06-01T10:00:00Z")});
  i = load(s, a);
  CHECK(i.acknowledged_at == ts("2026-06-01T09:00:00Z"));
  CHECK_FALSE(i.resolved_at.has_value());
  const std::int64_t b = open(s, request(Kind::access, "B", ts("2026-06-01T08:00:00Z")));
  set_status(s, b, Status::acknowledged, {.note = std::nullopt, .at = ts("2026-06-01T08:30:00Z")});
  set_status(s, b, Status::resolved, {.note = std::nullopt, .at = ts("2026-06-01T09:00:00Z")});
  CHECK(load(s, b).status == Status::resolved);
  CHECK(store_events(s, b) == 3);
}

TEST_CASE("a decided breach's service levels are no findings, the authority deadline is a moment") {
  test::TestDb t("2026-06-01");  // now: 2026-06-01 12:00 local = 10:00Z
  Session s = t.write();
  const std::int64_t b = open(s, request(Kind::breach, "Lek", ts("2026-05-29T12:00:00Z")));
  CheckReport report = incident::check(s);
  REQUIRE(report.findings.size() == 3);  // respond, resolve (priority 1), and the authority
  CHECK(report.findings[2].rule == "R-INC-7");
  CHECK(report.findings[2].severity == Severity::warning);  // 70 of 72 hours
  CHECK(report.findings[2].due_at == ts("2026-06-01T12:00:00Z"));
  CHECK(report.findings[2].due == Date::parse("2026-06-01", "t"));
  notify(s, b, {.step = Notice::no_risk, .reason = "versleuteld", .at = ts("2026-05-30T07:00:00Z")});
  CHECK(incident::check(s).findings.empty());
  CHECK(incident::check(s).perfdata.back().second == 1);  // still open
}

TEST_CASE("detail_message: a breach notification step reads Dutch for people, other details as recorded") {
  Event e;
  e.kind = EventKind::notification;
  e.detail = "members informed";
  CHECK(render(detail_message(e), language()) == "members informed");
  CHECK(english(detail_message(e)) == "members informed");
  set_language(Language::nl);
  CHECK(render(detail_message(e), language()) == "leden geïnformeerd");
  e.detail = "authority notified (late)";
  CHECK(render(detail_message(e), language()) == "toezichthouder geïnformeerd (te laat)");
  e.kind = EventKind::note;  // a note's text is the user's
  CHECK(render(detail_message(e), language()) == "authority notified (late)");
  e.kind = EventKind::status;
  e.detail = "new → acknowledged";  // states stay as stored
  CHECK(render(detail_message(e), language()) == "new → acknowledged");
  set_language(Language::en);
}
