#pragma once
// Calendar dates, durations and timestamps: the one place that parses and computes them.
// All parsers are strict and throw mbov::Error(Exit::data, ...) naming the option or field;
// the happy path neither throws nor allocates, apart from the strings that str()/utc()/local() return.
#include <chrono>
#include <compare>
#include <string>
#include <string_view>
#include <utility>

#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// A calendar day without a time zone (a deadline, a start, an end).
class Date {
 public:
  Date() = default;  // 1970-01-01

  // The years a date given as input may have (every date option and field): computed deadlines
  // stay within four-digit years.
  static constexpr int min_year = 1900, max_year = 9998;

  // Strict YYYY-MM-DD, a real calendar day. `what` names the option or field for the error.
  static Date parse(std::string_view text, std::string_view what);
  static Date from_ymd(int y, int m, int d);  // throws Exit::data on an impossible day
  static Date from_days(std::chrono::sys_days days) { return Date(days); }
  static Date today();  // the local date (respects TZ)

  // ISO 8601 weeks: (ISO year, week 1..53); the Monday of a week; strict "2026-W48".
  std::pair<int, int> iso_week() const;
  static Date from_iso_week(int iso_year, int week);  // throws Exit::data on a week the year lacks
  static Date parse_iso_week(std::string_view text, std::string_view what);
  // A week as every weekly command takes it: "this", "last" or "next" (the week of `today`, the
  // one before, the one after) or an ISO week "2026-W48", letters in either case. Its Monday.
  static Date parse_week(std::string_view text, Date today, std::string_view what);
  static int iso_weeks_in_year(int iso_year);  // 52 or 53

  std::chrono::sys_days days() const { return days_; }
  std::string str() const;  // YYYY-MM-DD
  int year() const;
  int month() const;
  int day() const;
  int weekday() const;  // ISO: Monday 1 ... Sunday 7

  Date plus_days(long n) const { return Date(days_ + std::chrono::days(n)); }
  long days_until(Date later) const { return static_cast<long>((later.days_ - days_).count()); }

  // Same day of month n months later (n may be negative), clamped to the month's last day.
  Date add_months(int n) const;
  // Same month/day `years` later; a 29 February the year lacks falls on 1 March.
  Date anniversary(int years) const;
  // The last day of a term of `years` years: the day before the years-th anniversary.
  Date term_end(int years) const { return anniversary(years).plus_days(-1); }

  friend auto operator<=>(const Date&, const Date&) = default;
  friend bool operator==(const Date&, const Date&) = default;

 private:
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  // The Monday of week w of ISO year y, parsed from `text` (named in the error).
  static Date iso_week_monday(int y, int w, std::string_view text, std::string_view what);
  std::chrono::sys_days days_{};
};

// A span of calendar time as the CLI writes it: 30d, 6w, 3m, 1y.
struct Duration {
  int count = 0;
  char unit = 'd';  // 'd', 'w', 'm' or 'y'

  static Duration parse(std::string_view text, std::string_view what);

  // Months and years go through Date::add_months, so they clamp (29 Feb + 1y = 28 Feb).
  Date after(Date from) const;
  long days_from(Date from) const { return from.days_until(after(from)); }
  std::string str() const;  // "30d"

  friend bool operator==(const Duration&, const Duration&) = default;
};

// An instant, to the second, held in UTC.
class Timestamp {
 public:
  Timestamp() = default;  // 1970-01-01T00:00:00Z

  // ISO 8601: YYYY-MM-DD(T| )HH:MM[:SS[.fff]] then Z, ±HH:MM, ±HHMM, ±HH, or nothing (local time).
  static Timestamp parse(std::string_view text, std::string_view what);
  static Timestamp local_noon(Date date);  // 12:00 local time on that date
  static Timestamp now();
  static Timestamp from_sys(std::chrono::sys_seconds s) { return Timestamp(s); }

  std::chrono::sys_seconds sys() const { return t_; }
  std::string utc() const;    // 2026-05-04T07:00:00Z: the storage form, sorts as text
  std::string local() const;  // 2026-05-04T09:00:00+02:00: local time with its offset then
  Date local_date() const;
  Date utc_date() const { return Date::from_days(std::chrono::floor<std::chrono::days>(t_)); }

  Timestamp plus_seconds(long long s) const { return Timestamp(t_ + std::chrono::seconds(s)); }
  Timestamp plus_hours(long long h) const { return plus_seconds(h * 3600); }
  long long seconds_until(Timestamp later) const {
    return static_cast<long long>((later.t_ - t_).count());
  }

  friend auto operator<=>(const Timestamp&, const Timestamp&) = default;
  friend bool operator==(const Timestamp&, const Timestamp&) = default;

 private:
  explicit Timestamp(std::chrono::sys_seconds t) : t_(t) {}
  std::chrono::sys_seconds t_{};
};

}  // namespace mbov

MBOV_PUBLIC_END
