// Tests for lib/vote/check.cpp (R-VOTE-1): the AV meets at least vote.av_meetings_per_year times
// a calendar year: last year short is critical, this year short a warning; the policy's number,
// the years with members, the records' first day, the counter and the message.
#include <doctest/doctest.h>

#include <mbov/core/i18n.hpp>
#include <mbov/core/records.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "vote/fixture.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::findings;

namespace {

void av_meetings(Session& s, std::initializer_list<const char*> days) {
  for (const char* d : days) vote::add_meeting(s, {.date = Date::parse(d, "d"), .kind = vote::MeetingKind::av});
}

}  // namespace

TEST_CASE("R-VOTE-1 check: the number of meetings is the policy's, the counter this year's meetings") {
  set_language(Language::en);
  test::TestDb t("2026-03-01");
  t.how.policy.vote.av_meetings_per_year = 3;
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2024-01-01')");
  av_meetings(s, {"2025-04-01", "2025-10-01", "2026-02-01", "2026-06-01"});
  const CheckReport r = vote::check(s);
  CHECK(findings(r) == std::vector<std::string>{"R-VOTE-1 AV 2025 CRITICAL", "R-VOTE-1 AV 2026 WARNING"});
  CHECK(english(r.findings[0].message).starts_with("2 AV meetings held in 2025, want at least 3; "));
  CHECK(english(r.findings[1].message).starts_with("2 AV meetings held or planned in 2026, want at least 3; "));
  CHECK(r.findings[0].due == Date::from_ymd(2025, 12, 31));
  CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"av_meetings", 2}});
  av_meetings(s, {"2025-12-31", "2026-12-31"});  // the last day of the year counts
  CHECK(vote::check(s).findings.empty());
}

TEST_CASE("R-VOTE-1 check: a year without members, or before the records begin, is not judged") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  // Joined in 2026: 2025 had no members.
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2026-01-15')");
  CHECK(findings(vote::check(s)) == std::vector<std::string>{"R-VOTE-1 AV 2026 WARNING"});
  CHECK(findings(vote::check(s, 2025)).empty());
  // A member that left in 2024: 2025 still has none.
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES ('12AB', 'ROC 2', 1, '2020-01-01', '2024-06-30')");
  CHECK(findings(vote::check(s, 2025)).empty());
  CHECK(findings(vote::check(s, 2024)) == std::vector<std::string>{"R-VOTE-1 AV 2024 CRITICAL"});
  set_records_from(s, Date::from_ymd(2024, 3, 1));  // 2024 began before the records
  CHECK(findings(vote::check(s, 2024)).empty());
  CHECK(findings(vote::check(s)) == std::vector<std::string>{"R-VOTE-1 AV 2026 WARNING"});
}

TEST_CASE("R-VOTE-1: last year short is critical, this year short a warning") {
  test::TestDb t("2026-11-25");
  Session s = t.write();
  test::vote_member(s, "A", "2020-01-01");
  vote::add_meeting(s, {.date = Date::parse("2025-05-01", "d"), .kind = vote::MeetingKind::av});
  vote::add_meeting(s, {.date = Date::parse("2025-06-01", "d"), .kind = vote::MeetingKind::board});
  vote::add_meeting(s, {.date = Date::parse("2026-05-01", "d"), .kind = vote::MeetingKind::av});
  CheckReport r = vote::check(s);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].severity == Severity::critical);
  CHECK(english(r.findings[0].subject) == "AV 2025");
  CHECK(r.findings[1].severity == Severity::warning);
  vote::add_meeting(s, {.date = Date::parse("2026-12-15", "d"), .kind = vote::MeetingKind::av});  // planned counts
  CHECK(vote::check(s, 2026).findings.empty());
  CHECK(vote::check(s, 2019).findings.empty());  // no members yet
}
