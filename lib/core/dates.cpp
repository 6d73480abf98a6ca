#include <mbov/core/dates.hpp>
#include <mbov/core/msg.hpp>
#include <mbov/core/i18n.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>


#include <mbov/core/error.hpp>

namespace mbov {

namespace chr = std::chrono;

namespace {

// std::chrono::year holds a short: anything outside would silently wrap.
constexpr long long chrono_min_year = -32767;
constexpr long long chrono_max_year = 32767;

// Error paths are cold and out of line, so the parsers' happy path stays small and allocation-free.
// kind and hint are English string literals (marked N_ where written), translated where the error
// is printed.
[[noreturn, gnu::cold, gnu::noinline]] void invalid(std::string_view kind, std::string_view what,
                                                    std::string_view text, const Message& why,
                                                    std::string_view hint) {
  if (what.empty()) fail_data(msg("invalid {} '{}' ({})", marked(kind.data()), text, why), {}, marked(hint.data()));
  fail_data(msg("invalid {} for {}: '{}' ({})", marked(kind.data()), what, text, why), {}, marked(hint.data()));
}

// The same with why a string literal too.
[[noreturn, gnu::cold, gnu::noinline]] void bad_input(std::string_view kind, std::string_view what,
                                                      std::string_view text, std::string_view why,
                                                      std::string_view hint) {
  invalid(kind, what, text, marked(why.data()), hint);
}

constexpr std::string_view date_hint = N_("write a date as YYYY-MM-DD, e.g. 2026-11-27");
constexpr std::string_view week_hint = N_("write an ISO week as YYYY-Www, e.g. 2026-W48");
constexpr std::string_view duration_hint = N_("write a duration as a count and a unit: 30d, 6w, 3m or 1y");
constexpr std::string_view timestamp_hint =
    N_("write a timestamp as YYYY-MM-DDTHH:MM[:SS] followed by Z, an offset such as +02:00, "
       "or nothing for local time, e.g. 2026-11-27T10:00Z");

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// n decimal digits at p, or -1 if any is not a digit.
constexpr int digits(const char* p, int n) {
  int v = 0;
  for (int i = 0; i < n; ++i) {
    if (!is_digit(p[i])) return -1;
    v = v * 10 + (p[i] - '0');
  }
  return v;
}

// The shape YYYY-MM-DD at p (10 chars available); false if the shape is wrong.
constexpr bool read_ymd(const char* p, int& y, int& m, int& d) {
  if (p[4] != '-' || p[7] != '-') return false;
  y = digits(p, 4);
  m = digits(p + 5, 2);
  d = digits(p + 8, 2);
  return y >= 0 && m >= 0 && d >= 0;
}

// Why a y/m/d triple is not a calendar day, or nullptr if it is one.
const char* day_problem(int y, int m, int d) {
  if (m < 1 || m > 12) return N_("no such month");
  if (d < 1 || !chr::year_month_day(chr::year(y), chr::month(m), chr::day(d)).ok()) return N_("no such day");
  return nullptr;
}

chr::sys_days to_days(int y, int m, int d) {
  return chr::sys_days(chr::year_month_day(chr::year(y), chr::month(m), chr::day(d)));
}

void put2(char* p, unsigned v) {
  p[0] = static_cast<char>('0' + v / 10 % 10);
  p[1] = static_cast<char>('0' + v % 10);
}

// YYYY-MM-DD into p (at least 16 chars); returns the end. Years outside 0..9999 are rare: snprintf.
char* put_ymd(char* p, const chr::year_month_day& ymd) {
  const int y = static_cast<int>(ymd.year());
  if (y >= 0 && y <= 9999) {
    put2(p, static_cast<unsigned>(y / 100));
    put2(p + 2, static_cast<unsigned>(y % 100));
    p += 4;
  } else {
    p += std::snprintf(p, 7, "%d", y);
  }
  *p++ = '-';
  put2(p, static_cast<unsigned>(ymd.month()));
  p[2] = '-';
  put2(p + 3, static_cast<unsigned>(ymd.day()));
  return p + 5;
}

// HH:MM:SS into p; returns the end.
char* put_hms(char* p, long secs) {
  put2(p, static_cast<unsigned>(secs / 3600));
  p[2] = ':';
  put2(p + 3, static_cast<unsigned>(secs / 60 % 60));
  p[5] = ':';
  put2(p + 6, static_cast<unsigned>(secs % 60));
  return p + 8;
}

// The local zone's UTC offset in seconds at instant t, and the local fields.
long local_offset(std::time_t t, std::tm& tm) {
  if (!localtime_r(&t, &tm)) throw Error(Exit::data, msg("timestamp out of range for the local time zone"));
  return tm.tm_gmtoff;
}

long local_offset(std::time_t t) {
  std::tm tm;
  return local_offset(t, tm);
}

// Local wall-clock time (as seconds since the epoch, read as if it were UTC) to an instant.
// Not mktime: glibc's mktime resolves an ambiguous time from the offset of its previous call
// (hidden state), so the same row could convert differently. Instead, deterministically:
// the offsets a day before and after are the candidates (no zone changes twice within two days);
// a time that repeats (DST end) takes the earlier instant, a time skipped (DST start) takes the
// offset before the change (02:30 in a 02:00->03:00 gap = 03:30 summer time), as glibc does.
std::time_t local_to_utc(long long wall) {
  const long long off_before = local_offset(static_cast<std::time_t>(wall - 86400));
  const long long off_after = local_offset(static_cast<std::time_t>(wall + 86400));
  const long long t_before = wall - off_before;
  if (off_before == off_after) return static_cast<std::time_t>(t_before);
  const long long t_after = wall - off_after;
  const bool ok_before = local_offset(static_cast<std::time_t>(t_before)) == off_before;
  const bool ok_after = local_offset(static_cast<std::time_t>(t_after)) == off_after;
  if (ok_before && ok_after) return static_cast<std::time_t>(std::min(t_before, t_after));
  if (ok_after) return static_cast<std::time_t>(t_after);
  return static_cast<std::time_t>(t_before);
}

Date local_date_of(std::time_t t) {
  std::tm tm;
  local_offset(t, tm);
  return Date::from_days(to_days(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday));
}

}  // namespace

// ---- Date ------------------------------------------------------------------------------------

Date Date::parse(std::string_view text, std::string_view what) {
  int y, m, d;
  if (text.size() != 10 || !read_ymd(text.data(), y, m, d)) bad_input(N_("date"), what, text, N_("want YYYY-MM-DD"), date_hint);
  if (const char* why = day_problem(y, m, d)) bad_input(N_("date"), what, text, why, date_hint);
  if (y < min_year || y > max_year) bad_input(N_("date"), what, text, N_("the year must be from 1900 to 9998"), date_hint);
  return Date(to_days(y, m, d));
}

Date Date::from_ymd(int y, int m, int d) {
  if (y < chrono_min_year || y > chrono_max_year) fail_data(msg("invalid date: year {} out of range", y));
  if (const char* why = day_problem(y, m, d))
    fail_data(msg("invalid date {:04}-{:02}-{:02} ({})", y, m, d, tr(why)), {}, tr(date_hint.data()));
  return Date(to_days(y, m, d));
}

Date Date::today() { return local_date_of(std::time(nullptr)); }

std::string Date::str() const {
  char buf[16];
  char* end = put_ymd(buf, chr::year_month_day(days_));
  return std::string(buf, end);
}

int Date::year() const { return static_cast<int>(chr::year_month_day(days_).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(chr::year_month_day(days_).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(chr::year_month_day(days_).day())); }
int Date::weekday() const { return static_cast<int>(chr::weekday(days_).iso_encoding()); }

// Adding months (contract terms: contract/terms.cpp) keeps the day of the month, clamped to the month's last day;
// an anniversary on a 29 February the year lacks falls on 1 March (so a term ends on 28 February).
Date Date::add_months(int n) const {
  const chr::year_month_day ymd(days_);
  const long long total = static_cast<long long>(static_cast<int>(ymd.year())) * 12 +
                          (static_cast<unsigned>(ymd.month()) - 1) + n;
  const long long y = total >= 0 ? total / 12 : -((-total + 11) / 12);  // floor division
  const unsigned m = static_cast<unsigned>(total - y * 12) + 1;
  if (y < chrono_min_year || y > chrono_max_year) fail_data(msg("date out of range: {} {:+} months", str(), n));
  const chr::year_month yms(chr::year(static_cast<int>(y)), chr::month(m));
  const chr::day last = chr::year_month_day_last(yms.year(), chr::month_day_last(yms.month())).day();
  return Date(chr::sys_days(yms / std::min(ymd.day(), last)));
}

Date Date::anniversary(int years) const {
  const chr::year_month_day ymd(days_);
  const long long y = static_cast<long long>(static_cast<int>(ymd.year())) + years;
  if (y < chrono_min_year || y > chrono_max_year) fail_data(msg("date out of range: {} + {} years", str(), years));
  const chr::year ny(static_cast<int>(y));
  if (ymd.month() == chr::February && ymd.day() == chr::day(29) && !ny.is_leap())
    return Date(chr::sys_days(ny / chr::March / 1));
  return Date(chr::sys_days(ny / ymd.month() / ymd.day()));
}

// ISO 8601: a week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
std::pair<int, int> Date::iso_week() const {
  const chr::sys_days thursday = days_ + chr::days(4 - weekday());
  const chr::year y = chr::year_month_day(thursday).year();
  const auto into_year = (thursday - chr::sys_days(y / chr::January / 1)).count();
  return {static_cast<int>(y), static_cast<int>(into_year / 7 + 1)};
}

int Date::iso_weeks_in_year(int iso_year) {
  // 28 December always lies in the year's last ISO week.
  return from_ymd(iso_year, 12, 28).iso_week().second;
}

Date Date::from_iso_week(int iso_year, int week) {
  const int weeks = iso_weeks_in_year(iso_year);  // throws on a year out of range
  if (week < 1 || week > weeks)
    fail_data(msg("invalid ISO week {:04}-W{:02} ({} has {} ISO weeks)", iso_year, week, iso_year, weeks),
              {}, tr(week_hint.data()));
  const chr::sys_days jan4(chr::year(iso_year) / chr::January / 4);
  const chr::sys_days monday1 = jan4 - chr::days(chr::weekday(jan4).iso_encoding() - 1);
  return Date(monday1 + chr::days(7 * (week - 1)));
}

Date Date::parse_iso_week(std::string_view text, std::string_view what) {
  const char* p = text.data();
  const int y = text.size() == 8 ? digits(p, 4) : -1;
  const int w = text.size() == 8 && p[4] == '-' && p[5] == 'W' ? digits(p + 6, 2) : -1;
  if (y < 0 || w < 0) bad_input("ISO week", what, text, "want YYYY-Www", week_hint);
  return iso_week_monday(y, w, text, what);
}

Date Date::parse_week(std::string_view text, Date today, std::string_view what) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const Date monday = today.plus_days(1 - today.weekday());
  if (lower == "this") return monday;
  if (lower == "last") return monday.plus_days(-7);
  if (lower == "next") return monday.plus_days(7);
  const char* p = lower.data();
  const int y = lower.size() == 8 ? digits(p, 4) : -1;
  const int w = lower.size() == 8 && p[4] == '-' && p[5] == 'w' ? digits(p + 6, 2) : -1;
  if (y < 0 || w < 0) bad_input("week", what, text, "want YYYY-Www, this, last or next", week_hint);
  return iso_week_monday(y, w, text, what);
}

Date Date::iso_week_monday(int y, int w, std::string_view text, std::string_view what) {
  const int weeks = iso_weeks_in_year(y);
  if (w < 1 || w > weeks) invalid(N_("ISO week"), what, text, msg("{} has {} ISO weeks", y, weeks), week_hint);
  return from_iso_week(y, w);
}

// ---- Duration --------------------------------------------------------------------------------

Duration Duration::parse(std::string_view text, std::string_view what) {
  // Caps keep every result a printable date (no unit reaches past about 1000 years).
  constexpr std::string_view want = N_("want a count 1 or more and a unit d, w, m or y: 30d, 6w, 3m, 1y");
  if (text.size() < 2 || text.size() > 7) bad_input(N_("duration"), what, text, want, duration_hint);
  const char unit = text.back();
  const int count = digits(text.data(), static_cast<int>(text.size() - 1));
  int cap = 0;
  switch (unit) {
    case 'd': cap = 100000; break;
    case 'w': cap = 10000; break;
    case 'm': cap = 10000; break;
    case 'y': cap = 1000; break;
    default: bad_input(N_("duration"), what, text, want, duration_hint);
  }
  if (count < 1) bad_input(N_("duration"), what, text, want, duration_hint);
  if (count > cap) invalid(N_("duration"), what, text, msg("at most {}{}", cap, unit), duration_hint);
  return Duration{count, unit};
}

Date Duration::after(Date from) const {
  const Date to = [&] {
    switch (unit) {
      case 'd': return from.plus_days(count);
      case 'w': return from.plus_days(7L * count);
      case 'm': return from.add_months(count);
      case 'y': return from.add_months(12 * count);
    }
    throw Error(Exit::software, msg("bad duration unit '{}'", unit));
  }();
  // A deadline stays a four-digit year: past 9999 it would no longer sort or parse.
  if (to.year() > 9999) fail_data(msg("date out of range: {} + {} is after the year 9999", from.str(), str()));
  return to;
}

std::string Duration::str() const {
  std::string s = std::to_string(count);
  s += unit;
  return s;
}

// ---- Timestamp -------------------------------------------------------------------------------

Timestamp Timestamp::parse(std::string_view text, std::string_view what) {
  constexpr std::string_view kind = N_("timestamp");
  constexpr std::string_view want = N_("want YYYY-MM-DDTHH:MM[:SS], then Z, an offset +HH:MM, or nothing for local time");
  const char* p = text.data();
  const std::size_t n = text.size();
  int y, mo, d;
  if (n < 16 || !read_ymd(p, y, mo, d) || (p[10] != 'T' && p[10] != ' ') || p[13] != ':')
    bad_input(kind, what, text, want, timestamp_hint);
  const int h = digits(p + 11, 2);
  const int mi = digits(p + 14, 2);
  if (h < 0 || mi < 0) bad_input(kind, what, text, want, timestamp_hint);
  int s = 0;
  std::size_t i = 16;
  if (i < n && p[i] == ':') {
    s = i + 3 <= n ? digits(p + i + 1, 2) : -1;
    if (s < 0) bad_input(kind, what, text, want, timestamp_hint);
    i += 3;
    if (i < n && (p[i] == '.' || p[i] == ',')) {  // fractional seconds: checked, then dropped
      const std::size_t start = ++i;
      while (i < n && is_digit(p[i])) ++i;
      if (i == start) bad_input(kind, what, text, want, timestamp_hint);
    }
  }
  if (const char* why = day_problem(y, mo, d)) bad_input(kind, what, text, why, timestamp_hint);
  if (y < Date::min_year || y > Date::max_year)
    bad_input(kind, what, text, "the year must be from 1900 to 9998", timestamp_hint);
  if (h > 23) bad_input(kind, what, text, "hour must be 00-23", timestamp_hint);
  if (mi > 59) bad_input(kind, what, text, "minute must be 00-59", timestamp_hint);
  if (s > 59) bad_input(kind, what, text, "second must be 00-59", timestamp_hint);

  const long long wall = static_cast<long long>(to_days(y, mo, d).time_since_epoch().count()) * 86400 +
                         h * 3600LL + mi * 60LL + s;
  if (i == n) return Timestamp(chr::sys_seconds(chr::seconds(local_to_utc(wall))));  // local time
  if (p[i] == 'Z' && i + 1 == n) return Timestamp(chr::sys_seconds(chr::seconds(wall)));
  if (p[i] != '+' && p[i] != '-') bad_input(kind, what, text, want, timestamp_hint);
  // ±HH, ±HHMM, ±HH:MM; also ±HH:MM:SS, which local() prints for historic offsets with seconds.
  const std::size_t rest = n - i - 1;
  const char* o = p + i + 1;
  int oh = -1, om = 0, os = 0;
  if (rest == 2) {
    oh = digits(o, 2);
  } else if (rest == 4) {
    oh = digits(o, 2), om = digits(o + 2, 2);
  } else if (rest == 5 && o[2] == ':') {
    oh = digits(o, 2), om = digits(o + 3, 2);
  } else if (rest == 8 && o[2] == ':' && o[5] == ':') {
    oh = digits(o, 2), om = digits(o + 3, 2), os = digits(o + 6, 2);
  }
  if (oh < 0 || om < 0 || os < 0) bad_input(kind, what, text, want, timestamp_hint);
  if (oh > 23 || om > 59 || os > 59) bad_input(kind, what, text, N_("UTC offset out of range"), timestamp_hint);
  const long long offset = (oh * 3600LL + om * 60LL + os) * (p[i] == '-' ? -1 : 1);
  return Timestamp(chr::sys_seconds(chr::seconds(wall - offset)));
}

Timestamp Timestamp::local_noon(Date date) {
  const long long wall = static_cast<long long>(date.days().time_since_epoch().count()) * 86400 + 12 * 3600;
  return Timestamp(chr::sys_seconds(chr::seconds(local_to_utc(wall))));
}

Timestamp Timestamp::now() { return Timestamp(chr::floor<chr::seconds>(chr::system_clock::now())); }

std::string Timestamp::utc() const {
  const chr::sys_days day = chr::floor<chr::days>(t_);
  char buf[32];
  char* p = put_ymd(buf, chr::year_month_day(day));
  *p++ = 'T';
  p = put_hms(p, static_cast<long>((t_ - day).count()));
  *p++ = 'Z';
  return std::string(buf, p);
}

std::string Timestamp::local() const {
  std::tm tm;
  long off = local_offset(static_cast<std::time_t>(t_.time_since_epoch().count()), tm);
  char buf[40];
  char* p = put_ymd(buf, chr::year_month_day(to_days(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)));
  *p++ = 'T';
  p = put_hms(p, tm.tm_hour * 3600L + tm.tm_min * 60L + tm.tm_sec);
  *p++ = off < 0 ? '-' : '+';
  if (off < 0) off = -off;
  put2(p, static_cast<unsigned>(off / 3600));
  p[2] = ':';
  put2(p + 3, static_cast<unsigned>(off / 60 % 60));
  p += 5;
  if (off % 60 != 0) {  // historic local mean times (Amsterdam before 1937: +00:19:32)
    *p = ':';
    put2(p + 1, static_cast<unsigned>(off % 60));
    p += 3;
  }
  return std::string(buf, p);
}

Date Timestamp::local_date() const { return local_date_of(static_cast<std::time_t>(t_.time_since_epoch().count())); }

}  // namespace mbov
