// Tests for lib/core/dates.cpp: strict parsing, R-CON-2 date arithmetic, ISO weeks, time zones.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <random>
#include <utility>
#include <string>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/core/error.hpp>
#include "text_dates.hpp"

using mbov::Date;
using mbov::Duration;
using mbov::Error;
using mbov::Exit;
using mbov::Timestamp;

using mbov::test::d;
using mbov::test::ts;

namespace {

// The exit status a call fails with: -1 if it does not throw, -2 for a non-mbov exception.
template <class F>
int code_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return static_cast<int>(e.code());
  } catch (...) {
    return -2;
  }
  return -1;
}

template <class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no exception)";
}

const int data = static_cast<int>(Exit::data);

// Sets TZ for one test and restores the previous value (or its absence) afterwards.
class TzGuard {
 public:
  explicit TzGuard(const char* tz) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~TzGuard() {
    if (old_) setenv("TZ", old_->c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }
  TzGuard(const TzGuard&) = delete;
  TzGuard& operator=(const TzGuard&) = delete;

 private:
  std::optional<std::string> old_;
};

}  // namespace

// ---- Date parsing -----------------------------------------------------------------------------

TEST_CASE("Date::parse accepts real YYYY-MM-DD days") {
  const Date x = d("2026-11-27");
  CHECK(x.year() == 2026);
  CHECK(x.month() == 11);
  CHECK(x.day() == 27);
  CHECK(x.str() == "2026-11-27");
  CHECK(d("2024-02-29").str() == "2024-02-29");
  CHECK(d("2000-02-29").str() == "2000-02-29");
  CHECK(d("1900-01-01").str() == "1900-01-01");
  CHECK(d("9998-12-31").str() == "9998-12-31");
  CHECK_THROWS_AS(d("1899-12-31"), Error);  // input years are 1900..9998 (Date::min_year, max_year)
  CHECK_THROWS_AS(d("9999-01-01"), Error);
  CHECK(d("1970-01-01") == Date());
  CHECK(d("1970-01-02").days().time_since_epoch().count() == 1);
  CHECK(d("1969-12-31").days().time_since_epoch().count() == -1);
}

TEST_CASE("Date::parse rejects every malformed or impossible date with Exit::data") {
  const std::vector<std::string> bad = {
      "",           "2026-2-3",    "2026-02-3",   "26-02-03",    "2026/02/03",  "2026-02-03 ",
      " 2026-02-03", "2026-02-03T00:00", "20260203", "2026-13-01", "2026-00-10", "2026-02-30",
      "2025-02-29", "1900-02-29",  "2026-04-31",  "2026-06-31",  "2026-01-00",  "2026-01-32",
      "2026-0a-01", "+026-01-01",  "-026-01-01",  "2026-1-001",  "2026_02_03",  "2026-02-03\n",
      "２026-02-03", "2026-02-0 ", "abcd-ef-gh",  "2026--02-03", std::string("2026-02-0\0", 10)};
  for (const auto& s : bad) {
    CAPTURE(s);
    CHECK(code_of([&] { Date::parse(s, "--since"); }) == data);
    CHECK(message_of([&] { Date::parse(s, "--since"); }).find("--since") != std::string::npos);
  }
}

TEST_CASE("Date::parse error messages name the option and the reason") {
  CHECK(message_of([] { Date::parse("2026-02-30", "--since"); }) ==
        "invalid date for --since: '2026-02-30' (no such day)");
  CHECK(message_of([] { Date::parse("2025-02-29", "--on"); }) == "invalid date for --on: '2025-02-29' (no such day)");
  CHECK(message_of([] { Date::parse("2026-13-01", "--on"); }) ==
        "invalid date for --on: '2026-13-01' (no such month)");
  CHECK(message_of([] { Date::parse("27-11-2026", "start"); }) ==
        "invalid date for start: '27-11-2026' (want YYYY-MM-DD)");
  CHECK(message_of([] { Date::parse("2026-02-30", ""); }) == "invalid date '2026-02-30' (no such day)");
  try {
    Date::parse("x", "--on");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(e.rule().empty());
    CHECK(english(e.hint()).find("YYYY-MM-DD") != std::string::npos);
  }
}

