// R-VOTE-1: the AV meets at least vote.av_meetings_per_year times per calendar year.
#include <fmt/format.h>

#include <mbov/core/msg.hpp>
#include <mbov/core/records.hpp>
#include <mbov/core/session.hpp>
#include "vote/store.hpp"

namespace mbov::vote {
namespace {

// One year: a past year short of meetings is a violation, the current (or a future) one short of
// meetings held and planned a warning. A year in which the cooperative had no members is skipped,
// and so is a year that began before the records did (core/records.hpp).
void check_year(Session& s, int year, CheckReport& report) {
  const int want = s.policy.vote.av_meetings_per_year;
  const std::int64_t members = store::members_in_year(s, year);
  const std::int64_t held = store::av_meetings_in_year(s, year);
  if (year == s.today.year()) report.perfdata.emplace_back("av_meetings", held);
  if (members == 0 || held >= want || !judged(s, Date::from_ymd(year, 1, 1))) return;
  const Date end = Date::from_ymd(year, 12, 31);
  const bool past = year < s.today.year();
  const Message due = due_text(end, s.today);
  report.add(past ? Severity::critical : Severity::warning, "R-VOTE-1", fmt::format("AV {}", year), end,
             past ? msg_n("{} AV meeting held in {}, want at least {}; {}",
                                 "{} AV meetings held in {}, want at least {}; {}", held, held, year, want, due)
                  : msg_n("{} AV meeting held or planned in {}, want at least {}; {}",
                                 "{} AV meetings held or planned in {}, want at least {}; {}", held, held, year, want, due));
}

}  // namespace

CheckReport check(Session& s, std::optional<int> year) {
  CheckReport report{"vote", {}, {}};
  if (year) {
    check_year(s, *year, report);
  } else {
    check_year(s, s.today.year() - 1, report);
    check_year(s, s.today.year(), report);
  }
  return report;
}

CheckReport check(Session& s) { return check(s, std::nullopt); }

}  // namespace mbov::vote
