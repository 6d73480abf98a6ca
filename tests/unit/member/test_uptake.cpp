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