TEST_CASE("Date::from_ymd and from_days") {
  CHECK(Date::from_ymd(2024, 2, 29).str() == "2024-02-29");
  CHECK(Date::from_ymd(2026, 1, 5) == d("2026-01-05"));
  CHECK(code_of([] { Date::from_ymd(2026, 2, 30); }) == data);
  CHECK(code_of([] { Date::from_ymd(2025, 2, 29); }) == data);
  CHECK(code_of([] { Date::from_ymd(2026, 0, 1); }) == data);
  CHECK(code_of([] { Date::from_ymd(2026, 13, 1); }) == data);
  CHECK(code_of([] { Date::from_ymd(2026, 1, 0); }) == data);
  CHECK(code_of([] { Date::from_ymd(2026, 1, -1); }) == data);
  CHECK(code_of([] { Date::from_ymd(70000, 1, 1); }) == data);  // would wrap in std::chrono::year
  const Date x = d("2026-11-27");
  CHECK(Date::from_days(x.days()) == x);
}

TEST_CASE("Date::str pads small years and round-trips through parse for every day of 1999-2031") {
  CHECK(Date::from_ymd(33, 3, 3).str() == "0033-03-03");
  for (Date x = d("1999-01-01"); x <= d("2031-12-31"); x = x.plus_days(1)) {
    REQUIRE(Date::parse(x.str(), "x") == x);
    REQUIRE(Date::from_ymd(x.year(), x.month(), x.day()) == x);
  }
}

TEST_CASE("Date::weekday is ISO: Monday 1 to Sunday 7") {
  CHECK(d("2021-01-04").weekday() == 1);
  CHECK(d("2026-11-27").weekday() == 5);
  CHECK(d("2024-12-29").weekday() == 7);
  CHECK(d("1970-01-01").weekday() == 4);
  CHECK(d("2026-11-28").weekday() == 6);
}

TEST_CASE("Date comparisons and day arithmetic") {
  CHECK(d("2026-01-01") < d("2026-01-02"));
  CHECK(d("2025-12-31") < d("2026-01-01"));
  CHECK(d("2026-01-01") == d("2026-01-01"));
  CHECK(d("2026-01-01") != d("2026-01-02"));
  CHECK(d("2026-01-02") >= d("2026-01-01"));
  CHECK(d("2026-12-31").plus_days(1) == d("2027-01-01"));
  CHECK(d("2024-02-28").plus_days(1) == d("2024-02-29"));
  CHECK(d("2025-02-28").plus_days(1) == d("2025-03-01"));
  CHECK(d("2026-03-01").plus_days(-1) == d("2026-02-28"));
  CHECK(d("2024-01-01").days_until(d("2025-01-01")) == 366);
  CHECK(d("2025-01-01").days_until(d("2026-01-01")) == 365);
  CHECK(d("2026-01-10").days_until(d("2026-01-01")) == -9);
  CHECK(d("2026-01-10").days_until(d("2026-01-10")) == 0);
}

// ---- R-CON-2 month and anniversary arithmetic ----------------------------------------------------

TEST_CASE("add_months clamps to the month's last day in both directions") {
  CHECK(d("2024-01-31").add_months(1) == d("2024-02-29"));  // leap year
  CHECK(d("2025-01-31").add_months(1) == d("2025-02-28"));  // common year
  CHECK(d("2026-03-31").add_months(-1) == d("2026-02-28"));
  CHECK(d("2024-03-31").add_months(-1) == d("2024-02-29"));
  CHECK(d("2026-08-31").add_months(6) == d("2027-02-28"));
  CHECK(d("2027-08-31").add_months(6) == d("2028-02-29"));
  CHECK(d("2026-05-31").add_months(1) == d("2026-06-30"));
  CHECK(d("2026-07-31").add_months(-1) == d("2026-06-30"));
  CHECK(d("2024-12-31").add_months(-6) == d("2024-06-30"));  // notice date before a 2024-12-31 end
  CHECK(d("2021-01-01").add_months(12) == d("2022-01-01"));  // first review after a start
  CHECK(d("2026-12-15").add_months(1) == d("2027-01-15"));
  CHECK(d("2026-01-15").add_months(-1) == d("2025-12-15"));
  CHECK(d("2026-01-15").add_months(-13) == d("2024-12-15"));
  CHECK(d("2026-01-15").add_months(-24) == d("2024-01-15"));
  CHECK(d("2026-01-15").add_months(25) == d("2028-02-15"));
  CHECK(d("2026-01-15").add_months(0) == d("2026-01-15"));
  CHECK(d("2024-02-29").add_months(12) == d("2025-02-28"));  // clamps, unlike anniversary()
  CHECK(d("2026-02-28").add_months(1) == d("2026-03-28"));   // keeps the day, not "end of month"
}

