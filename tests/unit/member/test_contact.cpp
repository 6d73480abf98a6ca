#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "fixture.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "set_words.hpp"

using namespace mbov;
using test::authority;
using test::contact;
using test::day;

TEST_CASE("e-mail addresses") {
  CHECK_NOTHROW(member::validate_email("a.b@example.nl"));
  for (const char* bad : {"", "a", "@example.nl", "a@example", "a@b@example.nl", "a b@example.nl", "a@example.nl."})
    CHECK_THROWS_AS(member::validate_email(bad), Error);
}

TEST_CASE("one person holds both roles at a member, the same role twice is refused") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  member::add(s, authority("26CD"));
  auto first = member::add_contact(s, contact("25AB", "anna@example.nl"));
  auto second = member::add_contact(s, contact("25AB", "Anna@Example.nl", member::ContactRole::representative));
  CHECK(first != second);
  auto rows = member::contacts(s, {.member = "25AB"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].person == rows[1].person);
  CHECK(rows[1].email == std::optional<std::string>("anna@example.nl"));  // as stored first
  CHECK_THROWS_AS(member::add_contact(s, contact("25AB", "anna@example.nl")), Error);
  // At another member the same address is another person record.
  member::add_contact(s, contact("26CD", "anna@example.nl"));
  CHECK(member::contacts(s, {.member = "26CD"})[0].person != rows[0].person);
  CHECK(member::mailing(s, {}) == std::vector<std::string>{"anna@example.nl"});
}

TEST_CASE("a contact role is parsed from its word and printed as it") {
  for (member::ContactRole role : {member::ContactRole::contact, member::ContactRole::representative})
    CHECK(member::parse_contact_role(member::contact_role_name(role), "--role") == role);
  CHECK(member::contact_role_name(member::ContactRole::representative) == "representative");
  CHECK_FALSE(member::contact_role_from("Contact"));
  CHECK_FALSE(member::contact_role_from(""));
  CHECK(test::data_refusal([] { member::parse_contact_role("boss", "--role"); }) ==
        "--role: 'boss' is not contact or representative");
}

TEST_CASE("a contact needs a current member, a name and an address") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  member::add(s, authority("27EF", "2026-04-01"));  // not yet a member
  auto nameless = contact("25AB", "a@example.nl");
  nameless.name = "";
  CHECK_THROWS_AS(member::add_contact(s, nameless), Error);
  CHECK_THROWS_AS(member::add_contact(s, contact("25AB", "a@example")), Error);
  CHECK_THROWS_AS(member::add_contact(s, contact("27EF", "a@example.nl")), Error);
  CHECK_THROWS_AS(member::add_contact(s, contact("99ZZ", "a@example.nl")), Error);
  auto empty_phone = contact("25AB", "a@example.nl");
  empty_phone.phone = "";
  member::add_contact(s, empty_phone);
  CHECK(!member::contacts(s, {})[0].phone);  // an empty phone is none
}

TEST_CASE("a role ends on its until day, removing it twice or before it began is refused") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  auto id = member::add_contact(s, contact("25AB", "a@example.nl"));
  CHECK_THROWS_AS(member::remove_contact(s, id, day("2024-12-31")), Error);
  CHECK_THROWS_AS(member::remove_contact(s, 99, day("2026-03-01")), Error);
  member::remove_contact(s, id, day("2026-03-01"));
  CHECK(member::contacts(s, {}).empty());  // ends ON its until day
  CHECK(member::contacts(s, {.all = true})[0].until == day("2026-03-01"));
  CHECK(member::mailing(s, {.all = true}).empty());  // a mailing is for current contacts only
  CHECK_THROWS_AS(member::remove_contact(s, id, day("2026-03-02")), Error);
}

TEST_CASE("contact_role_words lists every role's word in ContactRole's order (what completion offers)") {
  test::lists_every_value(member::contact_role_words(), member::contact_role_name, member::ContactRole::representative);
}
