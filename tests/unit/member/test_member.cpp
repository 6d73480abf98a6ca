#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/keys.hpp"
#include "fixture.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::authority;
using test::day;

TEST_CASE("R-MEM-1: only a contracting authority is registered") {
  test::TestDb t;
  Session s = t.write();
  auto m = authority("25AB");
  m.contracting_authority = false;
  CHECK_THROWS_AS(member::add(s, m), Error);
  member::add(s, authority("25AB"));
  CHECK_THROWS_AS(member::add(s, authority("25ab")), Error);  // codes are unique regardless of case
  CHECK(require_member(s, "25ab") == "25AB");
}

TEST_CASE("a member's code, name and dates are checked") {
  test::TestDb t;
  Session s = t.write();
  for (const char* code : {"", "25 AB", "25,AB"}) CHECK_THROWS_AS(member::add(s, authority(code)), Error);
  auto blank = authority("25AB");
  blank.name = " \t";
  CHECK_THROWS_AS(member::add(s, blank), Error);
  auto backwards = authority("25AB", "2025-06-01");
  backwards.left = day("2025-05-31");
  CHECK_THROWS_AS(member::add(s, backwards), Error);
  CHECK(member::list(s, {.all = true}).empty());
}

TEST_CASE("list, show, edit and leave give typed records") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  auto m = authority("25AB", "2024-02-29");
  m.city = "Voorbeeldstad";
  member::add(s, m);
  auto none = authority("26CD");
  none.city = "";  // an empty city is none
  member::add(s, none);
  std::vector<member::Member> list = member::list(s, {});
  REQUIRE(list.size() == 2);
  CHECK(list[0].code == "25AB");
  CHECK(list[0].city == std::optional<std::string>("Voorbeeldstad"));
  CHECK(!list[1].city);
  CHECK(list[0].confirmation_due == day("2025-02-28"));  // R-MEM-4 from joining
  member::confirm(s, {.member = "25ab", .on = day("2025-06-30")});
  CHECK(member::show(s, "25ab").member.last_confirmed == day("2025-06-30"));
  CHECK(member::show(s, "25AB").member.confirmation_due == day("2026-06-30"));
  CHECK_THROWS_AS(member::confirm(s, {.member = "25AB", .on = day("2024-02-28")}), Error);  // before joining

  member::edit(s, {.code = "25ab", .name = "ROC Nieuw"});
  member::MemberDetail d = member::show(s, "25AB");
  CHECK(d.member.name == "ROC Nieuw");
  CHECK(d.member.city == std::optional<std::string>("Voorbeeldstad"));  // not given: unchanged
  CHECK_THROWS_AS(member::edit(s, {.code = "25AB", .name = ""}), Error);
  CHECK_THROWS_AS(member::edit(s, {.code = "99ZZ", .city = "X"}), Error);

  CHECK_THROWS_AS(member::leave(s, "25AB", day("2024-02-28")), Error);  // before it joined
  member::leave(s, "25AB", day("2026-03-01"));
  CHECK(member::list(s, {}).size() == 2);  // R-MEM-7: counts through its last day
  CHECK_THROWS_AS(member::leave(s, "25AB", day("2026-03-02")), Error);  // already left
  CHECK(member::show(s, "25AB").member.left == day("2026-03-01"));
}

TEST_CASE("R-MEM-7: a member that left is listed with --all only") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  member::leave(s, "25AB", day("2026-02-28"));
  CHECK(member::list(s, {}).empty());
  CHECK(member::list(s, {.all = true}).size() == 1);
  CHECK_THROWS_AS(member::list(s, {.product = "NOPE"}), Error);  // an unknown product is an error
}

TEST_CASE("R-MEM-7: members_on counts a member from its first through its last day") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB", "2025-01-01"));
  member::add(s, authority("26CD", "2026-03-01"));
  member::leave(s, "25AB", day("2026-02-28"));
  CHECK(member::members_on(s, day("2024-12-31")).empty());
  CHECK(member::members_on(s, day("2025-01-01")) == std::vector<std::string>{"25AB"});
  CHECK(member::members_on(s, day("2026-02-28")) == std::vector<std::string>{"25AB"});  // its last day
  CHECK(member::members_on(s, day("2026-03-01")) == std::vector<std::string>{"26CD"});
}

