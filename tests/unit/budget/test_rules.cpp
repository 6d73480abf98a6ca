#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "seed.hpp"
#include <mbov/budget/budget.hpp>

using namespace mbov;
using budget::Kind;

TEST_CASE("classify (R-FIN-1): investment from the minimum value and more than the minimum life") {
  const Policy::Finance p = Policy::defaults().finance;  // 1000 euros, longer than 1 year
  CHECK(budget::classify(100000, 2, p) == Kind::investment);
  CHECK(budget::classify(99999, 2, p) == Kind::running);    // a cent below the minimum
  CHECK(budget::classify(100000, 1, p) == Kind::running);   // not longer than one year
  CHECK(budget::classify(std::nullopt, 5, p) == Kind::running);
  CHECK(budget::classify(500000, std::nullopt, p) == Kind::running);
  Policy::Finance q = p;
  q.investment_min_eur = 0;
  q.investment_min_life_years = 0;
  CHECK(budget::classify(0, 1, q) == Kind::investment);
  CHECK(budget::kind_name(Kind::running) == "running");
}

TEST_CASE("Realisation (R-FIN-3): left, percent, overspent") {
  budget::Realisation r{.budgeted = 1000, .spent = 250};
  CHECK(r.left() == 750);
  CHECK(r.percent() == 25);
  CHECK_FALSE(r.overspent());
  r.spent = 1001;
  CHECK(r.overspent());
  CHECK(r.left() == -1);
  CHECK(r.percent() == 100);
  CHECK_FALSE((budget::Realisation{.budgeted = 0, .spent = 5}).percent());
}

TEST_CASE("pro_rata (R-FIN-4): the yearly fee by days, to the nearest cent") {
  CHECK(budget::pro_rata(120000, 365, 365) == 120000);
  CHECK(budget::pro_rata(120000, 0, 365) == 0);
  CHECK(budget::pro_rata(36500, 1, 365) == 100);
  CHECK(budget::pro_rata(100, 1, 3) == 33);   // 33.33 down
  CHECK(budget::pro_rata(100, 2, 3) == 67);   // 66.67 up
  CHECK(budget::pro_rata(1, 1, 2) == 1);      // half up
}

TEST_CASE("year_days (R-FIN-4): the days a yearly fee is divided by") {
  CHECK(budget::year_days(2025) == 365);
  CHECK(budget::year_days(2024) == 366);
  CHECK(budget::year_days(2000) == 366);
  CHECK(budget::year_days(1900) == 365);
}

TEST_CASE("property: pro_rata is monotone, exact at the ends, and within half a cent of the exact share") {
  const std::uint64_t seed = mbov::test::seed(20261204);
  INFO("seed ", seed);
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 5000; ++i) {
    const long year = rng() % 2 ? 365 : 366;
    const std::int64_t fee = static_cast<std::int64_t>(rng() % 100'000'000);
    const long days = static_cast<long>(rng() % (year + 1));
    CAPTURE(fee);
    CAPTURE(days);
    const std::int64_t got = budget::pro_rata(fee, days, year);
    const long double exact = static_cast<long double>(fee) * days / year;
    CHECK(std::fabs(static_cast<long double>(got) - exact) <= 0.5L + 1e-9L);
    if (days < year) CHECK(got <= budget::pro_rata(fee, days + 1, year));
  }
}
