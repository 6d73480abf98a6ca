#include <doctest/doctest.h>

#include "report/report.hpp"
#include "text_dates.hpp"

using namespace mbov;
using report::ContractTerms;

using mbov::test::d;

namespace {
ContractTerms terms(const char* start) {
  ContractTerms t;
  t.start = d(start);
  t.base_years = 4, t.extensions = 2, t.extension_years = 2, t.notice_months = 6;
  return t;
}
}  // namespace

TEST_CASE("contract_dates: R-CON-2 terms from the start, R-CON-3 reviews, R-CON-4 notice") {
  auto c = report::contract_dates(terms("2021-01-01"), 12, d("2021-01-01"));
  CHECK(c.end == d("2024-12-31"));
  CHECK(c.max_end == d("2028-12-31"));
  CHECK(c.next_review == d("2022-01-01"));
  CHECK(c.notice_date == d("2024-06-30"));
  CHECK(c.extensions_left == 2);
  CHECK(c.status == "active");

  ContractTerms t = terms("2021-01-01");
  t.extensions_used = 1;
  t.last_review = d("2023-03-31");
  c = report::contract_dates(t, 12, d("2025-01-01"));
  CHECK(c.end == d("2026-12-31"));  // base + one extension, counted from the start
  CHECK(c.extensions_left == 1);
  CHECK(c.next_review == d("2024-03-31"));
}

TEST_CASE("contract_dates: 29 February and month-end clamping") {
  auto c = report::contract_dates(terms("2024-02-29"), 12, d("2024-03-01"));
  CHECK(c.end == d("2028-02-28"));  // 2028-02-29 exists: the day before it
  CHECK(c.next_review == d("2025-02-28"));  // clamped
  ContractTerms t = terms("2020-02-29");
  t.base_years = 1;
  c = report::contract_dates(t, 12, d("2020-03-01"));
  CHECK(c.end == d("2021-02-28"));  // anniversary 2021-03-01, the day before
  ContractTerms u = terms("2022-09-01");
  u.notice_months = 6;
  c = report::contract_dates(u, 12, d("2022-09-01"));
  CHECK(c.end == d("2026-08-31"));
  CHECK(c.notice_date == d("2026-02-28"));  // 31 August - 6 months clamps to February's end
}

TEST_CASE("contract_dates: a termination sets the end and the status") {
  ContractTerms t = terms("2020-03-01");
  t.termination_end = d("2027-02-28");
  CHECK(report::contract_dates(t, 12, d("2026-11-25")).status == "ending");
  CHECK(report::contract_dates(t, 12, d("2026-11-25")).end == d("2027-02-28"));
  CHECK(report::contract_dates(t, 12, d("2027-03-01")).status == "ended");
  CHECK(report::contract_dates(terms("2010-01-01"), 12, d("2014-01-01")).status == "ended");
}
