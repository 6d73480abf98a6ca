// Tests for lib/contract/terms.cpp: R-CON-2..4 and R-CON-7, at leap days and month ends.
#include <doctest/doctest.h>

#include <mbov/contract/terms.hpp>
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::contract;

using mbov::test::d;

namespace {
Term standard(const char* start) {
  return Term{.start = d(start), .base_years = 4, .extensions = 2, .extension_years = 2, .notice_months = 6};
}
}  // namespace

TEST_CASE("contract_end: the day before the anniversary, counted from the start (R-CON-2)") {
  CHECK(contract_end(standard("2021-01-01"), 0) == d("2024-12-31"));
  CHECK(contract_end(standard("2021-01-01"), 1) == d("2026-12-31"));
  CHECK(contract_end(standard("2021-01-01"), 2) == d("2028-12-31"));
  CHECK(contract_max_end(standard("2021-01-01")) == d("2028-12-31"));
  CHECK(contract_end(standard("2021-03-15"), 0) == d("2025-03-14"));
}

TEST_CASE("contract_end from 29 February: leap anniversaries stay, others fall on 1 March") {
  const Term t = standard("2024-02-29");
  CHECK(contract_end(t, 0) == d("2028-02-28"));  // 2028-02-29 exists: the day before it
  CHECK(contract_end(t, 1) == d("2030-02-28"));  // 2030 lacks 29 Feb: anniversary 1 March
  CHECK(contract_end(t, 2) == d("2032-02-28"));  // 2032 is a leap year again
  // Never chained: a three-year term from the start, not two plus one from an end.
  const Term odd{.start = d("2024-02-29"), .base_years = 3, .extensions = 1, .extension_years = 1, .notice_months = 6};
  CHECK(contract_end(odd, 0) == d("2027-02-28"));
  CHECK(contract_end(odd, 1) == d("2028-02-28"));
}

TEST_CASE("next_review: an interval after the start, then after the last review (R-CON-3)") {
  CHECK(next_review(d("2021-01-01"), std::nullopt, 12) == d("2022-01-01"));
  CHECK(next_review(d("2021-01-01"), d("2021-10-15"), 12) == d("2022-10-15"));  // early review
  CHECK(next_review(d("2021-01-01"), d("2022-02-10"), 12) == d("2023-02-10"));  // late review
  CHECK(next_review(d("2024-02-29"), std::nullopt, 12) == d("2025-02-28"));    // clamped
  CHECK(next_review(d("2021-01-31"), std::nullopt, 1) == d("2021-02-28"));
}

TEST_CASE("notice_date: the current end minus the notice period, clamped (R-CON-4)") {
  CHECK(notice_date(d("2024-12-31"), 6) == d("2024-06-30"));
  CHECK(notice_date(d("2028-02-28"), 6) == d("2027-08-28"));
  CHECK(notice_date(d("2024-08-31"), 6) == d("2024-02-29"));
  CHECK(notice_date(d("2024-12-31"), 0) == d("2024-12-31"));
}

TEST_CASE("contract_status: active, ending once terminated, ended after the end (R-CON-7)") {
  const Date end = d("2024-12-31");
  CHECK(contract_status(end, false, d("2024-12-31")) == ContractStatus::active);
  CHECK(contract_status(end, false, d("2025-01-01")) == ContractStatus::ended);
  CHECK(contract_status(end, true, d("2024-12-31")) == ContractStatus::ending);
  CHECK(contract_status(end, true, d("2025-01-01")) == ContractStatus::ended);
  CHECK(std::string(status_name(ContractStatus::ending)) == "ending");
}
