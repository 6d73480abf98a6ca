// A motion's roll and its result (R-VOTE-4, R-VOTE-11): who was present as of the close, in the
// order things were recorded, and the ballot of each that counts.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <map>
#include <set>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "vote/store.hpp"

namespace mbov::vote {
namespace {

// R-VOTE-4, R-VOTE-5: the counts of a roll; an advance voter not present widens the base.
Turnout turnout_of(const std::vector<RollEntry>& roll) {
  Turnout t;
  t.members = static_cast<std::int64_t>(roll.size());
  for (const RollEntry& e : roll) {
    if (e.present) ++t.present;
    if (!e.choice) continue;
    (*e.choice == Choice::yes ? t.yes : *e.choice == Choice::no ? t.no : t.abstain) += 1;
    if (e.advance && !e.present) ++t.advance;
  }
  return t;
}


}  // namespace

std::vector<RollEntry> roll(Session& s, const Motion& m) {
  const std::vector<std::string> present = !m.closed_at        ? store::present_members(s, m.meeting, std::nullopt)
                                           : m.closed_presence ? store::present_members(s, m.meeting, m.closed_presence)
                                                               : store::attended_by(s, m.meeting, *m.closed_at);
  const std::set<std::string> here(present.begin(), present.end());

  std::map<std::string, Ballot> ballots;  // the ballots that count: not replaced, not withdrawn
  for (const std::int64_t id : store::counting_ballots(s, m.id)) {
    Ballot ballot = store::find_ballot(s, id);
    ballots.emplace(ballot.member, std::move(ballot));
  }

  std::vector<RollEntry> rows;
  for (ScreenMember& who : store::roll_members(s, m)) {
    RollEntry e;
    e.member = std::move(who.member);
    e.name = std::move(who.name);
    e.present = here.contains(e.member);
    // R-VOTE-10: an in-person ballot counts only while its member is present (one who left
    // before the close is not in the base, and neither is its ballot).
    if (auto it = ballots.find(e.member); it != ballots.end() && (it->second.advance || e.present)) {
      e.choice = it->second.choice;
      e.advance = it->second.advance;
      e.ballot = it->second.id;
      e.at = it->second.at;
    }
    rows.push_back(std::move(e));
  }
  return rows;
}

Object to_object(const RollEntry& e) {
  return Object()
      .add("member", e.member)
      .add("choice", e.choice ? Value(choice_name(*e.choice)) : Value())
      .add("advance", e.advance)
      .add("present", e.present)
      .add("ballot", e.ballot)
      .add("at", e.at);
}

Tally store::count(Session& s, const Motion& m, const Policy::Vote& policy) {
  return tally(policy, turnout_of(roll(s, m)));
}

Tally motion_tally(Session& s, std::int64_t motion) {
  const Motion m = find_motion(s, motion);
  if (m.closed_at)
    if (std::optional<Tally> stored = store::load_result(s, motion)) return *stored;
  return store::count(s, m, s.policy.vote);
}

Tally recount(Session& s, std::int64_t motion) {
  const Motion m = find_motion(s, motion);
  if (!m.closed_at)
    fail_data(msg("motion {} is open: there is no result to recount yet", motion), "R-VOTE-4",
              msg("see 'mbov vote tally MOTION'"));
  const std::optional<Tally> stored = store::load_result(s, motion);
  return store::count(s, m, stored ? stored->policy : s.policy.vote);
}

MotionView view_motion(Session& s, std::int64_t motion) {
  MotionView v;
  v.motion = find_motion(s, motion);
  const std::optional<Tally> stored = v.motion.closed_at ? store::load_result(s, motion) : std::nullopt;
  v.stored = stored.has_value();
  v.tally = stored ? *stored : store::count(s, v.motion, s.policy.vote);
  v.roll = roll(s, v.motion);
  v.repeated_by = store::repeats_of(s, motion);
  return v;
}

namespace {

// The tally's object `o` (English or shown) and the rest of the view.
Object motion_object(const MotionView& v, Object o) {
  Array repeated_by(v.repeated_by.begin(), v.repeated_by.end());
  o.add("title", v.motion.title)
      .add("meeting", v.motion.meeting)
      .add("date", v.motion.date)
      .add("kind", motion_kind_name(v.motion.kind))
      .add("closed", v.motion.closed_at)
      .add("stored", v.stored)
      .add("repeats", v.motion.repeats)
      .add("repeated_by", std::move(repeated_by));
  // The named vote for the minutes: every member present or with a ballot that counts.
  Array votes;
  for (const RollEntry& e : v.roll) {
    if (!e.present && !e.choice) continue;
    votes.push_back(Object()
                        .add("member", e.member)
                        .add("name", e.name)
                        .add("present", e.present)
                        .add("choice", e.choice ? Value(choice_name(*e.choice)) : Value())
                        .add("advance", e.choice ? Value(e.advance) : Value()));
  }
  o.add("votes", std::move(votes));
  return o;
}

}  // namespace

Object to_object(const MotionView& v) { return motion_object(v, to_object(v.tally, v.motion.id)); }

}  // namespace mbov::vote
