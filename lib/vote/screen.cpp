// `vote screen`: the state of a meeting for the room, read with the area's own functions, and
// its JSON form.
#include <mbov/vote/screen.hpp>

#include <algorithm>
#include <set>

#include <mbov/core/i18n.hpp>
#include <mbov/member/member.hpp>
#include "vote/store.hpp"

namespace mbov::vote {
namespace {

// R-VOTE-10: every departure from the meeting, in recording order; `back` when present again.
std::vector<Departure> departures(Session& s, std::int64_t meeting, const std::set<std::string>& here) {
  std::vector<Departure> rows = store::departures(s, meeting);
  for (Departure& d : rows) d.back = here.contains(d.who.member);
  return rows;
}

Array members_array(const std::vector<ScreenMember>& members) {
  Array a;
  for (const ScreenMember& m : members) a.push_back(Object().add("member", m.member).add("name", m.name));
  return a;
}

// A closed motion: `vote show --format json` without the named votes; an open one: how many of
// its base have voted so far, never the split (a poll is not published before it ends).
Object motion_state(const MotionView& v) {
  if (v.motion.closed_at) {
    Object shown = to_object(v);
    Object o;
    for (std::size_t i = 0; i < shown.size(); ++i)
      if (shown.keys[i] != "votes") o.add(shown.keys[i], shown.values[i]);
    return o.add("status", "closed");
  }
  const Turnout& t = v.tally.turnout;
  Array repeated_by(v.repeated_by.begin(), v.repeated_by.end());
  return Object()
      .add("motion", v.motion.id)
      .add("title", v.motion.title)
      .add("meeting", v.motion.meeting)
      .add("date", v.motion.date)
      .add("kind", motion_kind_name(v.motion.kind))
      .add("status", "open")
      .add("voted", t.yes + t.no + t.abstain)
      .add("base", v.tally.base)
      .add("repeats", v.motion.repeats)
      .add("repeated_by", std::move(repeated_by));
}

}  // namespace

Screen screen(Session& s, std::int64_t meeting) {
  Screen st;
  st.meeting = find_meeting(s, meeting);
  if (const std::optional<member::Seat> chair = member::chair_on(s, st.meeting.date))
    st.chair = chair->name.value_or(tr("(erased)"));
  const std::vector<std::string> present = store::present_members(s, meeting, std::nullopt);
  const std::set<std::string> here(present.begin(), present.end());
  for (const std::string& code : present) st.present.push_back({code, store::member_name(s, code)});

  for (const std::int64_t id : store::motion_ids(s, meeting)) st.motions.push_back(view_motion(s, id));

  std::set<std::string> advance;  // R-VOTE-5: not present, an advance ballot that counts
  for (const MotionView& v : st.motions)
    for (const RollEntry& e : v.roll)
      if (e.choice && e.advance && !here.contains(e.member) && advance.insert(e.member).second)
        st.advance.push_back({e.member, e.name});
  std::sort(st.advance.begin(), st.advance.end(),
            [](const ScreenMember& a, const ScreenMember& b) { return a.member < b.member; });
  st.withdrawals = store::withdrawals(s, meeting);  // R-VOTE-10: in the order they were withdrawn
  st.departures = departures(s, meeting, here);
  return st;
}

Object to_object(const Screen& st, const ScreenOptions& how) {
  Array motions, withdrawn, left;
  for (const MotionView& v : st.motions) motions.push_back(motion_state(v));
  for (const Withdrawal& w : st.withdrawals)
    withdrawn.push_back(Object()
                            .add("ballot", w.ballot)
                            .add("motion", w.motion)
                            .add("member", w.who.member)
                            .add("at", w.at)
                            .add("reason", w.reason));
  for (const Departure& d : st.departures)
    left.push_back(
        Object().add("member", d.who.member).add("at", d.at).add("reason", d.reason).add("back", d.back));
  Object o;
  o.add("meeting", st.meeting.id)
      .add("date", st.meeting.date)
      .add("kind", meeting_kind_name(st.meeting.kind))
      .add("title", st.meeting.title)
      .add("chair", st.chair)
      .add("present", static_cast<std::int64_t>(st.present.size()))
      .add("advance", static_cast<std::int64_t>(st.advance.size()));
  if (how.names) o.add("present_members", members_array(st.present)).add("advance_members", members_array(st.advance));
  return o.add("motions", std::move(motions)).add("withdrawals", std::move(withdrawn)).add("left", std::move(left));
}

}  // namespace mbov::vote
