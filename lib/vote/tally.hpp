#pragma once
// The tally of one motion (R-VOTE-3, 4, 7): ONE function, `tally`, used by the stored tally of a
// motion and by the stateless tally of a ballot file alike. Every number comes from the policy.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <mbov/core/check.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov::vote {

enum class Choice : std::uint8_t { yes, no, abstain };

// "yes", "no", "abstain": how a choice is stored and printed.
std::string_view choice_name(Choice choice);
// Every choice's word, in Choice's order (what completes CHOICE).
std::span<const std::string_view> choice_words();

// Who counts for a motion, before the policy picks its base.
struct Turnout {
  std::int64_t present = 0;  // members present at the meeting
  std::int64_t advance = 0;  // members not present whose advance ballot counts
  std::int64_t members = 0;  // members entitled to vote on the meeting date (base "all_members")
  std::int64_t yes = 0;      // the ballots that count: an advance ballot replaced in person is gone
  std::int64_t no = 0;
  std::int64_t abstain = 0;
  friend bool operator==(const Turnout&, const Turnout&) = default;
};

struct Tally {
  Turnout turnout;
  std::int64_t base = 0;      // the members the threshold is a share of
  std::int64_t required = 0;  // the fewest yes votes that adopt without consensus
  std::int64_t margin = 0;    // yes - required: 0 is "exactly enough"
  bool quorum_met = true;
  bool consensus = false;
  bool adopted = false;
  std::string rule;      // the rule applied, in words and numbers (English: JSON, stored at the close)
  Policy::Vote policy;   // the policy it was decided under
};

// R-VOTE-3, R-VOTE-4, R-VOTE-7: the result of a motion under the policy.
Tally tally(const Policy::Vote& policy, const Turnout& turnout);

// Whether two results agree in every field `to_object` prints (the R-VOTE-11 comparison).
bool same_result(const Tally& a, const Tally& b);

// The JSON fields of CLI.md (motion, base, present, advance, yes, no, abstain, required,
// consensus, adopted, rule) and more; motion is null for a stateless tally. The rule is
// rule_message: English in the data formats, --lang where people read it.
Object to_object(const Tally& t, std::optional<std::int64_t> motion);

// The rule of t in words and numbers, made from its numbers and policy (its English is
// Tally::rule); t.rule itself when it was worded otherwise (a result stored by an older mbov),
// since the stored words are the record.
Message rule_message(const Tally& t);

}  // namespace mbov::vote

MBOV_PUBLIC_END
