// Tests for lib/gov/check.cpp: the vision's term (R-GOV-2) and the roles' holders (R-GOV-5).
#include <doctest/doctest.h>

#include "core/sql.hpp"
#include "gov/fixture.hpp"
#include <mbov/gov/gov.hpp>
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::closed_motion;
using test::findings;
using test::version;

TEST_CASE("gov check (R-GOV-2): the vision's term is a deadline") {
  auto vision_finding = [](const char* today, bool approve) {
    test::TestDb t(today);
    Session s = t.write();
    const auto id = version(s, "vision", "2022", "2022-05-01");
    if (approve) gov::approve_version(s, id, closed_motion(s, "2022-06-01", "ordinary"), std::nullopt);
    for (const std::string& f : findings(gov::check(s)))
      if (f.starts_with("R-GOV-2")) return f;
    return std::string();
  };
  CHECK(vision_finding("2026-03-01", false) == "R-GOV-2 vision CRITICAL");
  CHECK(vision_finding("2026-03-01", true) == "");                     // 92 days ahead: outside 60
  CHECK(vision_finding("2026-04-15", true) == "R-GOV-2 vision 2022 WARNING");
  CHECK(vision_finding("2026-05-31", true) == "R-GOV-2 vision 2022 WARNING");   // its last day
  CHECK(vision_finding("2026-06-01", true) == "R-GOV-2 vision 2022 CRITICAL");
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
  for (auto [role, scope] : std::initializer_list<std::pair<gov::Role, const char*>>{
           {gov::Role::general_manager, ""}, {gov::Role::product_owner, "CAMBO"}, {gov::Role::product_owner, "VVA"},
           {gov::Role::functional_manager, "12AB"}})
    gov::assign_role(s, {.role = role, .scope = scope, .person = 1, .from = jan});
  gov::assign_role(s, {.role = gov::Role::mailbox_owner, .scope = "support@", .person = 1, .deputy = 2, .from = jan});
  const auto info = gov::assign_role(s, {.role = gov::Role::mailbox_owner, .scope = "info@", .person = 2, .from = jan});
  CHECK(role_findings() == std::vector<std::string>{"R-GOV-5 role mailbox-owner info@ WARNING"});
  gov::end_role(s, info, Date::from_ymd(2026, 3, 1));  // no longer held on its until day
  CHECK(role_findings() == std::vector<std::string>{"R-GOV-5 role mailbox-owner info@ CRITICAL"});
}
