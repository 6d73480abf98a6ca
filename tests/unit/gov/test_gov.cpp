#include <doctest/doctest.h>

#include "core/error.hpp"
#include "core/sql.hpp"
#include "dpia/dpia.hpp"
#include "gov/gov.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "vote/vote.hpp"

using namespace mbov;
using test::exit_of;
using test::findings;
using test::closed_motion;

namespace {

std::int64_t version(Session& s, const char* kind, const char* number, const char* date,
                     const char* status = "for-approval") {
  return gov::add_version(s, {.kind = kind, .number = number, .date = Date::parse(date, "d"), .status = status});
}

}  // namespace

TEST_CASE("documents (R-GOV-1): draft -> for-approval -> approved by an adopted AV motion; the latest approved is in force") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const auto v09 = version(s, "pdc", "0.9", "2020-12-03");
  const auto v10 = version(s, "pdc", "1.0", "2020-12-16", "draft");
  CHECK(exit_of([&] { version(s, "pdc", "0.9", "2020-12-04"); }) == Exit::data);  // a number once
  CHECK(exit_of([&] { version(s, "memo", "1", "2020-12-04"); }) == Exit::data);
  CHECK(exit_of([&] { version(s, "pdc", "2", "2020-12-04", "approved"); }) == Exit::data);
  CHECK(exit_of([&] { version(s, "pdc", " ", "2020-12-04"); }) == Exit::data);
  CHECK_FALSE(gov::in_force(gov::versions(s, "pdc")));
  const auto pdc = closed_motion(s, "2020-12-16", "pdc");
  CHECK(exit_of([&] { gov::approve_version(s, v10, pdc, std::nullopt); }) == Exit::data);  // a draft
  gov::submit_version(s, v10);
  CHECK(exit_of([&] { gov::submit_version(s, v10); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, v10, closed_motion(s, "2020-12-17", "ordinary"), std::nullopt); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, v10, std::nullopt, std::nullopt); }) == Exit::data);
  gov::approve_version(s, v10, pdc, std::nullopt);
  const auto current = gov::in_force(gov::versions(s, "pdc"));
  REQUIRE(current);
  CHECK(current->number == "1.0");
  CHECK(current->approved_on == Date::from_ymd(2020, 12, 16));
  CHECK(gov::versions(s, "pdc")[0].id == v09);
  // Statutes: any adopted AV motion.
  const auto st = version(s, "statutes", "1", "2021-01-01");
  gov::approve_version(s, st, closed_motion(s, "2021-02-01", "ordinary"), std::nullopt);
  CHECK(gov::in_force(gov::versions(s, "statutes"))->number == "1");
}

TEST_CASE("documents (R-GOV-1): the DAP is approved by an expert-group decision") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const auto dap = version(s, "dap", "2.0", "2022-01-01");
  const auto wg = gov::record_decision(s, "working-group", Date::from_ymd(2022, 2, 1), "advice");
  CHECK(exit_of([&] { gov::approve_version(s, dap, std::nullopt, wg); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, dap, closed_motion(s, "2022-02-01", "ordinary"), std::nullopt); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, dap, std::nullopt, 99); }) == Exit::data);
  const auto eg = gov::record_decision(s, "expert-group", Date::from_ymd(2022, 2, 2), "DAP 2.0 approved");
  gov::approve_version(s, dap, std::nullopt, eg);
  CHECK(gov::in_force(gov::versions(s, "dap"))->approved_on == Date::from_ymd(2022, 2, 2));
  CHECK(exit_of([&] { gov::record_decision(s, "board", Date::from_ymd(2022, 2, 2), "x"); }) == Exit::data);
}

TEST_CASE("vision (R-GOV-2): its term is a deadline in gov check") {
  gov::Version v{.date = Date::from_ymd(2022, 5, 1), .approved_on = Date::from_ymd(2022, 6, 1)};
  CHECK(gov::vision_ends(v, 4) == Date::from_ymd(2026, 5, 31));
  v.approved_on = Date::from_ymd(2024, 2, 29);  // R-CON-2: 29 February 2028 exists
  CHECK(gov::vision_ends(v, 4) == Date::from_ymd(2028, 2, 28));
  CHECK(gov::vision_ends(v, 1) == Date::from_ymd(2025, 2, 28));  // the anniversary falls on 1 March
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

TEST_CASE("groups (R-GOV-6): members from contacts; every member in the community") {
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
}

TEST_CASE("board meetings (R-GOV-4): fewer than board.meetings_per_year last year is a warning") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  auto board = [&] {
    for (const std::string& f : findings(gov::check(s)))
      if (f.starts_with("R-GOV-4")) return f;
    return std::string();
  };
  CHECK(board() == "R-GOV-4 board 2025 WARNING");
  for (int month : {2, 5, 8})
    vote::add_meeting(s, {.date = Date::from_ymd(2025, month, 1), .kind = "board"});
  vote::add_meeting(s, {.date = Date::from_ymd(2025, 11, 1)});  // an AV meeting does not count
  CHECK(gov::board_meetings(s, 2025) == 3);
  CHECK(board() == "R-GOV-4 board 2025 WARNING");
  vote::add_meeting(s, {.date = Date::from_ymd(2025, 11, 1), .kind = "board"});
  CHECK(board() == "");
}
