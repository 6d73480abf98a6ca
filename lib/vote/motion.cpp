// Motions: what the meeting decides on (R-VOTE-9), re-votes (R-VOTE-10), and the close that fixes
// the result (R-VOTE-4, R-VOTE-6).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

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
void require_av_for(MotionKind kind, MeetingKind meeting_kind) {
  if (kind != MotionKind::ordinary && meeting_kind != MeetingKind::av)
    fail_data(msg("a motion of kind {} is an AV decision, not one of a {} meeting", motion_kind_name(kind),
                          meeting_kind_name(meeting_kind)),
              kind == MotionKind::board ? "R-VOTE-8" : "R-VOTE-9", msg("add it to an AV meeting (--kind av)"));
}

// R-FIN-2: a budget motion names the year it approves; no other motion names one.
void require_year_for(MotionKind kind, std::optional<int> year) {
  if (kind == MotionKind::budget && !year)
    fail_data(msg("a motion of kind budget names the year it approves"), "R-FIN-2", msg("add --year Y"));
  if (kind != MotionKind::budget && year)
    fail_data(msg("--year is for a motion of kind budget, not {}", motion_kind_name(kind)), "R-FIN-2");
}

// R-VOTE-10: a re-vote repeats a closed motion; an open one is corrected, not repeated.
void require_repeatable(Session& s, std::int64_t repeats) {
  const Motion r = find_motion(s, repeats);
  if (!r.closed_at)
    fail_data(msg("motion {} is still open: correct it (vote withdraw, vote leave) instead of repeating it",
                          repeats),
              "R-VOTE-10");
}

// R-VOTE-4: a close never precedes what was recorded for the motion: its meeting's attendance and
// its ballots (cast or withdrawn).
void require_close_after(Session& s, const Motion& m, Timestamp at) {
  const std::optional<Timestamp> latest = store::last_record(s, m);
  if (latest && at < *latest)
    fail_data(msg("motion {} cannot close at {}: attendance or a ballot was recorded at {}", m.id, human_moment(at),
                          human_moment(*latest)),
              "R-VOTE-4", msg("close it at or after the last record: --at TIMESTAMP"));
}

}  // namespace

std::string_view motion_kind_name(MotionKind kind) { return kinds[static_cast<std::size_t>(kind)]; }

std::span<const std::string_view> motion_kind_words() { return kinds; }

MotionKind parse_motion_kind(std::string_view text, std::string_view what) {
  const auto at = std::find(kinds.begin(), kinds.end(), text);
  if (at == kinds.end()) fail_data(msg("{} {} is not ordinary, pdc, budget or board", what, text));
  return static_cast<MotionKind>(at - kinds.begin());
}

std::int64_t add_motion(Session& s, const MotionInput& in) {
  if (in.title.empty()) fail_data(msg("--title must not be empty"));
  require_av_for(in.kind, find_meeting(s, in.meeting).kind);
  if (in.repeats) require_repeatable(s, *in.repeats);
  require_year_for(in.kind, in.year);
  const std::int64_t id = store::insert_motion(s, in);
  audit::record(s, "motion", std::to_string(id), "add",
                Object().add("meeting", in.meeting).add("title", in.title).add("text", in.text).add("kind", motion_kind_name(in.kind))
                    .add("repeats", in.repeats).add("year", in.year));
  return id;
}

Motion find_motion(Session& s, std::int64_t motion) {
  std::optional<Motion> m = store::load_motion(s, motion);
  if (!m) fail_data(msg("no motion {}", motion), {}, msg("see 'mbov vote motion list'"));
  return *m;
}

Motion require_adopted(Session& s, std::int64_t motion, std::optional<MotionKind> kind, std::string_view rule) {
  const Motion m = find_motion(s, motion);
  const std::string r(rule);
  if (m.meeting_kind != MeetingKind::av)
    fail_data(msg("motion {} is of a board meeting, not of the AV", motion), r, msg("cite an adopted AV motion"));
  if (kind && m.kind != *kind)
    fail_data(msg("motion {} is of kind '{}', not '{}'", motion, motion_kind_name(m.kind), motion_kind_name(*kind)), r,
              msg("put a motion of kind {} to the AV: 'mbov vote motion add MEETING --kind {}'", motion_kind_name(*kind),
                  motion_kind_name(*kind)));
  if (!m.closed_at) fail_data(msg("motion {} is still open", motion), r, msg("close it first: 'mbov vote close MOTION'"));
  if (!motion_tally(s, motion).adopted) fail_data(msg("motion {} was not adopted", motion), r);
  return m;
}

std::vector<MotionSummary> list_motions(Session& s, std::optional<std::int64_t> meeting) {
  if (meeting) find_meeting(s, *meeting);  // an unknown meeting is an error, not an empty list
  std::vector<MotionSummary> rows;
  for (const std::int64_t id : store::motion_ids(s, meeting)) {
    const Tally t = motion_tally(s, id);
    rows.push_back({find_motion(s, id), t.turnout.yes + t.turnout.no + t.turnout.abstain, t});
  }
  return rows;
}

Object to_object(const MotionSummary& m) {
  return Object()
      .add("id", m.motion.id)
      .add("meeting", m.motion.meeting)
      .add("date", m.motion.date)
      .add("kind", motion_kind_name(m.motion.kind))
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
  if (m.closed_at) fail_data(msg("motion {} was closed at {}", motion, m.closed_at->local()), "R-VOTE-6");
  require_close_after(s, m, at);
  m.closed_at = at;
  m.closed_presence = store::last_presence(s, m.meeting);
  store::set_closed(s, motion, at, *m.closed_presence);
  const Tally t = store::count(s, m, s.policy.vote);
  store::save_result(s, motion, t);
  audit::record(s, "motion", std::to_string(motion), "close",
                Object().add("at", at.utc()).add("yes", t.turnout.yes).add("no", t.turnout.no)
                    .add("abstain", t.turnout.abstain).add("base", t.base).add("adopted", t.adopted));
  return t;
}

}  // namespace mbov::vote
