// `vote status MEETING`: the evening at a glance: who is here, who voted what on an open motion,
// who has not voted yet, and every other open motion.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <algorithm>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "vote/store.hpp"

namespace mbov::vote {

MeetingStatus meeting_status(Session& s, std::int64_t meeting, std::optional<std::int64_t> motion) {
  MeetingStatus st;
  st.meeting = find_meeting(s, meeting);
  st.present = store::present_members(s, meeting, std::nullopt);
  // The open motions, the latest activity (its latest ballot, else its place on the agenda) first.
  std::vector<std::int64_t> open = store::open_motions_by_activity(s, meeting);
  if (motion) {
    const auto it = std::find(open.begin(), open.end(), *motion);
    if (it == open.end())
      fail_data(msg("motion {} is not an open motion of meeting {}", *motion, meeting), {},
                msg("see 'mbov vote motion list MEETING'"));
    std::rotate(open.begin(), it, it + 1);
  }
  for (const std::int64_t id : open) {
    if (st.open) {
      st.other_open.push_back(id);
      continue;
    }
    st.open = find_motion(s, id);
    for (RollEntry& e : roll(s, *st.open)) {
      if (e.choice) st.voted.push_back(std::move(e));
      else if (e.present) st.missing.push_back(e.member);
    }
  }
  return st;
}

Object to_object(const MeetingStatus& st) {
  Array present(st.present.begin(), st.present.end()), missing(st.missing.begin(), st.missing.end()),
      others(st.other_open.begin(), st.other_open.end()), votes;
  for (const RollEntry& e : st.voted)
    votes.push_back(Object()
                        .add("member", e.member)
                        .add("choice", choice_name(*e.choice))
                        .add("advance", e.advance)
                        .add("present", e.present));
  return Object()
      .add("meeting", st.meeting.id)
      .add("date", st.meeting.date)
      .add("title", st.meeting.title)
      .add("present_count", static_cast<std::int64_t>(st.present.size()))
      .add("present_members", std::move(present))
      .add("motion", st.open ? Value(st.open->id) : Value())
      .add("motion_title", st.open ? Value(st.open->title) : Value())
      .add("voted", static_cast<std::int64_t>(st.voted.size()))
      .add("missing", std::move(missing))
      .add("other_open", std::move(others))
      .add("votes", std::move(votes));
}

}  // namespace mbov::vote
