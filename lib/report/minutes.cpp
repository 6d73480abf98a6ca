// The minutes of a meeting (R-GOV-3): the chair (the board's chair on that day), the members
// present, each motion with its stored result and named vote, and the decisions linked to it.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/i18n.hpp>
#include <mbov/member/member.hpp>
#include "report/query.hpp"
#include <mbov/report/report.hpp>
#include "report/sources.hpp"
#include <mbov/vote/vote.hpp>

namespace mbov::report {
namespace {

// R-GOV-3: the AV is chaired by the chair of the board on the meeting's day (the chair's history).
Value chair_on(Reader& r, Date date) {
  const std::optional<member::Seat> chair = member::chair_on(r.s, date);
  if (!chair) return Value();
  return person_name(chair->name);
}

// What a motion decided, by the number the decisions query gives it (in the order of the words).
constexpr const char* decision_words[] = {N_("board appointed"), N_("budget approved"), N_("document version approved")};

// R-GOV-3, R-VOTE-10: who was present, from when, and who left when (the presence log).
void present(Document& d, Reader& r, std::int64_t meeting) {
  std::vector<Object>& rows = d.table("present_members", N_("Members present"), {"member", "name", "present_since", "left_at"}).rows;
  for (const vote::Attendance& a : vote::attendance(r.s, meeting))
    rows.push_back(Object()
                       .add("member", a.member)
                       .add("name", a.name)
                       .add("present_since", a.since)
                       .add("left_at", a.left_at ? Value(*a.left_at) : Value()));
}

void motions(Document& d, Reader& r, std::int64_t meeting) {
  std::vector<Object> results, votes;
  Query q(r, "SELECT id FROM motion WHERE meeting = ? ORDER BY id", {p(meeting)});
  while (q.next()) {
    const std::int64_t id = q.integer(0);
    const vote::MotionView v = vote::view_motion(r.s, id);
    const vote::Tally& t = v.tally;
    Object result = Object()
                        .add("motion", id)
                        .add("title", v.motion.title)
                        .add("kind", std::string(vote::motion_kind_name(v.motion.kind)))
                        .add("voting_closed", v.motion.closed_at.has_value())
                        .add("repeats", v.motion.repeats ? Value(*v.motion.repeats) : Value())  // R-VOTE-10
                        .add("yes", t.turnout.yes)
                        .add("no", t.turnout.no)
                        .add("abstain", t.turnout.abstain)
                        .add("adopted", t.adopted);
    results.push_back(std::move(result.add("rule", vote::rule_message(t))));  // the rule comes last
    for (const vote::RollEntry& e : v.roll)
      if (e.choice)
        votes.push_back(Object()
                            .add("motion", id)
                            .add("member", e.member)
                            .add("choice", std::string(vote::choice_name(*e.choice)))
                            .add("advance", e.advance));
  }
  // Two sections, the second added after the first is filled (a Section& dies when sections grow).
  Section& results_section = d.table("motions", N_("Motions"),
                                     {"motion", "title", "kind", "voting_closed", "repeats", "yes", "no", "abstain", "adopted", "rule"});
  results_section.rows = std::move(results);
  d.table("votes", N_("Named votes"), {"motion", "member", "choice", "advance"}).rows = std::move(votes);
}

// What the meeting's motions decided: budgets, document versions, board seats.
void decisions(Document& d, Reader& r, std::int64_t meeting) {
  Query q(r,
          "SELECT m.id AS motion, 1 AS decision, 'budget ' || pl.year AS subject"
          " FROM plan pl JOIN motion m ON m.id = pl.motion WHERE m.meeting = ?1"
          " UNION ALL SELECT m.id, 2, v.kind || ' ' || v.number"
          " FROM document_version v JOIN motion m ON m.id = v.motion WHERE m.meeting = ?1"
          " UNION ALL SELECT m.id, 0, coalesce(pe.name, '(erased)') || ' from ' || b.from_date"
          " FROM board_seat b JOIN motion m ON m.id = b.motion JOIN person pe ON pe.id = b.person WHERE m.meeting = ?1"
          " ORDER BY 1, 2, 3",
          {p(meeting)});
  Section& decided = d.table("decisions", N_("Decisions"), {"motion", "decision", "subject"});
  while (q.next())
    decided.rows.push_back(Object()
                               .add("motion", q.integer(0))
                               .add("decision", marked(decision_words[static_cast<std::size_t>(q.integer(1))]))
                               .add("subject", q.col(2).getString()));
}

}  // namespace

Document minutes(Reader& r, std::int64_t meeting) {
  const vote::Meeting m = vote::find_meeting(r.s, meeting);
  Document d;
  d.title = m.kind == vote::MeetingKind::av ? say("Minutes of the General Assembly meeting of {}", human_date(m.date))
                                            : say("Minutes of the board meeting of {}", human_date(m.date));
  d.head.add("meeting", meeting)
      .add("date", m.date)
      .add("kind", vote::meeting_kind_name(m.kind))
      .add("title", m.title)
      .add("chair_name", chair_on(r, m.date));
  present(d, r, meeting);
  motions(d, r, meeting);
  decisions(d, r, meeting);
  return d;
}

}  // namespace mbov::report
