#pragma once
// Helpers shared by the unit tests of lib/ that check refusals, findings and AV decisions.
#include <string>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/session.hpp>
#include "core/sql.hpp"
#include <mbov/vote/vote.hpp>

namespace mbov::test {

// The exit status a call fails with (Exit::ok when it does not fail).
Exit exit_of(auto&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return Exit::ok;
}

// The message a call is refused with as Exit::data: "accepted" when it is not refused, "exit N"
// when it fails with another status.
inline std::string data_refusal(auto&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code() == Exit::data ? std::string(e.what()) : "exit " + std::to_string(static_cast<int>(e.code()));
  }
  return "accepted";
}

// A check's findings as "RULE SUBJECT SEVERITY".
inline std::vector<std::string> findings(const CheckReport& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) out.push_back(f.rule + " " + english(f.subject) + " " + std::string(severity_name(f.severity)));
  return out;
}

// A closed motion of `kind` on a new AV meeting on `date`, where the one member 12AB (added when
// missing) votes yes (adopted) or no; a budget motion names `year` (R-FIN-2).
inline std::int64_t closed_motion(Session& s, const char* date, const char* kind, bool adopted = true,
                                  std::optional<int> year = std::nullopt) {
  sql(s).exec("INSERT OR IGNORE INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01')");
  const Date day = Date::parse(date, "date");
  const std::int64_t meeting = vote::add_meeting(s, {.date = day, .kind = vote::MeetingKind::av, .title = std::nullopt});
  const std::int64_t m = vote::add_motion(s, {.meeting = meeting, .title = "motion", .text = std::nullopt, .kind = vote::parse_motion_kind(kind, "kind"),
                                                 .year = year});
  const Timestamp at = Timestamp::local_noon(day);
  vote::attend(s, meeting, {"12AB"}, at);
  vote::cast(s, m, {.member = "12AB", .choice = adopted ? vote::Choice::yes : vote::Choice::no, .advance = false, .at = at});
  vote::close_motion(s, m, at.plus_seconds(60));
  return m;
}

}  // namespace mbov::test
