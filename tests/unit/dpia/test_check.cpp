#include <doctest/doctest.h>

#include <fmt/format.h>

#include <map>
#include <random>
#include <tuple>

#include <mbov/dpia/dpia.hpp>
#include "core/sql.hpp"
#include "dpia/store.hpp"
#include "seed.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;

namespace {

using test::d;

void insert(Session& s, const char* product, const char* kind, const char* completed, const char* outcome) {
  sql(s).exec(fmt::format("INSERT INTO dpia (product, kind, started, completed, outcome) VALUES ('{}', '{}', '2020-01-01', {}, {})",
                          product, kind, completed ? fmt::format("'{}'", completed) : "NULL",
                          outcome ? fmt::format("'{}'", outcome) : "NULL"));
}

}  // namespace

TEST_CASE("last_completed: per product the latest completed DPIA of any kind, the last recorded on a tie (R-DPIA-2)") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  insert(s, "CAMBO", "initial", "2023-03-01", "acceptable");
  insert(s, "CAMBO", "audit", "2025-05-01", "mitigations");      // id 2: the latest day
  insert(s, "CAMBO", "periodic", "2025-05-01", "high-risk");     // id 3: same day, recorded later
  insert(s, "CAMBO", "change", nullptr, nullptr);                // not completed: never counts
  insert(s, "VVA", "change", nullptr, nullptr);                  // none completed: left out
  const std::map<std::string, dpia::Dpia> last = dpia::last_completed(s);
  REQUIRE(last.size() == 1);
  const dpia::Dpia& cambo = last.at("CAMBO");
  CHECK(cambo.id == 3);
  CHECK(cambo.kind == dpia::Kind::periodic);
  CHECK(cambo.completed == d("2025-05-01"));
  CHECK(cambo.outcome == dpia::Outcome::high_risk);
  CHECK(dpia::periodic_due(*cambo.completed, s.policy.dpia) == d("2028-05-01"));
}

TEST_CASE("last_completed as of a day: a DPIA completed after it does not count yet (R-GEN-1, R-DPIA-2)") {
  test::TestDb t("2025-01-01");
  {
    Session w = t.write();
    insert(w, "CAMBO", "initial", "2023-03-01", "acceptable");
    insert(w, "CAMBO", "periodic", "2025-06-01", "mitigations");
    insert(w, "VVA", "initial", "2025-06-01", "acceptable");
    test::unaudited(w);
    w.commit();
  }
  Session s = t.read();
  dpia::store::as_of(s);
  const std::map<std::string, dpia::Dpia> last = dpia::last_completed(s);
  REQUIRE(last.size() == 1);
  CHECK(last.at("CAMBO").id == 1);
  CHECK(last.at("CAMBO").outcome == dpia::Outcome::acceptable);
}

TEST_CASE("property: last_completed is the maximum by completion day, then id, of each product's completed DPIAs") {
  const std::uint64_t seed = mbov::test::seed(20261205);
  INFO("seed ", seed);
  std::mt19937_64 rng(seed);
  const char* products[] = {"CAMBO", "VVA"};
  const char* kinds[] = {"initial", "change", "periodic", "audit"};
  for (int round = 0; round < 20; ++round) {
    test::TestDb t("2026-03-01");
    Session s = t.write();
    std::map<std::string, std::tuple<std::string, std::int64_t>> expected;  // product: (completed, id)
    const int n = static_cast<int>(rng() % 8);
    for (std::int64_t id = 1; id <= n; ++id) {
      const char* product = products[rng() % 2];
      const bool done = rng() % 4 != 0;
      const std::string day = fmt::format("2025-0{}-0{}", 1 + rng() % 3, 1 + rng() % 3);  // ties are likely
      insert(s, product, kinds[rng() % 4], done ? day.c_str() : nullptr, done ? "acceptable" : nullptr);
      if (!done) continue;
      auto [at, added] = expected.try_emplace(product, day, id);
      if (!added && at->second < std::tuple(day, id)) at->second = {day, id};
    }
    const std::map<std::string, dpia::Dpia> got = dpia::last_completed(s);
    CAPTURE(round);
    REQUIRE(got.size() == expected.size());
    for (const auto& [product, want] : expected) {
      CHECK(got.at(product).id == std::get<1>(want));
      CHECK(got.at(product).completed == d(std::get<0>(want).c_str()));
    }
  }
}
