// Tests for lib/gov/role.cpp: roles (R-GOV-5), and the check of their holders.
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

TEST_CASE("roles (R-GOV-5): holders from/until, scopes, deputies; the FG is the officer") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');"
              "INSERT INTO person (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cor')");
  const Date jan = Date::from_ymd(2026, 1, 1);
  const auto gm = gov::assign_role(s, {.role = "general-manager", .person = 1, .from = jan});
  CHECK(exit_of([&] { gov::assign_role(s, {.role = "general-manager", .person = 2, .from = jan}); }) == Exit::data);
  gov::assign_role(s, {.role = "general-manager", .person = 2, .from = Date::from_ymd(2026, 2, 1)});
  CHECK(gov::holder_on(s, "general-manager", "", Date::from_ymd(2026, 1, 31))->id == gm);
  CHECK(gov::holder_on(s, "general-manager", "", Date::from_ymd(2026, 2, 1))->person == 2);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = "chair", .person = 1, .from = jan}); }) == Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = "product-owner", .person = 1, .from = jan}); }) == Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = "mailbox-owner", .scope = "noreply@", .person = 1, .from = jan}); }) ==
        Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = "fg", .scope = "x", .person = 1, .from = jan}); }) == Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = "fg", .person = 9, .from = jan}); }) == Exit::data);
  CHECK(exit_of([&] { gov::assign_role(s, {.role = "mailbox-owner", .scope = "info@", .person = 1, .deputy = 1, .from = jan}); }) ==
        Exit::data);
  gov::assign_role(s, {.role = "product-owner", .scope = "cambo", .person = 3, .from = jan});
  CHECK(gov::holder_on(s, "product-owner", "CAMBO", jan));
  // The FG through dpia officer and through the role are one and the same.
  gov::assign_role(s, {.role = "fg", .person = 3, .from = jan});
  CHECK(dpia::officer_on(s, jan)->name == "Cor");
  dpia::officer_set(s, "Dia", "dia@example.nl", Date::from_ymd(2026, 2, 1));
  CHECK(gov::holder_on(s, "fg", "", Date::from_ymd(2026, 2, 1))->name == "Dia");
  // end_role
  CHECK(exit_of([&] { gov::end_role(s, gm, Date::from_ymd(2026, 3, 1)); }) == Exit::data);  // ended already
  CHECK(exit_of([&] { gov::end_role(s, 99, jan); }) == Exit::data);
}

TEST_CASE("gov check (R-GOV-5): a role without a holder is critical, a mailbox without a deputy a warning") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');"
              "INSERT INTO person (id, name) VALUES (1, 'Ann'), (2, 'Bob')");
  auto role_findings = [&] {
    std::vector<std::string> out;
    for (const std::string& f : findings(gov::check(s)))
      if (f.starts_with("R-GOV-5")) out.push_back(f);
    return out;
  };
  CHECK(role_findings() == std::vector<std::string>{
                               "R-GOV-5 role general-manager CRITICAL", "R-GOV-5 role product-owner CAMBO CRITICAL",
                               "R-GOV-5 role product-owner VVA CRITICAL", "R-GOV-5 role mailbox-owner support@ CRITICAL",
                               "R-GOV-5 role mailbox-owner info@ CRITICAL",
                               "R-GOV-5 role functional-manager 12AB CRITICAL"});
  const Date jan = Date::from_ymd(2026, 1, 1);
  for (auto [role, scope] : std::initializer_list<std::pair<const char*, const char*>>{
           {"general-manager", ""}, {"product-owner", "CAMBO"}, {"product-owner", "VVA"}, {"functional-manager", "12AB"}})
    gov::assign_role(s, {.role = role, .scope = scope, .person = 1, .from = jan});
  gov::assign_role(s, {.role = "mailbox-owner", .scope = "support@", .person = 1, .deputy = 2, .from = jan});
  const auto info = gov::assign_role(s, {.role = "mailbox-owner", .scope = "info@", .person = 2, .from = jan});
  CHECK(role_findings() == std::vector<std::string>{"R-GOV-5 role mailbox-owner info@ WARNING"});
  gov::end_role(s, info, Date::from_ymd(2026, 3, 1));  // no longer held on its until day
  CHECK(role_findings() == std::vector<std::string>{"R-GOV-5 role mailbox-owner info@ CRITICAL"});
}

TEST_CASE("required roles (R-GOV-5): a functional manager per member on the day, through its last day (R-MEM-7)") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES"
              " ('12AB', 'ROC', 1, '2020-01-01', '2026-02-28'), ('34CD', 'ROC 2', 1, '2026-03-01', NULL)");
  const auto managed = [&](int month, int day) {
    std::vector<std::string> out;
    for (const gov::Required& r : gov::required_roles(s, Date::from_ymd(2026, month, day)))
      if (r.role == "functional-manager") out.push_back(r.scope);
    return out;
  };
  CHECK(managed(2, 28) == std::vector<std::string>{"12AB"});  // its last day
  CHECK(managed(3, 1) == std::vector<std::string>{"34CD"});
}