TEST_CASE("R-MEM-7: leaving ends the uptakes and contact roles, a dry run only says so") {
  test::TestDb t("2026-09-10");
  Session s = t.write();
  member::add(s, authority("25AB", "2024-01-01"));
  member::add_contact(s, {.member = "25AB", .name = "Ans", .email = "ans@example.nl", .since = day("2024-01-01")});
  member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2025-01-01")});
  member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2025-01-01"), .until = day("2026-12-31")});
  member::Leaving dry = member::leave(s, "25AB", day("2026-08-31"), true);
  REQUIRE(dry.ends.size() == 3);
  CHECK(dry.ends[0].kind == "uptake");
  CHECK(dry.ends[2].kind == "contact");
  CHECK(member::list(s, {.product = "CAMBO"}).size() == 1);  // nothing ended
  CHECK_FALSE(member::show(s, "25AB").member.left);
  member::leave(s, "25AB", day("2026-08-31"));
  CHECK(member::list(s, {.all = true, .product = "VVA"}).empty());  // the VVA uptake ended too
  CHECK(member::contacts(s, {.member = "25AB", .all = true}).at(0).until == day("2026-08-31"));
  // R-MEM-7: an uptake outside the membership is refused.
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2026-09-01"),
                                     .until = day("2026-09-02")}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2023-12-31"),
                                     .until = day("2024-01-02")}), Error);
  CHECK(member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2024-01-01"),
                           .until = day("2024-01-02")}) > 0);
}

TEST_CASE("R-MEM-4: due a policy period after the last confirmation, or after joining") {
  test::TestDb t;
  t.how.policy.member.contact_confirmation_months = 6;
  Session s = t.read();
  CHECK(member::confirmation_due(s, day("2024-02-29"), std::nullopt) == day("2024-08-29"));
  CHECK(member::confirmation_due(s, day("2024-02-29"), day("2025-08-31")) == day("2026-02-28"));
}

TEST_CASE("to_object: the fields of CLI.md, null where nothing is") {
  member::Member m{.code = "25AB", .name = "ROC", .joined = day("2025-01-01"), .confirmation_due = day("2026-01-01")};
  Object o = member::to_object(m);
  CHECK(o.keys == std::vector<std::string>(member::list_columns()));
  for (const char* key : {"city", "left", "representative", "last_confirmed"}) CHECK(o.find(key)->is_null());
  member::Contact c{.id = 1, .member = "25AB", .person = 2, .role = member::ContactRole::contact, .since = day("2025-01-01")};
  Object co = member::to_object(c);
  CHECK(co.keys == std::vector<std::string>(member::contact_columns()));
  for (const char* key : {"name", "email", "phone", "until"}) CHECK(co.find(key)->is_null());
  Object so = member::to_object(member::Seat{.id = 1, .person = 2, .from = day("2025-01-01")});
  CHECK(so.keys == std::vector<std::string>(member::board_columns()));
  for (const char* key : {"name", "member", "until", "motion"}) CHECK(so.find(key)->is_null());
  Object shown = member::to_object(member::MemberDetail{.member = m, .contacts = {c}});
  CHECK(shown.find("contacts") == nullptr);  // one type per key: the count is the list's, the objects contact_list
  CHECK(std::get<Array>(shown.find("contact_list")->data).size() == 1);
}

