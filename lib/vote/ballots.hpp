#pragma once
// The stateless tally: a ballot file (CSV member,choice[,advance]) streamed into a Turnout, with
// no database (`mbov vote tally --ballots FILE|-`). Memory grows with the number of distinct
// members (about 20 bytes each, to find a member's second ballot: vote/fingerprints.hpp), never
// with the lines.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/csv.hpp"
#include "core/policy.hpp"
#include "vote/tally.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov::vote {

// The records of a ballot file (the columns `member,choice[,advance]`, as `vote ballots --format
// csv` writes them), checked field by field: shared by `vote tally --ballots` and `vote import`.
class BallotReader {
 public:
  explicit BallotReader(CsvReader& csv);
  // The next ballot; false at the end. A bad field throws Exit::data naming line and column.
  bool next();
  std::string_view member() const { return csv_.field(member_col_); }
  Choice choice() const { return choice_; }
  bool advance() const { return advance_; }
  // Exit::data naming the current line and the member column.
  [[noreturn]] void fail(std::string message) const;

 private:
  CsvReader& csv_;
  CsvColumns columns_;
  std::size_t member_col_, choice_col_;
  std::optional<std::size_t> advance_col_;
  Choice choice_ = Choice::abstain;
  bool advance_ = false;
};

// Who was present, as the command line says it (CLI.md "CSV input").
struct Presence {
  std::optional<std::vector<std::string>> codes;  // --present CODE,...
  std::optional<std::int64_t> count;              // --present-count N
  std::optional<std::int64_t> members;            // --members N: the base "all_members"
};

// Reads every ballot of `in` (named `source` in errors) and counts them:
//   present: |codes|, or count, or (neither) the members with an in-person ballot;
//   advance: the advance ballots that count, of members not present.
// A member's second ballot is an error (R-VOTE-6) unless one is an advance ballot and the policy
// lets the in-person one replace it (R-VOTE-5). Every error is Exit::data naming line and column.
Turnout read_ballots(std::istream& in, const std::string& source, const Policy::Vote& policy,
                     const Presence& presence);

}  // namespace mbov::vote

MBOV_PUBLIC_END
