// Tests for lib/core/records.cpp (R-GEN-2): the day the records begin, which periods a check
// judges, which deadlines count from it, and a decision dated before it.
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/records.hpp>
#include "helpers.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using test::exit_of;

TEST_CASE("records from (R-GEN-2): without a first day every period is judged and counts from its start") {
  test::TestDb t;
  Session s = t.write();
  CHECK(records_from(s) == std::nullopt);
  CHECK(judged(s, test::d("1990-01-01")));
  CHECK(counted_from(s, test::d("2019-05-01")) == test::d("2019-05-01"));
  CHECK(exit_of([&] { require_before_records(s, test::d("2019-05-01"), "the PDC"); }) == Exit::data);
}

TEST_CASE("records from (R-GEN-2): a period before the first day is not judged, a deadline counts from it") {
  set_language(Language::en);
  test::TestDb t;
  Session s = t.write();
  set_records_from(s, test::d("2020-01-01"));
  set_records_from(s, test::d("2021-01-01"));  // set again: replaces the day
  CHECK(records_from(s) == test::d("2021-01-01"));
  CHECK_FALSE(judged(s, test::d("2020-12-31")));
  CHECK(judged(s, test::d("2021-01-01")));
  CHECK(judged(s, test::d("2021-06-01")));
  CHECK(counted_from(s, test::d("2019-05-01")) == test::d("2021-01-01"));
  CHECK(counted_from(s, test::d("2021-01-01")) == test::d("2021-01-01"));
  CHECK(counted_from(s, test::d("2022-03-04")) == test::d("2022-03-04"));
  CHECK(exit_of([&] { require_before_records(s, test::d("2020-12-31"), "the PDC"); }) == Exit::ok);
  try {
    require_before_records(s, test::d("2021-01-01"), "the PDC");
    FAIL("a day not before the records was accepted");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(e.rule() == "R-GEN-2");
    CHECK(std::string(e.what()).starts_with("the PDC "));
  }
  s.commit();  // audited: the commit refuses an unaudited change
  Session again = t.read();
  CHECK(records_from(again) == test::d("2021-01-01"));
}
