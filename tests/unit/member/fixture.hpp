#pragma once
// What the member area's unit tests share: requests filled the usual way, an AV decision.
#include <string>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/member/member.hpp>
#include <mbov/vote/vote.hpp>

namespace mbov::test {

inline Date day(const char* text) { return Date::parse(text, "test"); }

inline member::NewMember authority(std::string code, const char* joined = "2025-01-01") {
  return {.code = std::move(code), .name = "ROC Voorbeeld", .contracting_authority = true, .joined = day(joined)};
}

inline member::NewContact contact(std::string code, std::string email, member::ContactRole role = member::ContactRole::contact) {
  return {.member = std::move(code), .name = "Anna", .email = std::move(email), .role = role,
          .since = day("2025-01-01")};
}

inline int count(const CheckReport& r, std::string_view rule, Severity severity) {
  int n = 0;
  for (const Finding& f : r.findings) n += f.rule == rule && f.severity == severity;
  return n;
}

// A motion of `kind` at a meeting of `meeting_kind` on `date`, every code present voting
// `choice`, closed when `close`.
struct Decision {
  vote::MotionKind kind = vote::MotionKind::board;
  vote::MeetingKind meeting_kind = vote::MeetingKind::av;
  std::optional<int> year{};  // a budget motion's (R-FIN-2)
  vote::Choice choice = vote::Choice::yes;
  bool close = true;
};
inline std::int64_t decided_motion(Session& s, const std::vector<std::string>& codes, const char* date,
                                   const Decision& d = {}) {
  std::int64_t meeting = vote::add_meeting(s, {.date = day(date), .kind = d.meeting_kind, .title = "AV"});
  std::int64_t motion = vote::add_motion(s, {.meeting = meeting, .title = "Verkiezing bestuur", .text = std::nullopt, .kind = d.kind,
                                             .year = d.year});
  Timestamp evening = Timestamp::local_noon(day(date)).plus_hours(7);
  vote::attend(s, meeting, codes, evening);
  for (const std::string& code : codes)
    vote::cast(s, motion, {.member = code, .choice = d.choice, .at = evening.plus_seconds(60)});
  if (d.close) vote::close_motion(s, motion, evening.plus_seconds(120));
  return motion;
}

}  // namespace mbov::test
