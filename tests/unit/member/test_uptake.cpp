#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "fixture.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::authority;
using test::day;

TEST_CASE("R-MEM-8: an uptake counts through its until day, --until alone ends the open one") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "NOPE"}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "99ZZ", .product = "CAMBO"}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "CAMBO", .until = day("2026-03-01")}), Error);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2026-02-01"),
                                     .until = day("2026-01-31")}), Error);
  std::int64_t id = member::uptake(s, {.member = "25ab", .product = "cambo", .from = day("2026-01-01")});
  CHECK(member::list(s, {.product = "CAMBO"}).size() == 1);
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "CAMBO"}), Error);  // already open
  CHECK_THROWS_AS(member::uptake(s, {.member = "25AB", .product = "CAMBO", .until = day("2025-12-31")}), Error);
  CHECK(member::uptake(s, {.member = "25AB", .product = "CAMBO", .until = day("2026-03-01")}) == id);
  CHECK(member::list(s, {.product = "CAMBO"}).size() == 1);  // through its until day
  CHECK(member::contacts(s, {.product = "VVA"}).empty());
}

TEST_CASE("R-MEM-8: uptakes_on: begun by the day and running through their until day, of one member when asked") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  member::add(s, authority("25AB"));
  member::add(s, authority("26CD"));
  const std::int64_t ended =
      member::uptake(s, {.member = "25AB", .product = "CAMBO", .from = day("2026-01-10"), .until = day("2026-01-31")});
  const std::int64_t open = member::uptake(s, {.member = "25AB", .product = "VVA", .from = day("2026-02-01")});
  const std::int64_t other = member::uptake(s, {.member = "26CD", .product = "CAMBO", .from = day("2026-01-31")});
  const auto ids = [&](const char* on, std::optional<std::string> member = std::nullopt) {
    std::vector<std::int64_t> out;
    for (const member::Uptake& u : member::uptakes_on(s, day(on), member)) out.push_back(u.id);
    return out;
  };
  CHECK(ids("2026-01-09").empty());                                 // before any start
  CHECK(ids("2026-01-10") == std::vector<std::int64_t>{ended});     // from its first day
  CHECK(ids("2026-01-31") == std::vector<std::int64_t>{ended, other});  // through its until day
  CHECK(ids("2026-02-01") == std::vector<std::int64_t>{open, other});   // not after it; by member, product
  CHECK(ids("2026-02-01", "26CD") == std::vector<std::int64_t>{other});
  CHECK(ids("2030-01-01", "25AB") == std::vector<std::int64_t>{open});  // an open uptake runs on
  const member::Uptake u = member::uptakes_on(s, day("2026-01-20"))[0];
  CHECK(u.member == "25AB");
  CHECK(u.product == "CAMBO");
  CHECK(u.from == day("2026-01-10"));
  CHECK(u.until == day("2026-01-31"));
}
