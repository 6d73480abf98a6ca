#include <mbov/vote/tally.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include <mbov/core/msg.hpp>

namespace mbov::vote {

namespace {
constexpr std::array<std::string_view, 3> choice_list{"yes", "no", "abstain"};  // in Choice's order
}  // namespace

std::string_view choice_name(Choice choice) { return choice_list[static_cast<std::size_t>(choice)]; }

std::span<const std::string_view> choice_words() { return choice_list; }

namespace {

std::int64_t base_of(const Policy::Vote& policy, const Turnout& t) {
  if (policy.base == VoteBase::cast) return t.yes + t.no + t.abstain;
  if (policy.base == VoteBase::all_members) return t.members;
  return t.present + t.advance;  // present_or_advance
}

Message base_words(const Policy::Vote& policy) {
  if (policy.base == VoteBase::cast) return msg("members that cast a ballot");
  if (policy.base == VoteBase::all_members) return msg("all members");
  return msg("members present or voting in advance");
}

// R-VOTE-3: "no_objection": at least one yes and no "no"; "unanimous": every member in the base
// voted yes. Abstentions and silent members do not object.
bool is_consensus(const Policy::Vote& policy, const Turnout& t, std::int64_t base) {
  if (policy.consensus == Consensus::unanimous) return base > 0 && t.yes == base;
  return t.yes > 0 && t.no == 0;
}

Message why_no_consensus(const Policy::Vote& policy, const Turnout& t, std::int64_t base) {
  if (policy.consensus == Consensus::unanimous) return msg("not all {} in the base voted yes", base);
  if (t.yes == 0) return msg("no yes vote");
  return msg("{} no", t.no);
}

// R-VOTE-3, R-VOTE-4, R-VOTE-7 in words and numbers.
Message rule_text(const Tally& t) {
  const Policy::Vote& policy = t.policy;
  const Turnout& turnout = t.turnout;
  const Fraction& f = policy.threshold;
  const Message counts = msg("{} yes, {} no, {} abstain, base {} ({})", turnout.yes, turnout.no, turnout.abstain,
                                 t.base, base_words(policy));
  if (!t.quorum_met)
    return msg("quorum not met: base {} < quorum {} (R-VOTE-7); {}; not adopted", t.base, policy.quorum, counts);
  if (t.consensus)
    return msg("consensus ({}) (R-VOTE-3); {}; adopted",
                      policy.consensus == Consensus::unanimous ? msg("unanimous")
                                                      : msg("at least one yes and no objection"),
                      counts);
  const bool share = turnout.yes * f.den >= f.num * t.base;  // the arithmetic, printed as it is
  return msg(
      "no consensus ({}); threshold {} of base {} ({}) requires {} yes (R-VOTE-4); {} yes, {} no, {} abstain: "
      "{}×{} {} {}×{}{}, margin {:+}; {}",
      why_no_consensus(policy, turnout, t.base), f.str(), t.base, base_words(policy), t.required, turnout.yes,
      turnout.no, turnout.abstain, turnout.yes, f.den, share ? "≥" : "<", f.num, t.base,
      share && turnout.yes == 0 ? msg(" but no yes vote") : Message(""), t.margin,
      t.adopted ? msg("adopted") : msg("not adopted"));
}

}  // namespace

Object to_object(const Tally& t, std::optional<std::int64_t> motion) {
  const Policy::Vote& policy = t.policy;
  Object o;
  o.add("motion", motion)
      .add("base", t.base)
      .add("present_count", t.turnout.present)
      .add("advance_count", t.turnout.advance)
      .add("yes", t.turnout.yes)
      .add("no", t.turnout.no)
      .add("abstain", t.turnout.abstain)
      .add("required", t.required)
      .add("margin", t.margin)
      .add("threshold", policy.threshold.str())
      .add("base_rule", vote_base_name(policy.base))
      .add("quorum", policy.quorum)
      .add("quorum_met", t.quorum_met)
      .add("consensus", t.consensus)
      .add("adopted", t.adopted)
      .add("rule", rule_message(t));
  return o;
}

Tally tally(const Policy::Vote& policy, const Turnout& turnout) {
  Tally t;
  t.policy = policy;
  t.turnout = turnout;
  t.base = base_of(policy, turnout);
  const Fraction& f = policy.threshold;
  // R-VOTE-4: the fewest yes with yes × den ≥ num × base, in integers; never fewer than one.
  t.required = std::max<std::int64_t>(1, (f.num * t.base + f.den - 1) / f.den);
  t.margin = turnout.yes - t.required;
  t.quorum_met = t.base >= policy.quorum;  // R-VOTE-7: quorum 0 = none
  t.consensus = is_consensus(policy, turnout, t.base);
  const bool share = turnout.yes * f.den >= f.num * t.base;
  const bool threshold_met = turnout.yes >= 1 && share;
  t.adopted = t.quorum_met && (t.consensus || threshold_met);

  t.rule = english(rule_text(t));
  return t;
}

bool same_result(const Tally& a, const Tally& b) {
  return a.turnout.present == b.turnout.present && a.turnout.advance == b.turnout.advance &&
         a.turnout.yes == b.turnout.yes && a.turnout.no == b.turnout.no && a.turnout.abstain == b.turnout.abstain &&
         a.base == b.base && a.required == b.required && a.margin == b.margin && a.quorum_met == b.quorum_met &&
         a.consensus == b.consensus && a.adopted == b.adopted && a.rule == b.rule &&
         a.policy.threshold == b.policy.threshold && a.policy.base == b.policy.base &&
         a.policy.quorum == b.policy.quorum;
}

Message rule_message(const Tally& t) {
  Message text = rule_text(t);
  return english(text) == t.rule ? text : Message(t.rule);
}

}  // namespace mbov::vote
