#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include <mbov/dpia/dpia.hpp>
#include "fixture.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::authority;
using test::contact;
using test::day;

TEST_CASE("R-DPIA-5: a person with a current role is not forgotten, one without is") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  auto id = member::add_contact(s, contact("25AB", "a@example.nl"));
  CHECK_THROWS_AS(member::forget(s, 1), Error);
  member::remove_contact(s, id, day("2026-03-02"));  // still holds it today
  CHECK_THROWS_AS(member::forget(s, 1), Error);
  CHECK_THROWS_AS(member::forget(s, 99), Error);
  test::TestDb t2("2026-03-01");
  Session s2 = t2.write();
  member::add(s2, authority("25AB"));
  member::remove_contact(s2, member::add_contact(s2, contact("25AB", "a@example.nl")), day("2026-03-01"));
  member::forget(s2, 1);
  member::Contact c = member::contacts(s2, {.all = true}).at(0);
  CHECK(!c.name);
  CHECK(!c.email);
}

TEST_CASE("R-DPIA-5: the data protection officer in office (or appointed) is not forgotten") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  std::int64_t first = dpia::officer_set(s, "Femke Gerritsen", "fg@example.nl", day("2024-01-01"));
  (void)first;
  // Person 1 is the officer in office.
  try {
    member::forget(s, 1);
    FAIL("the officer in office was forgotten");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()).find("role 1 (fg)") != std::string::npos);
  }
  dpia::officer_set(s, "Gert Opvolger", "go@example.nl", day("2026-04-01"));  // person 2, from April
  CHECK_THROWS_AS(member::forget(s, 1), Error);  // still in office until then
  CHECK_THROWS_AS(member::forget(s, 2), Error);  // appointed: will hold the office
  test::TestDb later("2026-04-01");
  Session s2 = later.write();
  dpia::officer_set(s2, "Femke Gerritsen", "fg@example.nl", day("2024-01-01"));
  dpia::officer_set(s2, "Gert Opvolger", "go@example.nl", day("2026-04-01"));
  member::forget(s2, 1);  // the predecessor's term ended on the successor's first day
  CHECK_THROWS_AS(member::forget(s2, 2), Error);
}
