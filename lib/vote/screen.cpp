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

std::string member_name(Session& s, const std::string& code) {
  SQLite::Statement& q = statement(s, "SELECT name FROM member WHERE code = ?");
  q.bind(1, code);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

// R-VOTE-10: every departure from the meeting, in recording order.
std::vector<Departure> departures(Session& s, std::int64_t meeting, const std::set<std::string>& here) {
  SQLite::Statement q(sql(s),
                      "SELECT p.member, m.name, p.at, p.reason FROM presence p JOIN member m ON m.code = p.member"
                      " WHERE p.meeting = ? AND p.event = 'leave' ORDER BY p.id");
  q.bind(1, meeting);
  std::vector<Departure> rows;
  while (q.executeStep()) {
    Departure d{{q.getColumn(0).getString(), q.getColumn(1).getString()},
                Timestamp::parse(q.getColumn(2).getString(), "presence time"),
                opt_text(q.getColumn(3))};
    d.back = here.contains(d.who.member);
    rows.push_back(std::move(d));
  }
  return rows;
}

// R-VOTE-10: the ballots withdrawn on the meeting's motions, in the order they were withdrawn.
std::vector<Withdrawal> withdrawals(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s),
                      "SELECT b.id, b.motion, b.member, m.name, b.withdrawn_at, b.withdrawn_reason FROM ballot b"
                      " JOIN motion mo ON mo.id = b.motion JOIN member m ON m.code = b.member"
                      " WHERE mo.meeting = ? AND b.withdrawn_at IS NOT NULL ORDER BY b.withdrawn_at, b.id");
  q.bind(1, meeting);
  std::vector<Withdrawal> rows;
  while (q.executeStep())
    rows.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                    {q.getColumn(2).getString(), q.getColumn(3).getString()},
                    Timestamp::parse(q.getColumn(4).getString(), "withdrawal time"),
                    opt_text(q.getColumn(5))});
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
  for (const std::string& code : present) st.present.push_back({code, member_name(s, code)});

  SQLite::Statement q(sql(s), "SELECT id FROM motion WHERE meeting = ? ORDER BY id");
  q.bind(1, meeting);
  while (q.executeStep()) st.motions.push_back(view_motion(s, q.getColumn(0).getInt64()));

  std::set<std::string> advance;  // R-VOTE-5: not present, an advance ballot that counts
  for (const MotionView& v : st.motions)
    for (const RollEntry& e : v.roll)
      if (e.choice && e.advance && !here.contains(e.member) && advance.insert(e.member).second)
        st.advance.push_back({e.member, e.name});
  std::sort(st.advance.begin(), st.advance.end(),
            [](const ScreenMember& a, const ScreenMember& b) { return a.member < b.member; });
  st.withdrawals = withdrawals(s, meeting);
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