TEST_CASE("R-MEM-7: a member that left rejoins after its last day and every period counts") {
  test::TestDb t("2026-09-10");
  Session s = t.write();
  member::add(s, authority("25AB", "2024-01-01"));
  CHECK_THROWS_AS(member::rejoin(s, "25AB", day("2026-07-01")), Error);  // has not left
  CHECK_THROWS_AS(member::rejoin(s, "99ZZ", day("2026-07-01")), Error);  // unknown
  member::leave(s, "25AB", day("2026-03-31"));
  CHECK_THROWS_AS(member::rejoin(s, "25AB", day("2026-03-31")), Error);  // on its last day
  CHECK_THROWS_AS(member::rejoin(s, "25AB", day("2025-01-01")), Error);  // before it
  member::rejoin(s, "25ab", day("2026-07-01"));
  const member::Member m = member::show(s, "25AB").member;
  CHECK(m.joined == day("2026-07-01"));
  CHECK(!m.left);
  CHECK_THROWS_AS(member::rejoin(s, "25AB", day("2026-08-01")), Error);  // a member again
  // The earlier period still counts on its days, the gap does not.
  for (const char* d : {"2024-01-01", "2026-03-31", "2026-07-01", "2026-09-10"})
    CHECK_MESSAGE(member::members_on(s, day(d)) == std::vector<std::string>{"25AB"}, d);
  for (const char* d : {"2023-12-31", "2026-04-01", "2026-06-30"}) CHECK_MESSAGE(member::members_on(s, day(d)).empty(), d);
  // A second leave and rejoin keeps both earlier periods.
  member::leave(s, "25AB", day("2026-08-15"));
  member::rejoin(s, "25AB", day("2026-08-16"));
  CHECK(member::members_on(s, day("2026-08-15")) == std::vector<std::string>{"25AB"});
  CHECK(member::members_on(s, day("2026-05-01")).empty());
  CHECK(member::members_on(s, day("2025-05-01")) == std::vector<std::string>{"25AB"});
  // R-VOTE-2: a vote on a meeting day in any period, none in the gap.
  CHECK(vote::voting_member(s, "25AB", day("2025-05-01")) == "25AB");
  CHECK(vote::voting_member(s, "25AB", day("2026-08-15")) == "25AB");
  CHECK(vote::voting_member(s, "25AB", day("2026-08-16")) == "25AB");
  CHECK_THROWS_AS(vote::voting_member(s, "25AB", day("2026-05-01")), Error);
  CHECK_THROWS_AS(vote::voting_member(s, "25AB", day("2023-12-31")), Error);
}

TEST_CASE("R-MEM-7: an uptake lies inside one period of the membership") {
  test::TestDb t("2026-09-10");
  Session s = t.write();
  member::add(s, authority("25AB", "2024-01-01"));
  member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2025-01-01")});
  member::leave(s, "25AB", day("2026-03-31"));
  member::rejoin(s, "25AB", day("2026-07-01"));
  // In the gap, reaching into it from either side, or spanning it: refused.
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2026-05-01")}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2026-03-01"),
                                     .until = day("2026-04-01")}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2026-06-30")}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2026-01-01"),
                                     .until = day("2026-08-01")}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2023-12-31"),
                                     .until = day("2024-01-31")}), Error);
  // Inside the earlier period (through its last day) and inside the current one: accepted.
  member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2026-01-01"), .until = day("2026-03-31")});
  member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2026-07-01")});
  member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2026-07-01")});
}

TEST_CASE("R-MEM-7: periods_changed: each period begun or ended in the period, a rejoin a new one") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB", "2024-05-01"));
  member::add(s, authority("26CD", "2025-01-01"));
  member::add(s, authority("27EF", "2023-01-01"));
  member::add(s, authority("28GH", "2026-01-01"));  // on `to`: after the period
  member::leave(s, "25AB", test::day("2025-03-31"));
  member::rejoin(s, "25AB", test::day("2025-06-01"));
  std::vector<std::string> got;
  for (const member::Period& p : member::periods_changed(s, test::day("2025-01-01"), test::day("2026-01-01")))
    got.push_back(p.code + " " + p.joined.str() + " " + (p.left ? p.left->str() : "-"));
  CHECK(got == std::vector<std::string>{"25AB 2024-05-01 2025-03-31", "25AB 2025-06-01 -", "26CD 2025-01-01 -"});
  CHECK(member::periods_changed(s, test::day("2025-04-01"), test::day("2025-06-01")).empty());
  CHECK(member::periods_changed(s, test::day("2026-01-01"), test::day("2026-01-02"))[0].name == "ROC Voorbeeld");
}