TEST_CASE("anniversary: a missing 29 February falls on 1 March") {
  CHECK(d("2024-02-29").anniversary(1) == d("2025-03-01"));
  CHECK(d("2024-02-29").anniversary(4) == d("2028-02-29"));
  CHECK(d("2024-02-29").anniversary(76) == d("2100-03-01"));  // 2100 is not a leap year
  CHECK(d("2024-02-29").anniversary(-1) == d("2023-03-01"));
  CHECK(d("2024-02-29").anniversary(0) == d("2024-02-29"));
  CHECK(d("2021-03-15").anniversary(4) == d("2025-03-15"));
  CHECK(d("2024-02-28").anniversary(1) == d("2025-02-28"));
}

TEST_CASE("term_end: the day before the n-th anniversary (R-CON-2)") {
  const Date start = d("2021-01-01");
  CHECK(start.term_end(4) == d("2024-12-31"));         // base term
  CHECK(start.term_end(4 + 2 * 2) == d("2028-12-31"));  // maximum end: base 4 + 2 extensions of 2
  CHECK(start.term_end(1) == d("2021-12-31"));
  CHECK(d("2024-02-29").term_end(1) == d("2025-02-28"));
  CHECK(d("2024-02-29").term_end(4) == d("2028-02-28"));
  CHECK(d("2024-02-29").term_end(5) == d("2029-02-28"));
  CHECK(d("2024-02-28").term_end(1) == d("2025-02-27"));
  CHECK(d("2023-03-01").term_end(1) == d("2024-02-29"));
  CHECK(d("2026-11-27").term_end(4) == d("2030-11-26"));
  // Counted from the start, never chained: 1 + 1 from 2024-02-29 is not 2026-02-27.
  CHECK(d("2024-02-29").term_end(2) == d("2026-02-28"));
}

// ---- ISO weeks -----------------------------------------------------------------------------------

TEST_CASE("iso_week at year boundaries") {
  using P = std::pair<int, int>;
  CHECK(d("2020-12-31").iso_week() == P{2020, 53});
  CHECK(d("2021-01-01").iso_week() == P{2020, 53});
  CHECK(d("2021-01-03").iso_week() == P{2020, 53});
  CHECK(d("2021-01-04").iso_week() == P{2021, 1});
  CHECK(d("2026-01-01").iso_week() == P{2026, 1});
  CHECK(d("2025-12-29").iso_week() == P{2026, 1});
  CHECK(d("2026-12-31").iso_week() == P{2026, 53});
  CHECK(d("2027-01-03").iso_week() == P{2026, 53});
  CHECK(d("2027-01-04").iso_week() == P{2027, 1});
  CHECK(d("2024-12-30").iso_week() == P{2025, 1});
  CHECK(d("2024-12-29").iso_week() == P{2024, 52});
  CHECK(d("2019-12-30").iso_week() == P{2020, 1});
  CHECK(d("2026-11-27").iso_week() == P{2026, 48});
}

TEST_CASE("iso_weeks_in_year: 52 or 53") {
  CHECK(Date::iso_weeks_in_year(2004) == 53);
  CHECK(Date::iso_weeks_in_year(2015) == 53);
  CHECK(Date::iso_weeks_in_year(2020) == 53);
  CHECK(Date::iso_weeks_in_year(2021) == 52);
  CHECK(Date::iso_weeks_in_year(2025) == 52);
  CHECK(Date::iso_weeks_in_year(2026) == 53);
  CHECK(Date::iso_weeks_in_year(2032) == 53);
  CHECK(Date::iso_weeks_in_year(2027) == 52);
}

