// Tests for lib/incident/link.cpp: an incident linked to its problem record (R-INC-5), a change to
// the AV motion that decided it (R-INC-4), and the cooperative taking an incident over (R-INC-6);
// each refusal with its rule. The incidents are written as sqlite3 would.
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include <mbov/incident/incident.hpp>
#include "testdb.hpp"

using namespace mbov;

namespace {

// The rule a call is refused under, "" when it is not refused.
std::string link_refusal(auto&& f) {
  try {
    f();
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    return e.rule();
  }
  return "";
}

// 1 a disruption reported by 25LZ, 2 a problem record, 3 a change, 4 a fundamental change,
// 5 a closed disruption of 25LZ.
void link_incidents(Session& s) {
  sql(s).exec(R"sql(
    INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2020-01-01');
    INSERT INTO incident (id, kind, title, member, priority, status, opened, respond_by, resolve_by, fundamental, closed_at) VALUES
      (1, 'disruption', 'down', '25LZ', 2, 'new', '2026-02-28T09:00:00Z', '2026-02-28T13:00:00Z', '2026-03-01T09:00:00Z', 0, NULL),
      (2, 'problem', 'cause', NULL, 3, 'new', '2026-02-28T09:00:00Z', '2026-03-02T09:00:00Z', '2026-03-09T09:00:00Z', 0, NULL),
      (3, 'change', 'small', NULL, 3, 'new', '2026-02-28T09:00:00Z', '2026-03-02T09:00:00Z', '2026-03-09T09:00:00Z', 0, NULL),
      (4, 'change', 'big', NULL, 3, 'new', '2026-02-28T09:00:00Z', '2026-03-02T09:00:00Z', '2026-03-09T09:00:00Z', 1, NULL),
      (5, 'disruption', 'gone', '25LZ', 2, 'closed', '2026-02-27T09:00:00Z', '2026-02-27T13:00:00Z', '2026-02-28T09:00:00Z', 0,
       '2026-02-27T15:00:00Z');)sql");
}

}  // namespace

TEST_CASE("link_problem (R-INC-5): an incident to a problem record, once, never a problem to a problem") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  link_incidents(s);
  CHECK(link_refusal([&] { incident::link_problem(s, 1, 3); }) == "R-INC-5");  // 3 is no problem record
  CHECK(link_refusal([&] { incident::link_problem(s, 2, 2); }) == "R-INC-5");  // a problem itself
  CHECK(incident::load(s, 1).problem == std::nullopt);
  incident::link_problem(s, 1, 2);
  CHECK(incident::load(s, 1).problem == 2);
  CHECK(link_refusal([&] { incident::link_problem(s, 1, 2); }) == "R-INC-5");  // already
  CHECK(test::exit_of([&] { incident::link_problem(s, 1, 99); }) == Exit::data);
}

TEST_CASE("link_motion (R-INC-4): a fundamental change to an adopted AV motion, a change of the year plan to its budget motion") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  link_incidents(s);
  const std::int64_t adopted = test::closed_motion(s, "2026-02-01", "ordinary", true);
  const std::int64_t rejected = test::closed_motion(s, "2026-02-02", "ordinary", false);
  const std::int64_t budget = test::closed_motion(s, "2026-02-03", "budget", true, 2026);
  CHECK(link_refusal([&] { incident::link_motion(s, 1, adopted); }) == "R-INC-4");   // no change
  CHECK(link_refusal([&] { incident::link_motion(s, 3, adopted); }) == "R-INC-4");   // not fundamental
  CHECK(link_refusal([&] { incident::link_motion(s, 4, rejected); }) == "R-INC-4");  // not adopted
  incident::link_motion(s, 4, adopted);
  CHECK(incident::load(s, 4).motion == adopted);
  CHECK(link_refusal([&] { incident::link_motion(s, 4, adopted); }) == "R-INC-4");   // already
  incident::link_motion(s, 3, budget);  // the year plan decides the changes it brings
  CHECK(incident::load(s, 3).motion == budget);
}

TEST_CASE("take_over (R-INC-6): an open incident a member reported, once") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  link_incidents(s);
  CHECK(link_refusal([&] { incident::take_over(s, 2); }) == "R-INC-6");  // no reporting member
  CHECK(link_refusal([&] { incident::take_over(s, 5); }) == "R-INC-6");  // closed
  CHECK_FALSE(incident::load(s, 1).problem_holder);
  incident::take_over(s, 1, {.note = "the supplier does not answer"});
  CHECK(incident::load(s, 1).problem_holder);
  CHECK(link_refusal([&] { incident::take_over(s, 1); }) == "R-INC-6");  // already
}
