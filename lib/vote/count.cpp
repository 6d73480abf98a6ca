// The stored tally of a motion: the turnout from the database, then the one `tally` rule.
#include <SQLiteCpp/Statement.h>

#include "core/session.hpp"
#include "core/sql.hpp"
#include "vote/vote.hpp"

namespace mbov::vote {
namespace {

// The moment a motion closed, or NULL for an open one (everyone present so far counts).
void bind_closed(SQLite::Statement& q, int index, const Motion& m) {
  if (m.closed_at) q.bind(index, *m.closed_at);
  else q.bind(index);
}

}  // namespace
Tally motion_tally(Session& s, std::int64_t motion) {
  const Motion m = find_motion(s, motion);
  Turnout t;
  // A closed motion counts the members present when it closed, not those who came later.
  SQLite::Statement present(sql(s), "SELECT count(*) FROM attendance WHERE meeting = ?1 AND (?2 IS NULL OR since <= ?2)");
  present.bind(1, m.meeting);
  bind_closed(present, 2, m);
  present.executeStep();
  t.present = present.getColumn(0).getInt64();
  t.members = voting_members(s, m.date);
  // The ballots that count (a replaced advance ballot does not); an advance voter not present
  // widens the base (R-VOTE-4, R-VOTE-5).
  SQLite::Statement q(sql(s),
                      "SELECT b.choice, b.advance AND a.member IS NULL FROM ballot b"
                      " LEFT JOIN attendance a ON a.meeting = ?1 AND a.member = b.member AND (?3 IS NULL OR a.since <= ?3)"
                      " WHERE b.motion = ?2 AND b.replaced_by IS NULL");
  q.bind(1, m.meeting);
  q.bind(2, motion);
  bind_closed(q, 3, m);
  while (q.executeStep()) {
    const Choice c = *parse_choice(q.getColumn(0).getString());
    (c == Choice::yes ? t.yes : c == Choice::no ? t.no : t.abstain) += 1;
    if (q.getColumn(1).getInt() == 1) ++t.advance;
  }
  return tally(s.policy.vote, t);
}

Object motion_tally_object(Session& s, std::int64_t motion) {
  const Motion m = find_motion(s, motion);
  Object o = tally_object(motion_tally(s, motion), s.policy.vote, motion);
  o.add("title", m.title)
      .add("meeting", m.meeting)
      .add("date", m.date.str())
      .add("closed", m.closed_at ? Value(Timestamp::parse(*m.closed_at, "closed_at").local()) : Value());
  // The named vote for the minutes: every member present or with a ballot that counts.
  SQLite::Statement q(sql(s),
                      "SELECT m.code, m.name, a.member IS NOT NULL, b.choice, b.advance FROM member m"
                      " LEFT JOIN attendance a ON a.meeting = ?1 AND a.member = m.code AND (?3 IS NULL OR a.since <= ?3)"
                      " LEFT JOIN ballot b ON b.motion = ?2 AND b.member = m.code AND b.replaced_by IS NULL"
                      " WHERE a.member IS NOT NULL OR b.id IS NOT NULL ORDER BY m.code");
  q.bind(1, m.meeting);
  q.bind(2, motion);
  bind_closed(q, 3, m);
  Array votes;
  while (q.executeStep()) {
    Object v;
    v.add("member", q.getColumn(0).getString())
        .add("name", q.getColumn(1).getString())
        .add("present", q.getColumn(2).getInt() == 1)
        .add("choice", q.getColumn(3).isNull() ? Value() : Value(q.getColumn(3).getString()))
        .add("advance", q.getColumn(4).isNull() ? Value() : Value(q.getColumn(4).getInt() == 1));
    votes.push_back(std::move(v));
  }
  o.add("votes", std::move(votes));
  return o;
}

}  // namespace mbov::vote