TEST_CASE("iso_week agrees with strftime %G-W%V and from_iso_week inverts it, 1999-2031") {
  for (Date x = d("1999-01-01"); x <= d("2031-12-31"); x = x.plus_days(1)) {
    const std::time_t t = static_cast<std::time_t>(x.days().time_since_epoch().count()) * 86400;
    std::tm tm;
    gmtime_r(&t, &tm);
    char want[16];
    std::strftime(want, sizeof want, "%G-W%V", &tm);
    const auto [y, w] = x.iso_week();
    char got[16];
    std::snprintf(got, sizeof got, "%04d-W%02d", y, w);
    REQUIRE(std::string(got) == want);
    REQUIRE(Date::from_iso_week(y, w).plus_days(x.weekday() - 1) == x);
    REQUIRE(Date::parse_iso_week(got, "x").plus_days(x.weekday() - 1) == x);
  }
}

TEST_CASE("from_iso_week and parse_iso_week return the Monday") {
  CHECK(Date::from_iso_week(2026, 48) == d("2026-11-23"));
  CHECK(Date::from_iso_week(2020, 53) == d("2020-12-28"));
  CHECK(Date::from_iso_week(2021, 1) == d("2021-01-04"));
  CHECK(Date::from_iso_week(2026, 1) == d("2025-12-29"));
  CHECK(Date::from_iso_week(2026, 53) == d("2026-12-28"));
  CHECK(Date::parse_iso_week("2026-W48", "--week") == d("2026-11-23"));
  CHECK(Date::parse_iso_week("2026-W53", "--week") == d("2026-12-28"));
  CHECK(Date::parse_iso_week("2020-W01", "--week") == d("2019-12-30"));
  CHECK(code_of([] { Date::from_iso_week(2025, 53); }) == data);
  CHECK(code_of([] { Date::from_iso_week(2026, 0); }) == data);
  CHECK(code_of([] { Date::from_iso_week(2026, 54); }) == data);
  CHECK(code_of([] { Date::from_iso_week(2026, -1); }) == data);
}

TEST_CASE("parse_iso_week rejects bad forms and weeks the year lacks") {
  for (const char* s : {"2025-W53", "2026-W00", "2026-W54", "2026-W99", "2026W48", "2026-w48", "2026-W4",
                        "2026-W048", "2026-W48-1", "", "2026-48", "2026-W4a", "W48-2026", "2026-W48 "}) {
    CAPTURE(s);
    CHECK(code_of([&] { Date::parse_iso_week(s, "--week"); }) == data);
    CHECK(message_of([&] { Date::parse_iso_week(s, "--week"); }).find("--week") != std::string::npos);
  }
  CHECK(message_of([] { Date::parse_iso_week("2025-W53", "--week"); }) ==
        "invalid ISO week for --week: '2025-W53' (2025 has 52 ISO weeks)");
  CHECK(message_of([] { Date::parse_iso_week("2026W48", "--week"); }) ==
        "invalid ISO week for --week: '2026W48' (want YYYY-Www)");
}

TEST_CASE("the local date of a moment (what Date::today is of the clock)") {
  TzGuard tz("Pacific/Kiritimati");  // UTC+14: differs from the UTC date for 14 hours a day
  CHECK(Timestamp::parse("2026-03-01T09:59:59Z", "t").local_date() == Date::parse("2026-03-01", "d"));
  CHECK(Timestamp::parse("2026-03-01T10:00:00Z", "t").local_date() == Date::parse("2026-03-02", "d"));
}

// ---- Durations ---------------------------------------------------------------------------------

