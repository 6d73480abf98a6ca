#include <doctest/doctest.h>

#include <random>
#include <sstream>

#include <mbov/core/error.hpp>
#include <mbov/core/output.hpp>
#include "fixture.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::day;

namespace {
std::string exported(Session& s) {
  std::vector<Object> rows;
  for (const member::Member& m : member::list(s, {.all = true})) rows.push_back(member::to_object(m));
  std::ostringstream out;
  print_list(out, Format::csv, member::list_columns(), rows);
  return out.str();
}
}  // namespace

TEST_CASE("member export re-imports into a fresh database as the same records (random registers)") {
  const unsigned seed = 20261201;
  std::mt19937 rng(seed);
  INFO("seed " << seed);
  const char* names[] = {"ROC Voorbeeld", "Vakcollege \"De Dijk\"", "mbo, College", "Zorg\xC3\xA9 College", "Groen\tCollege"};
  for (int round = 0; round < 20; ++round) {
    test::TestDb from("2026-03-01"), to("2026-03-01");
    Session a = from.write();
    int n = 1 + static_cast<int>(rng() % 8);
    for (int i = 0; i < n; ++i) {
      member::NewMember m{.code = std::to_string(10 + i) + "AB", .name = names[rng() % 5], .contracting_authority = true,
                          .joined = day("2020-01-01").plus_days(static_cast<long>(rng() % 2000))};
      if (rng() % 2) m.city = names[rng() % 5];
      if (rng() % 2) m.left = m.joined.plus_days(static_cast<long>(rng() % 400));
      member::add(a, m);
    }
    std::string csv = exported(a);
    Session b = to.write();
    std::istringstream in(csv);
    CHECK(member::import_csv(b, in, "export.csv") == n);
    CHECK(exported(b) == csv);
  }
}

TEST_CASE("member import: all or nothing, naming the line") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  std::istringstream in("code,name,contracting_authority,joined\n25AB,ROC,true,2025-01-01\n26CD,ROC,maybe,2025-01-01\n");
  try {
    member::import_csv(s, in, "m.csv");
    FAIL("a bad boolean was imported");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("m.csv:3") != std::string::npos);
  }
}
