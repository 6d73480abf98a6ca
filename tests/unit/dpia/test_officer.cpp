// Tests for lib/dpia/officer.cpp (R-DPIA-4): the data protection officer as a chain of terms of
// the gov role fg, each ending on its successor's first day. (officer_on and the refusals of
// officer_set: test_dpia.cpp.)
#include <doctest/doctest.h>

#include <mbov/core/json.hpp>
#include <mbov/dpia/dpia.hpp>
#include <mbov/gov/gov.hpp>
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("officer history: every term by its first day, each until its successor's, the last open") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  CHECK(dpia::officer_history(s).empty());
  const std::int64_t first = dpia::officer_set(s, "Fenna", "fg@example.nl", Date::from_ymd(2024, 1, 1));
  const std::int64_t second = dpia::officer_set(s, "Bram", "bram@example.nl", Date::from_ymd(2025, 7, 1));
  const std::int64_t third = dpia::officer_set(s, "Cor", "cor@example.nl", Date::from_ymd(2026, 2, 1));
  const std::vector<dpia::Officer> h = dpia::officer_history(s);
  REQUIRE(h.size() == 3);
  CHECK(h[0].id == first);
  CHECK(h[0].until == Date::from_ymd(2025, 7, 1));
  CHECK(h[1].id == second);
  CHECK(h[1].until == Date::from_ymd(2026, 2, 1));
  CHECK(h[2].id == third);
  CHECK(h[2].until == std::nullopt);
  CHECK(h[2].email == "cor@example.nl");
  // The same terms as the gov role fg: one place holds them.
  const std::optional<gov::Holder> fg = gov::holder_on(s, gov::Role::fg, "", Date::from_ymd(2025, 7, 1));
  REQUIRE(fg);
  CHECK(fg->id == second);
  CHECK(dpia::officer_on(s, Date::from_ymd(2025, 7, 1))->person == fg->person);
}

TEST_CASE("officer output: id, person, name, email, from, until") {
  const dpia::Officer o{.id = 2, .person = 5, .name = "Bram", .email = std::nullopt, .from = Date::from_ymd(2025, 7, 1)};
  CHECK(to_json(Value(dpia::to_object(o)), 0) ==
        R"({"id":2,"person":5,"name":"Bram","email":null,"from":"2025-07-01","until":null})");
}
