// Motions: what the meeting decides on (R-VOTE-9), re-votes (R-VOTE-10), and the close that fixes
// the result (R-VOTE-4, R-VOTE-6).
#include <fmt/format.h>
#include "core/msg.hpp"

#include <algorithm>
#include <array>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "vote/store.hpp"

namespace mbov::vote {
namespace {

constexpr std::array<std::string_view, 4> kinds{"ordinary", "pdc", "budget", "board"};

// R-VOTE-9 (and R-VOTE-8 for the board): changes to the PDC, the plan and budget and the election
// of the board are AV decisions, never a board meeting's.
void require_av_for(std::string_view kind, std::string_view meeting_kind) {
  if (kind != "ordinary" && meeting_kind != "av")
    fail_data(say("a motion of kind {} is an AV decision, not one of a {} meeting", kind, meeting_kind),
              kind == "board" ? "R-VOTE-8" : "R-VOTE-9", tr("add it to an AV meeting (--kind av)"));
}

// R-FIN-2: a budget motion names the year it approves; no other motion names one.
void require_year_for(std::string_view kind, std::optional<int> year) {
  if (kind == "budget" && !year)
    fail_data(tr("a motion of kind budget names the year it approves"), "R-FIN-2", tr("add --year Y"));
  if (kind != "budget" && year)
    fail_data(say("--year is for a motion of kind budget, not {}", kind), "R-FIN-2");
}

// R-VOTE-10: a re-vote repeats a closed motion; an open one is corrected, not repeated.
void require_repeatable(Session& s, std::int64_t repeats) {
  const Motion r = find_motion(s, repeats);
  if (!r.closed_at)
    fail_data(say("motion {} is still open: correct it (vote withdraw, vote leave) instead of repeating it",
                          repeats),
              "R-VOTE-10");
}

// R-VOTE-4: a close never precedes what was recorded for the motion: its meeting's attendance and
// its ballots (cast or withdrawn).
void require_close_after(Session& s, const Motion& m, Timestamp at) {
  SQLite::Statement q(sql(s),
                      "SELECT max(t) FROM (SELECT at AS t FROM presence WHERE meeting = ?1"
                      " UNION ALL SELECT cast_at FROM ballot WHERE motion = ?2"
                      " UNION ALL SELECT withdrawn_at FROM ballot WHERE motion = ?2)");
  q.bind(1, m.meeting);
  q.bind(2, m.id);
  if (!q.executeStep() || q.getColumn(0).isNull()) return;
  const Timestamp latest = Timestamp::parse(q.getColumn(0).getString(), "recorded at");
  if (at < latest)
    fail_data(say("motion {} cannot close at {}: attendance or a ballot was recorded at {}", m.id, human_moment(at),
                          human_moment(latest)),
              "R-VOTE-4", tr("close it at or after the last record: --at TIMESTAMP"));
}

}  // namespace

std::int64_t add_motion(Session& s, const MotionInput& in) {
  if (std::find(kinds.begin(), kinds.end(), in.kind) == kinds.end())
    fail_data(say("--kind {} is not ordinary, pdc, budget or board", in.kind));
  if (in.title.empty()) fail_data(tr("--title must not be empty"));
  require_av_for(in.kind, find_meeting(s, in.meeting).kind);
  if (in.repeats) require_repeatable(s, *in.repeats);
  require_year_for(in.kind, in.year);
  SQLite::Statement insert(sql(s), "INSERT INTO motion (meeting, title, text, kind, repeats, year) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, in.meeting);
  insert.bind(2, in.title);
  bind_opt(insert, 3, in.text);
  insert.bind(4, in.kind);
  if (in.repeats) insert.bind(5, *in.repeats);
  if (in.year) insert.bind(6, *in.year);
  insert.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "motion", std::to_string(id), "add",
                Object().add("meeting", in.meeting).add("title", in.title).add("text", in.text).add("kind", in.kind)
                    .add("repeats", in.repeats).add("year", in.year));
  return id;
}

Motion find_motion(Session& s, std::int64_t motion) {
  // statement(): a ballot import looks the motion up for every ballot.
  SQLite::Statement& q = statement(s,
                                   "SELECT m.meeting, g.date, m.title, m.text, m.kind, g.kind, m.closed_at,"
                                   " m.closed_presence, m.repeats, m.year FROM motion m JOIN meeting g ON g.id = m.meeting"
                                   " WHERE m.id = ?");
  q.bind(1, motion);
  if (!q.executeStep()) fail_data(say("no motion {}", motion), {}, tr("see 'mbov vote motion list'"));
  Motion m;
  m.id = motion;
  m.meeting = q.getColumn(0).getInt64();
  m.date = Date::parse(q.getColumn(1).getString(), "meeting date");
  m.title = q.getColumn(2).getString();
  m.text = opt_text(q.getColumn(3));
  m.kind = q.getColumn(4).getString();
  m.meeting_kind = q.getColumn(5).getString();
  if (!q.getColumn(6).isNull()) m.closed_at = Timestamp::parse(q.getColumn(6).getString(), "closed_at");
  if (!q.getColumn(7).isNull()) m.closed_presence = q.getColumn(7).getInt64();
  if (!q.getColumn(8).isNull()) m.repeats = q.getColumn(8).getInt64();
  if (!q.getColumn(9).isNull()) m.year = q.getColumn(9).getInt();
  return m;
}

Motion require_adopted(Session& s, std::int64_t motion, std::optional<std::string_view> kind, std::string_view rule) {
  const Motion m = find_motion(s, motion);
  const std::string r(rule);
  if (m.meeting_kind != "av")
    fail_data(say("motion {} is of a board meeting, not of the AV", motion), r, tr("cite an adopted AV motion"));
  if (kind && m.kind != *kind)
    fail_data(say("motion {} is of kind '{}', not '{}'", motion, m.kind, *kind), r,
              say("put a motion of kind {} to the AV: 'mbov vote motion add MEETING --kind {}'", *kind, *kind));
  if (!m.closed_at) fail_data(say("motion {} is still open", motion), r, tr("close it first: 'mbov vote close MOTION'"));
  if (!motion_tally(s, motion).adopted) fail_data(say("motion {} was not adopted", motion), r);
  return m;
}

std::vector<MotionSummary> list_motions(Session& s, std::optional<std::int64_t> meeting) {
  if (meeting) find_meeting(s, *meeting);  // an unknown meeting is an error, not an empty list
  SQLite::Statement q(sql(s),
                      "SELECT m.id FROM motion m JOIN meeting g ON g.id = m.meeting"
                      " WHERE ?1 IS NULL OR m.meeting = ?1 ORDER BY g.date, m.id");
  if (meeting) q.bind(1, *meeting);
  std::vector<MotionSummary> rows;
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    const Tally t = motion_tally(s, id);
    rows.push_back({find_motion(s, id), t.turnout.yes + t.turnout.no + t.turnout.abstain, t});
  }
  return rows;
}

