// Tests for lib/member/output.cpp: the member register's records as output objects, the fields of
// spec/CLI.md in its order, null where nothing is (as json shows them).
#include <doctest/doctest.h>

#include <mbov/core/json.hpp>
#include <mbov/member/member.hpp>

using namespace mbov;

TEST_CASE("member output: a member in the list counts its contacts, show lists them as contact_list") {
  const member::Member m{.code = "25LZ", .name = "ROC Voorbeeld", .joined = Date::from_ymd(2020, 1, 1), .contacts = 2,
                         .confirmation_due = Date::from_ymd(2026, 5, 1)};
  CHECK(to_json(Value(member::to_object(m)), 0) ==
        R"({"code":"25LZ","name":"ROC Voorbeeld","city":null,"contracting_authority":true,"joined":"2020-01-01",)"
        R"("left":null,"contacts":2,"representative":null,"last_confirmed":null,"confirmation_due":"2026-05-01"})");
  member::MemberDetail d{.member = m};
  d.member.city = "Utrecht";
  d.member.left = Date::from_ymd(2026, 12, 31);
  d.member.representative = "Ann";
  d.member.last_confirmed = Date::from_ymd(2025, 5, 1);
  const Object shown = member::to_object(d);
  CHECK(shown.keys == std::vector<std::string>{"code", "name", "city", "contracting_authority", "joined", "left",
                                               "contact_list", "representative", "last_confirmed", "confirmation_due"});
  CHECK(shown.find("contact_list")->text() == "[]");
  CHECK(shown.find("city")->text() == "Utrecht");
  CHECK(shown.find("left")->text() == "2026-12-31");
  CHECK(shown.find("representative")->text() == "Ann");
  CHECK(shown.find("last_confirmed")->text() == "2025-05-01");
}

TEST_CASE("member output: a board seat and what a leave ends") {
  const member::Seat seat{.id = 3, .person = 7, .name = "Ann", .from = Date::from_ymd(2025, 6, 1), .chair = true, .motion = 12};
  CHECK(to_json(Value(member::to_object(seat)), 0) ==
        R"({"id":3,"person":7,"name":"Ann","member":null,"from":"2025-06-01","until":null,"chair":true,"motion":12})");
  const member::Ending e{.kind = "uptake", .id = 4, .subject = "VVA", .from = Date::from_ymd(2024, 1, 1),
                         .until = Date::from_ymd(2026, 3, 31), .action = "ends"};
  CHECK(to_json(Value(member::to_object(e)), 0) ==
        R"({"kind":"uptake","id":4,"subject":"VVA","person":null,"from":"2024-01-01","until":"2026-03-31","action":"ends"})");
}
