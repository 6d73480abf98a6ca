// R-FIN-4 with R-MEM-7, a property: for random member lives (joining, taking up and ending
// products, taking them up again, leaving, rejoining and taking up again), the charges of each year equal a day-by-day recount
// at the fees in force that year; every refused uptake (before joining, after leaving, in the gap
// before a rejoin, overlapping) and every refused rejoin changes nothing. A failure prints the seed and the member.
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <map>
#include <random>

#include <mbov/budget/budget.hpp>
#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/member/member.hpp>
#include "testdb.hpp"

using namespace mbov;

namespace {

constexpr unsigned kSeed = 20261204;
constexpr int kLives = 150;
const char* const kProducts[] = {"CAMBO", "VVA"};

struct Period {
  std::string product;
  Date from;
  std::optional<Date> until;  // the last day
};

// The fees of the test: CAMBO from 2024, changed for 2026; VVA from 2025 only.
struct Fees {
  std::int64_t cambo_2024 = 0, cambo_2026 = 0, vva_2025 = 0;
  std::optional<std::pair<std::int64_t, std::int64_t>> in_force(const std::string& product, int year) const {
    if (product == "CAMBO" && year >= 2026) return std::pair{std::int64_t{25000}, cambo_2026};
    if (product == "CAMBO" && year >= 2024) return std::pair{std::int64_t{100000}, cambo_2024};
    if (product == "VVA" && year >= 2025) return std::pair{std::int64_t{5000}, vva_2025};
    return std::nullopt;
  }
};

std::int64_t rows(Session& s, const char* table) {
  SQLite::Statement q(sql(s), std::string("SELECT count(*) FROM ") + table);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// A refused uptake throws Exit::data and writes nothing.
void refused(Session& s, const member::UptakeInput& u) {
  const std::int64_t uptakes = rows(s, "uptake"), audits = rows(s, "audit");
  bool threw = false;
  try {
    member::uptake(s, u);
  } catch (const Error& e) {
    threw = e.code() == Exit::data;
  }
  CHECK(threw);
  CHECK(rows(s, "uptake") == uptakes);
  CHECK(rows(s, "audit") == audits);
}

// A refused rejoin throws Exit::data and writes nothing.
void refused_rejoin(Session& s, const std::string& code, Date on) {
  const std::int64_t periods = rows(s, "membership"), audits = rows(s, "audit");
  bool threw = false;
  try {
    member::rejoin(s, code, on);
  } catch (const Error& e) {
    threw = e.code() == Exit::data;
  }
  CHECK(threw);
  CHECK(rows(s, "membership") == periods);
  CHECK(rows(s, "audit") == audits);
}

// The recount: each day of the year on which one of the member's periods of the product holds.
std::map<std::pair<std::string, std::string>, budget::Charge> recount(const std::map<std::string, std::vector<Period>>& lives,
                                                                    const Fees& fees, int year) {
  std::map<std::pair<std::string, std::string>, budget::Charge> out;
  const Date first = Date::from_ymd(year, 1, 1), last = Date::from_ymd(year, 12, 31);
  const long year_days = first.days_until(last) + 1;
  for (const auto& [code, periods] : lives)
    for (const char* product : kProducts) {
      const auto fee = fees.in_force(product, year);
      if (!fee) continue;
      long days = 0;
      std::optional<Date> first_uptake;
      for (Date d = first; d <= last; d = d.plus_days(1))
        for (const Period& p : periods)
          if (p.product == product && p.from <= d && (!p.until || d <= *p.until)) {
            ++days;
            break;
          }
      for (const Period& p : periods)
        if (p.product == product && (!first_uptake || p.from < *first_uptake)) first_uptake = p.from;
      if (days == 0) continue;
      // Half up to the cent: the quotient, plus one when the remainder is at least half the divisor.
      const std::int64_t whole = fee->second * days;
      std::int64_t yearly = whole / year_days;
      if (2 * (whole % year_days) >= year_days) ++yearly;
      const std::int64_t one_off = first_uptake->year() == year ? fee->first : 0;
      out[{code, product}] = {.member = code, .product = product, .days = days, .one_off = one_off, .yearly = yearly};
    }
  return out;
}

}  // namespace

TEST_CASE("R-FIN-4, R-MEM-7: random member lives are charged as a day-by-day recount") {
  std::mt19937 rng(kSeed);
  INFO("seed " << kSeed);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  test::TestDb t("2028-06-01");
  Session s = t.write();
  Fees fees{.cambo_2024 = pick(0, 500000), .cambo_2026 = pick(0, 500000), .vva_2025 = pick(0, 500000)};
  budget::set_fee(s, {.product = "CAMBO", .from_year = 2024, .one_off = 100000, .yearly = fees.cambo_2024});
  budget::set_fee(s, {.product = "CAMBO", .from_year = 2026, .one_off = 25000, .yearly = fees.cambo_2026});
  budget::set_fee(s, {.product = "VVA", .from_year = 2025, .one_off = 5000, .yearly = fees.vva_2025});
  std::map<std::string, std::vector<Period>> lives;
  for (int i = 0; i < kLives; ++i) {
    const std::string code = "M" + std::to_string(100 + i);
    INFO("member " << code);
    const Date joined = Date::from_ymd(2023, 6, 1).plus_days(pick(0, 1200));
    member::add(s, {.code = code, .name = "ROC", .contracting_authority = true, .joined = joined});
    std::vector<Period>& life = lives[code];
    refused(s, {.member = code, .product = "CAMBO", .from = joined.plus_days(-1)});
    // Up to three periods of membership (R-MEM-7): uptakes in each, a leave, perhaps a rejoin.
    Date start = joined;
    for (int phase = 0; phase < 3; ++phase) {
      Date day = start.plus_days(pick(0, 200));
      for (int step = pick(1, 5); step > 0; --step) {
        const std::string product = kProducts[pick(0, 1)];
        auto open = std::find_if(life.begin(), life.end(), [&](const Period& p) { return p.product == product && !p.until; });
        if (open != life.end()) {  // end it, then perhaps take it up again later
          member::uptake(s, {.member = code, .product = product, .until = day});
          open->until = day;
        } else {
          auto latest = std::find_if(life.rbegin(), life.rend(), [&](const Period& p) { return p.product == product; });
          if (latest != life.rend() && *latest->until >= day) {  // would overlap: refused
            refused(s, {.member = code, .product = product, .from = day});
            day = latest->until->plus_days(1);
          }
          std::optional<Date> until;
          if (pick(0, 1)) until = day.plus_days(pick(0, 300));
          member::uptake(s, {.member = code, .product = product, .from = day, .until = until});
          life.push_back({product, day, until});
        }
        day = day.plus_days(pick(1, 200));
      }
      if (pick(0, 2) == 0) break;  // stays a member
      const Date last = day.plus_days(pick(0, 120));
      member::leave(s, code, last);
      for (Period& p : life)
        if (!p.until || *p.until > last) p.until = last;
      refused(s, {.member = code, .product = "VVA", .from = last.plus_days(1), .until = last.plus_days(2)});
      refused(s, {.member = code, .product = "VVA", .from = last});  // open-ended past the last day
      if (pick(0, 1) == 0) break;  // does not come back
      start = last.plus_days(pick(1, 300));
      refused_rejoin(s, code, last);  // not after its last day
      member::rejoin(s, code, start);
      // An uptake in the gap, or one reaching back into it, is refused; the earlier period stays.
      if (last.plus_days(1) < start)
        refused(s, {.member = code, .product = "CAMBO", .from = last.plus_days(1), .until = start.plus_days(-1)});
      refused(s, {.member = code, .product = "VVA", .from = start.plus_days(-1)});
    }
  }
  CHECK(rows(s, "membership") > 10);  // the lives do rejoin, some more than once
  for (int year = 2023; year <= 2028; ++year) {
    INFO("year " << year);
    const auto want = recount(lives, fees, year);
    const std::vector<budget::Charge> got = budget::charges(s, year);
    CHECK(got.size() == want.size());
    for (const budget::Charge& c : got) {
      INFO("member " << c.member << ", product " << c.product);
      const auto it = want.find({c.member, c.product});
      REQUIRE(it != want.end());
      CHECK(c.days == it->second.days);
      CHECK(c.one_off == it->second.one_off);
      CHECK(c.yearly == it->second.yearly);
    }
  }
}