Object to_object(const MotionSummary& m) {
  return Object()
      .add("id", m.motion.id)
      .add("meeting", m.motion.meeting)
      .add("date", m.motion.date.str())
      .add("kind", m.motion.kind)
      .add("title", m.motion.title)
      .add("status", m.motion.closed_at ? "closed" : "open")
      .add("ballots", m.ballots)
      .add("yes", m.tally.turnout.yes)
      .add("no", m.tally.turnout.no)
      .add("abstain", m.tally.turnout.abstain)
      .add("adopted", m.tally.adopted)
      .add("repeats", m.motion.repeats)
      .add("year", m.motion.year);
}

Tally close_motion(Session& s, std::int64_t motion, Timestamp at) {
  Motion m = find_motion(s, motion);
  if (m.closed_at) fail_data(say("motion {} was closed at {}", motion, m.closed_at->local()), "R-VOTE-6");
  require_close_after(s, m, at);
  m.closed_at = at;
  m.closed_presence = store::last_presence(s, m.meeting);
  SQLite::Statement update(sql(s), "UPDATE motion SET closed_at = ?, closed_presence = ? WHERE id = ?");
  update.bind(1, at.utc());
  update.bind(2, *m.closed_presence);
  update.bind(3, motion);
  update.exec();
  const Tally t = store::count(s, m, s.policy.vote);
  store::save_result(s, motion, t);
  audit::record(s, "motion", std::to_string(motion), "close",
                Object().add("at", at.utc()).add("yes", t.turnout.yes).add("no", t.turnout.no)
                    .add("abstain", t.turnout.abstain).add("base", t.base).add("adopted", t.adopted));
  return t;
}

}  // namespace mbov::vote
