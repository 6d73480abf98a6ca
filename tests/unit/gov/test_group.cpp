// Tests for lib/gov/group.cpp: the groups and the contacts' community (R-GOV-6).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/dpia/dpia.hpp>
#include "gov/fixture.hpp"
#include <mbov/gov/gov.hpp>
#include "helpers.hpp"
#include "testdb.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::exit_of;
using test::findings;
using test::closed_motion;
using test::version;

TEST_CASE("groups (R-GOV-6): members from contacts, every member in the community") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec(R"sql(
    INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01'),
      ('34CD', 'ROC 2', 1, '2020-01-01'), ('56EF', 'Gone', 1, '2020-01-01');
    UPDATE member SET left_on = '2025-01-01' WHERE code = '56EF';
    INSERT INTO person (id, name) VALUES (1, 'Ann'), (2, 'Bob');
    INSERT INTO contact (id, member, person, role, since, until) VALUES (1, '12AB', 1, 'contact', '2020-01-01', NULL),
      (2, '34CD', 2, 'contact', '2020-01-01', '2025-06-01');)sql");
  const Date jan = Date::from_ymd(2026, 1, 1);
  CHECK(gov::members_outside_community(s, jan) == std::vector<std::string>{"12AB", "34CD"});
  const auto m = gov::join_group(s, "community", 1, jan);
  CHECK(exit_of([&] { gov::join_group(s, "community", 1, jan); }) == Exit::data);  // already in
  CHECK(exit_of([&] { gov::join_group(s, "community", 2, jan); }) == Exit::data);  // contact ended
  CHECK(exit_of([&] { gov::join_group(s, "board", 1, jan); }) == Exit::data);
  CHECK(exit_of([&] { gov::join_group(s, "community", 9, jan); }) == Exit::data);
  CHECK(gov::members_outside_community(s, jan) == std::vector<std::string>{"34CD"});
  gov::join_group(s, "expert-group", 1, jan);
  CHECK(gov::group_members(s, std::string("expert-group"), jan).size() == 1);
  CHECK(gov::group_members(s, std::nullopt, jan).size() == 2);
  CHECK(exit_of([&] { gov::leave_group(s, m, Date::from_ymd(2025, 1, 1)); }) == Exit::data);
  gov::leave_group(s, m, Date::from_ymd(2026, 2, 1));
  CHECK(exit_of([&] { gov::leave_group(s, m, Date::from_ymd(2026, 2, 2)); }) == Exit::data);
  CHECK(gov::members_outside_community(s, Date::from_ymd(2026, 2, 1)) == std::vector<std::string>{"12AB", "34CD"});
  // R-MEM-7 through member::members_on: 56EF is a member on its last day, not the day after.
  CHECK(gov::members_outside_community(s, Date::from_ymd(2025, 1, 1)) == std::vector<std::string>{"12AB", "34CD", "56EF"});
  CHECK(gov::members_outside_community(s, Date::from_ymd(2025, 1, 2)) == std::vector<std::string>{"12AB", "34CD"});
}