TEST_CASE("Duration::parse accepts count + unit") {
  CHECK(Duration::parse("30d", "--within") == Duration{30, 'd'});
  CHECK(Duration::parse("6w", "--within") == Duration{6, 'w'});
  CHECK(Duration::parse("3m", "--within") == Duration{3, 'm'});
  CHECK(Duration::parse("1y", "--within") == Duration{1, 'y'});
  CHECK(Duration::parse("100000d", "--within") == Duration{100000, 'd'});
  CHECK(Duration::parse("1000y", "--within") == Duration{1000, 'y'});
  CHECK(Duration::parse("07d", "--within") == Duration{7, 'd'});  // leading zeros are harmless
  CHECK(Duration::parse("30d", "x").str() == "30d");
  CHECK(Duration{12, 'm'}.str() == "12m");
}

TEST_CASE("Duration::parse rejects everything else with Exit::data") {
  for (const char* s : {"", "d", "30", "30x", "30D", "30M", "30 d", " 30d", "30d ", "-3d", "+3d", "0d", "00d",
                        "3.5d", "1e3d", "100001d", "10001w", "10001m", "1001y", "99999999d", "3dd", "d3",
                        "3 m", "3mo", "1y2m", "P30D", "30days", "０d"}) {
    CAPTURE(s);
    CHECK(code_of([&] { Duration::parse(s, "--within"); }) == data);
    const std::string m = message_of([&] { Duration::parse(s, "--within"); });
    CHECK(m.find("--within") != std::string::npos);
  }
  CHECK(message_of([] { Duration::parse("30x", "--within"); }).find("30d, 6w, 3m, 1y") != std::string::npos);
  CHECK(message_of([] { Duration::parse("1001y", "--within"); }) ==
        "invalid duration for --within: '1001y' (at most 1000y)");
}

TEST_CASE("Duration::after and days_from") {
  const Date from = d("2026-01-15");
  CHECK(Duration{30, 'd'}.after(from) == d("2026-02-14"));
  CHECK(Duration{6, 'w'}.after(from) == d("2026-02-26"));
  CHECK(Duration{3, 'm'}.after(d("2025-11-30")) == d("2026-02-28"));
  CHECK(Duration{1, 'y'}.after(d("2024-02-29")) == d("2025-02-28"));  // clamped like months
  CHECK(Duration{1, 'y'}.after(from) == d("2027-01-15"));
  CHECK(Duration{30, 'd'}.days_from(from) == 30);
  CHECK(Duration{6, 'w'}.days_from(from) == 42);
  CHECK(Duration{1, 'y'}.days_from(d("2024-01-01")) == 366);
  CHECK(Duration{1, 'y'}.days_from(d("2025-01-01")) == 365);
  CHECK(Duration{1, 'm'}.days_from(d("2026-01-31")) == 28);
  CHECK(Duration{1000, 'y'}.after(d("8999-12-31")).year() == 9999);
  CHECK(code_of([&] { Duration{1000, 'y'}.after(d("9998-12-31")); }) == static_cast<int>(Exit::data));  // past 9999
  CHECK(code_of([] { Duration{1, 'x'}.after(Date()); }) == static_cast<int>(Exit::software));
}

// ---- Timestamps ----------------------------------------------------------------------------------

TEST_CASE("Timestamp::parse with Z and explicit offsets") {
  CHECK(ts("2026-11-27T10:00Z").utc() == "2026-11-27T10:00:00Z");
  CHECK(ts("2026-05-04T09:00+02:00").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T09:00:00+0200").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T09:00:00+02").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T01:30-0530").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T01:30:00-05:30").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T07:00:00+00:00").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T07:00:00-00:00").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04 07:00:00Z").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T07:00:00.123Z").utc() == "2026-05-04T07:00:00Z");
  CHECK(ts("2026-05-04T07:00:59,999999+00:00").utc() == "2026-05-04T07:00:59Z");
  CHECK(ts("2026-01-01T01:00+02:00").utc() == "2025-12-31T23:00:00Z");
  CHECK(ts("2024-02-29T23:59:59-01:00").utc() == "2024-03-01T00:59:59Z");
  CHECK(ts("2026-05-04T07:00:00+01:19:32").utc() == "2026-05-04T05:40:28Z");
  CHECK(ts("1970-01-01T00:00Z").sys().time_since_epoch().count() == 0);
  CHECK(ts("1969-12-31T23:59:59Z").sys().time_since_epoch().count() == -1);
  CHECK(ts("1969-12-31T23:59:59Z").utc() == "1969-12-31T23:59:59Z");
  CHECK(ts("2026-11-27T10:00Z") == ts("2026-11-27T11:00+01:00"));
}

