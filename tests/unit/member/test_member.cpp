#include <doctest/doctest.h>

#include "core/keys.hpp"
#include "core/error.hpp"
#include "member/member.hpp"
#include "testdb.hpp"

using namespace mbov;

namespace {
member::NewMember authority(std::string code, std::string joined = "2025-01-01") {
  return {std::move(code), "ROC Voorbeeld", std::nullopt, true, Date::parse(joined, "joined"), std::nullopt};
}
member::NewContact contact(std::string code, std::string email, std::string role = "contact") {
  return {std::move(code), "Anna", std::move(email), std::nullopt, std::move(role), Date::parse("2025-01-01", "since")};
}
int count(const CheckReport& r, std::string_view rule, Severity severity) {
  int n = 0;
  for (const Finding& f : r.findings) n += f.rule == rule && f.severity == severity;
  return n;
}
}  // namespace

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

TEST_CASE("R-MEM-4: due a policy period after the last confirmation, or after joining") {
  test::TestDb t;
  Session s = t.read();
  Date joined = Date::parse("2024-02-29", "j");
  CHECK(member::confirmation_due(s, joined, std::nullopt).str() == "2025-02-28");
  CHECK(member::confirmation_due(s, joined, Date::parse("2025-06-30", "c")).str() == "2026-06-30");
}

TEST_CASE("e-mail addresses") {
  CHECK_NOTHROW(member::validate_email("a.b@example.nl"));
  for (const char* bad : {"", "a", "@example.nl", "a@example", "a@b@example.nl", "a b@example.nl", "a@example.nl."})
    CHECK_THROWS_AS(member::validate_email(bad), Error);
}

TEST_CASE("one person holds both roles at a member; the same role twice is refused") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  member::add(s, authority("26CD"));
  auto first = member::add_contact(s, contact("25AB", "anna@example.nl"));
  auto second = member::add_contact(s, contact("25AB", "Anna@Example.nl", "representative"));
  CHECK(first != second);
  auto rows = member::contacts(s, std::string("25AB"), std::nullopt, false);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].find("person")->text() == rows[1].find("person")->text());
  CHECK_THROWS_AS(member::add_contact(s, contact("25AB", "anna@example.nl")), Error);
  // At another member the same address is another person record.
  member::add_contact(s, contact("26CD", "anna@example.nl"));
  CHECK(member::contacts(s, std::string("26CD"), std::nullopt, false)[0].find("person")->text() != "1");
  CHECK(member::mailing(s, std::nullopt, std::nullopt) == std::vector<std::string>{"anna@example.nl"});
}

TEST_CASE("member check: R-MEM-3 thresholds come from the policy, former members do not count") {
  test::TestDb t("2026-03-01");
  t.how.policy.member.contacts_min = 2;
  t.how.policy.member.contacts_preferred = 3;
  Session s = t.write();
  member::add(s, authority("25AB", "2026-01-01"));
  member::add_contact(s, contact("25AB", "a@example.nl"));
  CheckReport r = member::check(s);
  CHECK(count(r, "R-MEM-3", Severity::critical) == 1);
  CHECK(count(r, "R-MEM-5", Severity::warning) == 1);
  CHECK(count(r, "R-MEM-4", Severity::warning) == 0);
  member::add_contact(s, contact("25AB", "b@example.nl"));
  CHECK(count(member::check(s), "R-MEM-3", Severity::warning) == 1);
  member::leave(s, "25AB", Date::parse("2026-02-28", "on"));
  CHECK(member::check(s).findings.empty());
}
