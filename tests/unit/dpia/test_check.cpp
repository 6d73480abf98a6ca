// Tests for lib/dpia/check.cpp: `dpia due`, each rule's finding on a register written as sqlite3
// would: R-DPIA-1 (an initial DPIA by the first uptake), R-DPIA-2 (periodic_due by hand), R-DPIA-3
// (processing records), R-DPIA-4 (an officer in office), R-DPIA-6 (the hand-over); last_completed.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <random>
#include <tuple>

#include "core/sql.hpp"
#include <mbov/dpia/dpia.hpp>
#include "helpers.hpp"
#include "dpia/store.hpp"
#include "seed.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;

namespace {

using test::d;

void insert_dpia(Session& s, const char* product, const char* kind, const char* completed, const char* outcome) {
  sql(s).exec(fmt::format("INSERT INTO dpia (product, kind, started, completed, outcome) VALUES ('{}', '{}', '2020-01-01', {}, {})",
                          product, kind, completed ? fmt::format("'{}'", completed) : "NULL",
                          outcome ? fmt::format("'{}'", outcome) : "NULL"));
}

std::vector<std::string> dpia_findings(Session& s) {
  std::vector<std::string> out = test::findings(dpia::check(s));
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("R-DPIA-2: the periodic DPIA is due dpia.periodic_months after the last completed one") {
  Policy::Dpia p = Policy::defaults().dpia;
  REQUIRE(p.periodic_months == 36);
  CHECK(dpia::periodic_due(Date::from_ymd(2024, 1, 31), p) == Date::from_ymd(2027, 1, 31));
  CHECK(dpia::periodic_due(Date::from_ymd(2024, 2, 29), p) == Date::from_ymd(2027, 2, 28));
  p.periodic_months = 13;
  CHECK(dpia::periodic_due(Date::from_ymd(2026, 1, 31), p) == Date::from_ymd(2027, 2, 28));
}

TEST_CASE("dpia check: no officer and no processing records, then a product taken up without its DPIA") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  CHECK(dpia_findings(s) == std::vector<std::string>{"R-DPIA-3 product CAMBO WARNING", "R-DPIA-3 product VVA WARNING",
                                                      "R-DPIA-4 officer CRITICAL"});
  dpia::officer_set(s, "Fenna", "fg@example.nl", Date::from_ymd(2026, 1, 1));
  CHECK(dpia_findings(s) == std::vector<std::string>{"R-DPIA-3 product CAMBO WARNING", "R-DPIA-3 product VVA WARNING"});
  // VVA taken up from 2026-02-01, with no initial DPIA and no hand-over stated: overdue.
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');
    INSERT INTO uptake (member, product, from_date) VALUES ('12AB', 'VVA', '2026-02-01');)sql");
  CHECK(dpia_findings(s) == std::vector<std::string>{"R-DPIA-1 product VVA CRITICAL", "R-DPIA-3 product CAMBO WARNING",
                                                      "R-DPIA-3 product VVA WARNING", "R-DPIA-6 product VVA WARNING"});
  const CheckReport r = dpia::check(s);
  CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"dpias", 0}, {"open_dpias", 0}});
}

TEST_CASE("dpia check R-DPIA-1: an uptake coming within dpia.warn_days warns, one beyond it not yet") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  dpia::officer_set(s, "Fenna", "fg@example.nl", Date::from_ymd(2026, 1, 1));
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');
    INSERT INTO uptake (member, product, from_date) VALUES ('12AB', 'VVA', '2026-04-30'), ('12AB', 'CAMBO', '2026-05-01');)sql");
  // 60 days from 2026-03-01 is 2026-04-30: VVA's first uptake is within, CAMBO's just beyond.
  std::vector<std::string> found = dpia_findings(s);
  CHECK(std::count(found.begin(), found.end(), "R-DPIA-1 product VVA WARNING") == 1);
  CHECK(std::none_of(found.begin(), found.end(), [](const std::string& f) { return f.starts_with("R-DPIA-1 product CAMBO"); }));
}

TEST_CASE("last_completed: per product the latest completed DPIA of any kind, the last recorded on a tie (R-DPIA-2)") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  insert_dpia(s, "CAMBO", "initial", "2023-03-01", "acceptable");
  insert_dpia(s, "CAMBO", "audit", "2025-05-01", "mitigations");      // id 2: the latest day
  insert_dpia(s, "CAMBO", "periodic", "2025-05-01", "high-risk");     // id 3: same day, recorded later
  insert_dpia(s, "CAMBO", "change", nullptr, nullptr);                // not completed: never counts
  insert_dpia(s, "VVA", "change", nullptr, nullptr);                  // none completed: left out
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
    insert_dpia(w, "CAMBO", "initial", "2023-03-01", "acceptable");
    insert_dpia(w, "CAMBO", "periodic", "2025-06-01", "mitigations");
    insert_dpia(w, "VVA", "initial", "2025-06-01", "acceptable");
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
      insert_dpia(s, product, kinds[rng() % 4], done ? day.c_str() : nullptr, done ? "acceptable" : nullptr);
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
