// `vote status MEETING`: the evening at a glance: who is here, who voted what on the open motion,
// who has not voted yet.
#include "vote/store.hpp"

namespace mbov::vote {

MeetingStatus meeting_status(Session& s, std::int64_t meeting) {
  MeetingStatus st;
  st.meeting = find_meeting(s, meeting);
  st.present = store::present_members(s, meeting, std::nullopt);
  SQLite::Statement q(sql(s), "SELECT id FROM motion WHERE meeting = ? AND closed_at IS NULL ORDER BY id DESC");
  q.bind(1, meeting);
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
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
      .add("date", st.meeting.date.str())
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
