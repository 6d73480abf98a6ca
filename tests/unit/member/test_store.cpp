// Tests for lib/member/store.cpp: the member register's statements. R-MEM-7's SQL condition
// (member_during, which other areas use too) is checked against a day count in C++ on seeded
// random membership periods; rejoining, periods and overlapping uptakes against hand-worked days.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

#include "core/sql.hpp"
#include "helpers.hpp"
#include "member/store.hpp"
#include "seed.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;

TEST_CASE("member store: rejoining closes the current period into the earlier ones") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES ('25LZ', 'ROC', 1, '2020-01-01', '2022-06-30')");
  CHECK(member::store::stored_code(s, "25lz") == "25LZ");
  CHECK(member::store::stored_code(s, "26LZ") == std::nullopt);
  CHECK_FALSE(member::store::is_current_member(s, "25LZ", test::d("2022-07-01")));
  CHECK(member::store::is_current_member(s, "25LZ", test::d("2022-06-30")));
  member::store::rejoin(s, "25LZ", test::d("2024-01-01"));
  const member::store::Membership now = member::store::membership(s, "25LZ");
  CHECK(now.joined == test::d("2024-01-01"));
  CHECK(now.left == std::nullopt);
  const std::vector<member::store::Membership> all = member::store::periods(s, "25LZ");
  REQUIRE(all.size() == 2);
  CHECK(all[0].joined == test::d("2020-01-01"));
  CHECK(all[0].left == test::d("2022-06-30"));
  CHECK(all[1].joined == test::d("2024-01-01"));
  CHECK(member::store::member_codes(s, test::d("2023-01-01")).empty());
  CHECK(member::store::member_codes(s, test::d("2024-01-01")) == std::vector<std::string>{"25LZ"});
}

TEST_CASE("member store: an uptake of the same product that shares a day, the open one") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2020-01-01')");
  const std::int64_t closed = member::store::insert_uptake(s, "25LZ", "VVA", test::d("2024-01-01"), test::d("2024-12-31"));
  const std::int64_t open = member::store::insert_uptake(s, "25LZ", "VVA", test::d("2025-06-01"), std::nullopt);
  auto overlap = [&](const char* from, std::optional<const char*> until) {
    return member::store::overlapping_uptake(s, "25LZ", "VVA", test::d(from),
                                             until ? std::optional(test::d(*until)) : std::nullopt);
  };
  CHECK(overlap("2024-12-31", "2025-01-31") == closed);  // its last day
  CHECK(overlap("2025-01-01", "2025-05-31") == std::nullopt);
  CHECK(overlap("2025-01-01", "2025-06-01") == open);    // the open one's first day
  CHECK(overlap("2030-01-01", std::nullopt) == open);
  CHECK(member::store::overlapping_uptake(s, "25LZ", "CAMBO", test::d("2024-06-01"), std::nullopt) == std::nullopt);
  const auto o = member::store::open_uptake(s, "25LZ", "VVA");
  REQUIRE(o);
  CHECK(o->id == open);
  member::store::end_uptake(s, open, test::d("2026-02-28"));
  CHECK_FALSE(member::store::open_uptake(s, "25LZ", "VVA"));
  CHECK(member::store::uptakes_after(s, "25LZ", test::d("2026-02-27")).size() == 1);
  CHECK(member::store::uptakes_after(s, "25LZ", test::d("2026-02-28")).empty());
}

TEST_CASE("member store, property (R-MEM-7): member_during equals a check of each period, on random periods") {
  const std::uint64_t seed = test::seed(7);
  INFO("seed ", seed);
  std::mt19937_64 rng(seed);
  test::TestDb t("2026-03-01");
  Session s = t.write();
  // 40 members, each with up to three periods one after another; the last may be open.
  std::map<std::string, std::vector<std::pair<Date, std::optional<Date>>>> lives;
  for (int m = 0; m < 40; ++m) {
    const std::string code = "M" + std::to_string(m);
    Date from = Date::from_ymd(2020, 1, 1).plus_days(static_cast<long>(rng() % 400));
    const int n = 1 + static_cast<int>(rng() % 3);
    for (int p = 0; p < n; ++p) {
      std::optional<Date> until = from.plus_days(static_cast<long>(rng() % 500));
      if (p == n - 1 && rng() % 2) until.reset();
      lives[code].push_back({from, until});
      if (until) from = until->plus_days(1 + static_cast<long>(rng() % 300));
    }
    const auto& periods = lives[code];
    SQLite::Statement q(sql(s), "INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES (?, 'x', 1, ?, ?)");
    q.bind(1, code);
    q.bind(2, periods.back().first.str());
    if (periods.back().second) q.bind(3, periods.back().second->str());
    q.exec();
    for (std::size_t p = 0; p + 1 < periods.size(); ++p) {
      SQLite::Statement e(sql(s), "INSERT INTO membership (member, joined, left_on) VALUES (?, ?, ?)");
      e.bind(1, code);
      e.bind(2, periods[p].first.str());
      e.bind(3, periods[p].second->str());
      e.exec();
    }
  }
  SQLite::Statement during(sql(s), "SELECT m.code FROM member m WHERE " + member::store::member_during("m", "?1", "?2") +
                                       " ORDER BY m.code");
  for (int round = 0; round < 200; ++round) {
    const Date from = Date::from_ymd(2019, 6, 1).plus_days(static_cast<long>(rng() % 2500));
    const Date to = from.plus_days(static_cast<long>(rng() % 120));
    INFO(from.str(), " .. ", to.str());
    std::vector<std::string> expected;
    for (const auto& [code, periods] : lives)
      for (const auto& [joined, left] : periods)
        if (joined <= to && (!left || from <= *left)) {
          expected.push_back(code);
          break;
        }
    std::sort(expected.begin(), expected.end());
    during.reset();
    during.bind(1, from.str());
    during.bind(2, to.str());
    std::vector<std::string> got;
    while (during.executeStep()) got.push_back(during.getColumn(0).getString());
    CHECK(got == expected);
  }
}
