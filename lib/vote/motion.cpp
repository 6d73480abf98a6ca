// Motions: what the meeting decides on (R-VOTE-9), and closing them (R-VOTE-6).
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <array>
#include <algorithm>

#include "core/audit.hpp"
#include "core/sql.hpp"
#include "core/error.hpp"
#include "core/session.hpp"
#include "vote/vote.hpp"

namespace mbov::vote {
namespace {

constexpr std::array<std::string_view, 4> kinds{"ordinary", "pdc", "budget", "board"};

// R-VOTE-9 (and R-VOTE-8 for the board): changes to the PDC, the plan and budget and the election
// of the board are AV decisions, never a board meeting's.
void require_av_for(std::string_view kind, std::string_view meeting_kind) {
  if (kind != "ordinary" && meeting_kind != "av")
    fail_data(fmt::format("a motion of kind {} is an AV decision, not one of a {} meeting", kind, meeting_kind),
              kind == "board" ? "R-VOTE-8" : "R-VOTE-9", "add it to an AV meeting (--kind av)");
}

}  // namespace

std::int64_t add_motion(Session& s, const MotionInput& in) {
  if (std::find(kinds.begin(), kinds.end(), in.kind) == kinds.end())
    fail_data(fmt::format("--kind {} is not ordinary, pdc, budget or board", in.kind));
  if (in.title.empty()) fail_data("--title must not be empty");
  require_av_for(in.kind, find_meeting(s, in.meeting).kind);
  SQLite::Statement insert(sql(s), "INSERT INTO motion (meeting, title, text, kind) VALUES (?, ?, ?, ?)");
  insert.bind(1, in.meeting);
  insert.bind(2, in.title);
  if (in.text) insert.bind(3, *in.text);
  insert.bind(4, in.kind);
  insert.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "motion", std::to_string(id), "add",
                Object().add("meeting", in.meeting).add("title", in.title).add("text", in.text).add("kind", in.kind));
  return id;
}

Motion find_motion(Session& s, std::int64_t motion) {
  SQLite::Statement& q = statement(s,
                      "SELECT m.id, m.meeting, g.date, m.title, m.closed_at, m.kind, g.kind FROM motion m"
                      " JOIN meeting g ON g.id = m.meeting WHERE m.id = ?");
  q.bind(1, motion);
  if (!q.executeStep()) fail_data(fmt::format("no motion {}", motion), {}, "see 'mbov vote motion list'");
  Motion m;
  m.id = q.getColumn(0).getInt64();
  m.meeting = q.getColumn(1).getInt64();
  m.date = Date::parse(q.getColumn(2).getString(), "meeting date");
  m.title = q.getColumn(3).getString();
  if (!q.getColumn(4).isNull()) m.closed_at = q.getColumn(4).getString();
  m.kind = q.getColumn(5).getString();
  m.meeting_kind = q.getColumn(6).getString();
  return m;
}

Motion require_adopted(Session& s, std::int64_t motion, std::optional<std::string_view> kind, std::string_view rule) {
  const Motion m = find_motion(s, motion);
  const std::string r(rule);
  if (m.meeting_kind != "av")
    fail_data(fmt::format("motion {} is of a board meeting, not of the AV", motion), r, "cite an adopted AV motion");
  if (kind && m.kind != *kind)
    fail_data(fmt::format("motion {} is of kind '{}', not '{}'", motion, m.kind, *kind), r,
              fmt::format("put a motion of kind {} to the AV: 'mbov vote motion add MEETING --kind {}'", *kind, *kind));
  if (!m.closed_at) fail_data(fmt::format("motion {} is still open", motion), r, "close it first: 'mbov vote close MOTION'");
  if (!motion_tally(s, motion).adopted) fail_data(fmt::format("motion {} was not adopted", motion), r);
  return m;
}

std::vector<Object> list_motions(Session& s, std::optional<std::int64_t> meeting) {
  if (meeting) find_meeting(s, *meeting);  // an unknown meeting is an error, not an empty list
  SQLite::Statement q(sql(s),
                      "SELECT m.id, m.meeting, g.date, m.kind, m.title, m.closed_at,"
                      " (SELECT count(*) FROM ballot WHERE motion = m.id AND replaced_by IS NULL)"
                      " FROM motion m JOIN meeting g ON g.id = m.meeting"
                      " WHERE ?1 IS NULL OR m.meeting = ?1 ORDER BY g.date, m.id");
  if (meeting) q.bind(1, *meeting);
  std::vector<Object> rows;
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    const Tally t = motion_tally(s, id);
    Object o;
    o.add("id", id)
        .add("meeting", q.getColumn(1).getInt64())
        .add("date", q.getColumn(2).getString())
        .add("kind", q.getColumn(3).getString())
        .add("title", q.getColumn(4).getString())
        .add("status", q.getColumn(5).isNull() ? "open" : "closed")
        .add("ballots", q.getColumn(6).getInt64())
        .add("yes", t.turnout.yes)
        .add("no", t.turnout.no)
        .add("abstain", t.turnout.abstain)
        .add("adopted", t.adopted);
    rows.push_back(std::move(o));
  }
  return rows;
}

void close_motion(Session& s, std::int64_t motion) {
  const Motion m = find_motion(s, motion);
  if (m.closed_at)
    fail_data(fmt::format("motion {} was closed at {}", motion, Timestamp::parse(*m.closed_at, "closed_at").local()),
              "R-VOTE-6");
  SQLite::Statement update(sql(s), "UPDATE motion SET closed_at = ? WHERE id = ?");
  update.bind(1, s.now.utc());
  update.bind(2, motion);
  update.exec();
  const Tally t = motion_tally(s, motion);
  audit::record(s, "motion", std::to_string(motion), "close",
                Object().add("yes", t.turnout.yes).add("no", t.turnout.no).add("abstain", t.turnout.abstain)
                    .add("adopted", t.adopted));
}

}  // namespace mbov::vote