TEST_CASE("Timestamp::parse rejects every malformed timestamp with Exit::data") {
  for (const char* s :
       {"", "2026-11-27", "2026-11-27T", "2026-11-27T10", "2026-11-27T10:0", "2026-11-27T1:00", "2026-11-27T10:00:",
        "2026-11-27T24:00Z", "2026-11-27T10:60Z", "2026-11-27T10:00:60Z", "2026-11-27T10:00:5Z",
        "2026-11-27T10:00:00.Z", "2026-11-27T10:00.5Z", "2026-02-30T10:00Z", "2025-02-29T10:00",
        "2026-13-01T10:00Z", "2026-11-27t10:00Z", "2026-11-27T10:00z", "2026-11-27T10:00 Z", "2026-11-27T10:00+2",
        "2026-11-27T10:00+02:0", "2026-11-27T10:00+0200:", "2026-11-27T10:00+24:00", "2026-11-27T10:00+02:60",
        "2026-11-27T10:00ZZ", "2026-11-27T10:00Z ", " 2026-11-27T10:00Z", "2026-11-27X10:00Z",
        "2026-11-27T10:00+02:00Z", "2026-11-27T10-00Z", "2026/11/27T10:00Z", "2026-11-27T10:00:00+02:00:0",
        "2026-11-27T10:00+", "2026-11-27T10:00-", "2026-11-27T10:00+02:00:60", "2026-11-27T10:00+020",
        "2026-11-27T10:00:00.12a", "2026-11-27T-1:00Z", "2026-11-27T10:00UTC", "2026-11-27T10:00 +02:00",
        "2026-11-27T1a:00Z", "2026-11-27  10:00Z"}) {
    CAPTURE(s);
    CHECK(code_of([&] { Timestamp::parse(s, "--at"); }) == data);
    CHECK(message_of([&] { Timestamp::parse(s, "--at"); }).find("--at") != std::string::npos);
  }
  CHECK(message_of([] { Timestamp::parse("2026-11-27T24:00Z", "--at"); }) ==
        "invalid timestamp for --at: '2026-11-27T24:00Z' (hour must be 00-23)");
  CHECK(message_of([] { Timestamp::parse("2026-02-30T10:00Z", "--at"); }) ==
        "invalid timestamp for --at: '2026-02-30T10:00Z' (no such day)");
}

TEST_CASE("Timestamp: the storage form round-trips, 1900-2100") {
  TzGuard tz("Europe/Amsterdam");
  // A step that is not a multiple of a minute, hour or day visits every field value.
  for (long long s = -2208988800LL; s < 4102444800LL; s += 7919LL * 61) {
    const Timestamp t = Timestamp::from_sys(std::chrono::sys_seconds(std::chrono::seconds(s)));
    REQUIRE(t.sys().time_since_epoch().count() == s);
    REQUIRE(Timestamp::parse(t.utc(), "x") == t);
    REQUIRE(Timestamp::parse(t.local(), "x") == t);  // the offset local() prints is exact
    REQUIRE(t.utc() < t.plus_seconds(1).utc());     // sorts as text
  }
}

