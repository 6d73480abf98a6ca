// Tests for lib/gov/role.cpp: roles (R-GOV-5); their check is in test_check.cpp.
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

TEST_CASE("roles (R-GOV-5): holders from/until, scopes, deputies, the FG is the officer") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');"
              "INSERT INTO person (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cor')");
  const Date jan = Date::from_ymd(2026, 1, 1);
  const auto gm = gov::assign_role(s, {.role = gov::Role::general_manager, .person = 1, .from = jan});
  CHECK(exit_of([&] { gov::assign_role(s, {.role = gov::Role::general_manager, .person = 2, .from = jan}); }) == Exit::data);
  gov::assign_role(s, {.role = gov::Role::general_manager, .person = 2, .from = Date::from_ymd(2026, 2, 1)});
  CHECK(gov::holder_on(s, gov::Role::general_manager, "", Date::from_ymd(2026, 1, 31))->id == gm);
  CHECK(gov::holder_on(s, gov::Role::general_manager, "", Date::from_ymd(2026, 2, 1))->person == 2);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = gov::Role::product_owner, .person = 1, .from = jan}); }) == Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = gov::Role::mailbox_owner, .scope = "noreply@", .person = 1, .from = jan}); }) ==
        Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = gov::Role::fg, .scope = "x", .person = 1, .from = jan}); }) == Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = gov::Role::fg, .person = 9, .from = jan}); }) == Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = gov::Role::mailbox_owner, .scope = "info@", .person = 1, .deputy = 1, .from = jan}); }) ==
        Exit::data);
  gov::assign_role(s, {.role = gov::Role::product_owner, .scope = "cambo", .person = 3, .from = jan});
  CHECK(gov::holder_on(s, gov::Role::product_owner, "CAMBO", jan));
  // The FG through dpia officer and through the role are one and the same.
  gov::assign_role(s, {.role = gov::Role::fg, .person = 3, .from = jan});
  CHECK(dpia::officer_on(s, jan)->name == "Cor");
  dpia::officer_set(s, "Dia", "dia@example.nl", Date::from_ymd(2026, 2, 1));
  CHECK(gov::holder_on(s, gov::Role::fg, "", Date::from_ymd(2026, 2, 1))->name == "Dia");
  // end_role
  CHECK(exit_of([&] { gov::end_role(s, gm, Date::from_ymd(2026, 3, 1)); }) == Exit::data);  // ended already
  CHECK(exit_of([&] { gov::end_role(s, 99, jan); }) == Exit::data);
}

TEST_CASE("a role is parsed from its word and printed as it (R-GOV-5)") {
  for (const std::string& word : gov::role_names()) CHECK(gov::role_name(gov::parse_role(word, "ROLE")) == word);
  CHECK(gov::role_names().size() == 5);
  CHECK(gov::parse_role("functional-manager", "ROLE") == gov::Role::functional_manager);
  CHECK_FALSE(gov::role_from("functional_manager"));
  CHECK_FALSE(gov::role_from("FG"));
  CHECK(test::data_refusal([] { gov::parse_role("chair", "ROLE"); }) ==
        "ROLE 'chair' is not one of: general-manager, product-owner, fg, mailbox-owner, functional-manager");
}

TEST_CASE("required roles (R-GOV-5): a functional manager per member on the day, through its last day (R-MEM-7)") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES"
              " ('12AB', 'ROC', 1, '2020-01-01', '2026-02-28'), ('34CD', 'ROC 2', 1, '2026-03-01', NULL)");
  const auto managed = [&](int month, int day) {
    std::vector<std::string> out;
    for (const gov::Required& r : gov::required_roles(s, Date::from_ymd(2026, month, day)))
      if (r.role == gov::Role::functional_manager) out.push_back(r.scope);
    return out;
  };
  CHECK(managed(2, 28) == std::vector<std::string>{"12AB"});  // its last day
  CHECK(managed(3, 1) == std::vector<std::string>{"34CD"});
}
