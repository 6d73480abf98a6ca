// Meetings and attendance (R-VOTE-2), members leaving (R-VOTE-10).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/spelling.hpp"
#include <mbov/vote/ballots.hpp>
#include "vote/store.hpp"
#include "vote/text.hpp"

namespace mbov::vote {

namespace {
constexpr std::array<std::string_view, 2> meeting_kinds{"av", "board"};  // in MeetingKind's order
}  // namespace

std::string_view meeting_kind_name(MeetingKind kind) { return meeting_kinds[static_cast<std::size_t>(kind)]; }

std::span<const std::string_view> meeting_kind_words() { return meeting_kinds; }

MeetingKind parse_meeting_kind(std::string_view text, std::string_view what) {
  if (text == "av") return MeetingKind::av;
  if (text == "board") return MeetingKind::board;
  fail_data(msg("{} {} is not av or board", what, text));
}

std::int64_t add_meeting(Session& s, const MeetingInput& in) {
  const std::int64_t id = store::insert_meeting(s, in);
  audit::record(s, "meeting", std::to_string(id), "add",
                Object().add("kind", meeting_kind_name(in.kind)).add("date", in.date.str()).add("title", in.title));
  return id;
}

std::vector<MeetingSummary> list_meetings(Session& s, std::optional<int> year) {
  return store::meeting_summaries(s, year);
}

Object to_object(const MeetingSummary& m) {
  return Object()
      .add("id", m.meeting.id)
      .add("date", m.meeting.date)
      .add("kind", meeting_kind_name(m.meeting.kind))
      .add("title", m.meeting.title)
      .add("present_count", m.present)
      .add("motions_count", m.motions);
}

Meeting find_meeting(Session& s, std::int64_t meeting) {
  std::optional<Meeting> m = store::load_meeting(s, meeting);
  if (!m) fail_data(msg("no meeting {}", meeting), {}, msg("see 'mbov vote meeting list'"));
  return *m;
}

std::string voting_member(Session& s, std::string_view code, Date date) {
  const std::optional<store::MemberTerm> t = store::member_term(s, trim(code), date);
  if (!t)
    fail_data(msg("no member with code '{}'", trim(code)), {}, msg("see 'mbov member list --all'"));
  if (t->has_vote) return t->code;
  if (t->joined > date.str())
    fail_data(msg("member {} joined on {}, after the meeting of {}: it has no vote", t->code,
                          human_date(Date::parse(t->joined, "joined")), human_date(date)),
              "R-VOTE-2");
  fail_data(msg("member {} left on {} (its last day), before the meeting of {}: it has no vote", t->code,
                        human_date(Date::parse(t->left_on.value_or(""), "left")), human_date(date)),
            "R-VOTE-2");
}

namespace {

// Every code that is not in the register, each with the nearest registered code; all at once,
// so that a typo on the evening costs one retry, not one per typo.
void require_registered(Session& s, const std::vector<std::string>& codes) {
  const std::vector<std::string> registered = store::member_codes(s);
  std::vector<std::string> keys(registered.size());
  for (std::size_t i = 0; i < registered.size(); ++i) member_key(registered[i], keys[i]);
  std::vector<std::string> unknown;
  std::string key;
  for (const std::string& code : codes) {
    member_key(code, key);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    const std::string_view near = nearest(key, keys);
    std::string text = fmt::format("'{}'", trim(code));
    for (std::size_t i = 0; i < keys.size() && !near.empty(); ++i)
      if (keys[i].data() == near.data())
        text = render(msg("'{}' (did you mean {}?)", trim(code), registered[i]), language());
    unknown.push_back(std::move(text));
  }
  if (!unknown.empty())
    fail_data(msg("no member with code {}: nothing recorded", fmt::join(unknown, ", ")), {},
              msg("see 'mbov member list --all'"));
}

}  // namespace

void attend(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at) {
  const Date date = find_meeting(s, meeting).date;
  require_registered(s, codes);
  for (const std::string& code : codes) {
    const std::string member = voting_member(s, code, date);
    if (!store::is_present(s, meeting, member)) store::add_presence(s, meeting, member, "arrive", at, std::nullopt);
  }
}

std::vector<Attendance> attendance(Session& s, std::int64_t meeting) { return store::attendance(s, meeting); }

std::vector<Ballot> leave(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at,
                          const std::optional<std::string>& reason) {
  const Date date = find_meeting(s, meeting).date;
  require_registered(s, codes);
  std::vector<std::string> members, absent;
  for (const std::string& code : codes) {
    members.push_back(voting_member(s, code, date));
    if (!store::is_present(s, meeting, members.back())) absent.push_back(members.back());
  }
  if (!absent.empty())
    fail_data(msg("not present at meeting {}: {}", meeting, fmt::join(absent, ", ")), "R-VOTE-10",
              msg("see 'mbov vote status MEETING'"));
  std::vector<Ballot> lost;
  for (const std::string& member : members) {
    store::add_presence(s, meeting, member, "leave", at, reason);
    for (const std::int64_t id : store::open_in_person_ballots(s, meeting, member))
      lost.push_back(store::find_ballot(s, id));
  }
  return lost;
}

}  // namespace mbov::vote