TEST_CASE("Timestamp: local time in Europe/Amsterdam across the 2026 DST changes") {
  TzGuard tz("Europe/Amsterdam");
  CHECK(ts("2026-01-15T12:00").utc() == "2026-01-15T11:00:00Z");
  CHECK(ts("2026-07-01T12:00").utc() == "2026-07-01T10:00:00Z");
  CHECK(ts("2026-05-04 09:00:00").utc() == "2026-05-04T07:00:00Z");
  // Spring forward: 02:00 CET becomes 03:00 CEST (01:00Z).
  CHECK(ts("2026-03-29T01:30").utc() == "2026-03-29T00:30:00Z");
  CHECK(ts("2026-03-29T01:59:59").utc() == "2026-03-29T00:59:59Z");
  CHECK(ts("2026-03-29T03:00").utc() == "2026-03-29T01:00:00Z");
  CHECK(ts("2026-03-29T03:30").utc() == "2026-03-29T01:30:00Z");
  // A skipped time takes the offset before the change: 02:30 is read as 03:30 summer time.
  CHECK(ts("2026-03-29T02:30").utc() == "2026-03-29T01:30:00Z");
  // Fall back: 03:00 CEST becomes 02:00 CET (01:00Z).
  CHECK(ts("2026-10-25T01:30").utc() == "2026-10-24T23:30:00Z");
  CHECK(ts("2026-10-25T03:30").utc() == "2026-10-25T02:30:00Z");
  // A repeated time takes the earlier instant, whatever was converted before (glibc's mktime does not).
  ts("2026-01-15T12:00");
  CHECK(ts("2026-10-25T02:30").utc() == "2026-10-25T00:30:00Z");
  ts("2026-07-15T12:00");
  CHECK(ts("2026-10-25T02:30").utc() == "2026-10-25T00:30:00Z");
  ts("2026-10-25T03:30");
  CHECK(ts("2026-10-25T02:30").utc() == "2026-10-25T00:30:00Z");
  // An explicit offset is not affected by TZ.
  CHECK(ts("2026-10-25T02:30+01:00").utc() == "2026-10-25T01:30:00Z");
}

TEST_CASE("Timestamp::local prints the offset in force at that instant") {
  TzGuard tz("Europe/Amsterdam");
  CHECK(ts("2026-05-04T07:00:00Z").local() == "2026-05-04T09:00:00+02:00");
  CHECK(ts("2026-01-15T11:00:00Z").local() == "2026-01-15T12:00:00+01:00");
  CHECK(ts("2026-03-29T00:59:59Z").local() == "2026-03-29T01:59:59+01:00");
  CHECK(ts("2026-03-29T01:00:00Z").local() == "2026-03-29T03:00:00+02:00");
  CHECK(ts("2026-10-25T00:59:59Z").local() == "2026-10-25T02:59:59+02:00");
  CHECK(ts("2026-10-25T01:00:00Z").local() == "2026-10-25T02:00:00+01:00");
  CHECK(ts("1930-07-01T12:00:00Z").local() == "1930-07-01T13:19:32+01:19:32");  // Amsterdam summer time
}

TEST_CASE("Timestamp::local in other zones") {
  {
    TzGuard tz("UTC");
    CHECK(ts("2026-05-04T07:00:00Z").local() == "2026-05-04T07:00:00+00:00");
    CHECK(ts("2026-05-04T07:00") == ts("2026-05-04T07:00Z"));
  }
  {
    TzGuard tz("Asia/Kolkata");
    CHECK(ts("2026-05-04T07:00:00Z").local() == "2026-05-04T12:30:00+05:30");
    CHECK(ts("2026-05-04T12:30").utc() == "2026-05-04T07:00:00Z");
  }
  {
    TzGuard tz("America/St_Johns");
    CHECK(ts("2026-01-15T12:00:00Z").local() == "2026-01-15T08:30:00-03:30");
    CHECK(ts("2026-07-15T12:00:00Z").local() == "2026-07-15T09:30:00-02:30");
    CHECK(ts("2026-07-15T09:30").utc() == "2026-07-15T12:00:00Z");
  }
}

TEST_CASE("Timestamp local_date, utc_date and local_noon") {
  TzGuard tz("Europe/Amsterdam");
  const Timestamp late = ts("2026-05-04T23:30:00Z");
  CHECK(late.utc_date() == d("2026-05-04"));
  CHECK(late.local_date() == d("2026-05-05"));
  CHECK(ts("1969-12-31T23:59:59Z").utc_date() == d("1969-12-31"));
  CHECK(Timestamp::local_noon(d("2026-01-15")).utc() == "2026-01-15T11:00:00Z");
  CHECK(Timestamp::local_noon(d("2026-03-29")).utc() == "2026-03-29T10:00:00Z");
  CHECK(Timestamp::local_noon(d("2026-10-25")).utc() == "2026-10-25T11:00:00Z");
  CHECK(Timestamp::local_noon(d("2026-03-29")).local() == "2026-03-29T12:00:00+02:00");
  for (Date x = d("2026-01-01"); x <= d("2026-12-31"); x = x.plus_days(1)) {
    REQUIRE(Timestamp::local_noon(x).local_date() == x);
  }
}

TEST_CASE("Timestamp arithmetic and comparisons") {
  const Timestamp a = ts("2026-05-04T07:00:00Z");
  CHECK(a.plus_seconds(59).utc() == "2026-05-04T07:00:59Z");
  CHECK(a.plus_seconds(-1).utc() == "2026-05-04T06:59:59Z");
  CHECK(a.plus_hours(72).utc() == "2026-05-07T07:00:00Z");
  CHECK(a.plus_hours(-8).utc() == "2026-05-03T23:00:00Z");
  CHECK(a.seconds_until(a.plus_hours(72)) == 72 * 3600);
  CHECK(a.plus_hours(1).seconds_until(a) == -3600);
  CHECK(a < a.plus_seconds(1));
  CHECK(a == ts("2026-05-04T09:00+02:00"));
  CHECK(a != a.plus_seconds(1));
  CHECK(Timestamp::from_sys(a.sys()) == a);
  CHECK(Timestamp() == ts("1970-01-01T00:00:00Z"));
  {
    TzGuard tz("Europe/Amsterdam");  // hours are absolute: 24 h after local midnight is 01:00 here
    CHECK(ts("2026-03-28T12:00").plus_hours(24).local() == "2026-03-29T13:00:00+02:00");
  }
}
TEST_CASE("parse_week: this, last, next and ISO weeks in either case") {
  const Date sunday = d("2026-11-29"), monday = d("2026-11-30");
  CHECK(Date::parse_week("this", sunday, "--week") == d("2026-11-23"));
  CHECK(Date::parse_week("last", sunday, "--week") == d("2026-11-16"));
  CHECK(Date::parse_week("next", sunday, "--week") == d("2026-11-30"));
  CHECK(Date::parse_week("last", monday, "--week") == d("2026-11-23"));
  CHECK(Date::parse_week("LAST", monday, "--week") == d("2026-11-23"));
  CHECK(Date::parse_week("Next", d("2026-12-28"), "--week") == d("2027-01-04"));
  CHECK(Date::parse_week("2026-w48", monday, "--week") == d("2026-11-23"));
  CHECK(Date::parse_week("2026-W53", monday, "--week") == d("2026-12-28"));
  for (const char* s : {"", "yesterday", "last ", "2026-w54", "2025-w53", "2026w48", "w48", "2026-x48"}) {
    CAPTURE(s);
    CHECK(code_of([&] { Date::parse_week(s, monday, "--week"); }) == data);
    CHECK(message_of([&] { Date::parse_week(s, monday, "--week"); }).find("--week") != std::string::npos);
  }
  CHECK(message_of([] { Date::parse_week("soon", d("2026-11-30"), "--week"); }) ==
        "invalid week for --week: 'soon' (want YYYY-Www, this, last or next)");
}

TEST_CASE("parse_week property: last/this/next are the ISO weeks of a week before, of, after today") {
  const unsigned seed = 20261130;  // fixed: the test suite is deterministic; a failure prints it
  INFO("seed ", seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<long> days(0, 365L * 200);
  for (int n = 0; n < 2000; ++n) {
    const Date today = d("1950-01-01").plus_days(days(rng));
    CAPTURE(today.str());
    for (auto [word, shift] : {std::pair{"last", -7}, {"this", 0}, {"next", 7}}) {
      const auto [y, w] = today.plus_days(shift).iso_week();
      char iso[16];
      std::snprintf(iso, sizeof iso, "%04d-w%02d", y, w);
      const Date monday = Date::parse_week(word, today, "--week");
      REQUIRE(monday.weekday() == 1);
      REQUIRE(monday == Date::from_iso_week(y, w));
      REQUIRE(Date::parse_week(iso, today, "--week") == monday);
    }
  }
}
