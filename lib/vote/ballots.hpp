#pragma once
// The stateless tally: a ballot file (CSV member,choice[,advance]) streamed into a Turnout, with
// no database (`mbov vote tally --ballots FILE|-`). Memory grows with the number of distinct
// members (about 20 bytes each, to find a member's second ballot; for a file, room for as many as
// its size suggests is made up front), never with the lines.
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <mbov/core/csv.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/vote/tally.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov::vote {

// ---- ballot input as it comes from an office (ballot_input.cpp)

// The key a member code is compared by: trimmed and case-folded, into `key` (reused, no
// allocation per line).
void member_key(std::string_view code, std::string& key);
// yes/voor, no/tegen, abstain/onthouding, in any case, trimmed; nullopt for anything else.
std::optional<Choice> parse_choice(std::string_view text);
// A yes/no column (advance, present): yes/ja/true/1, no/nee/false/0 in any case; empty is no.
std::optional<bool> parse_flag(std::string_view text);

// ---- ballot files (ballots.cpp)

// The records of a ballot file (the columns `member,choice[,advance][,present]`, as `vote
// ballots --format csv` writes them), checked field by field: shared by `vote tally --ballots`
// and `vote import`. A file with a `present` column is a roll (R-VOTE-11): it lists every member
// with a vote, present or not, and an empty choice is a member without a ballot.
class BallotReader {
 public:
  explicit BallotReader(CsvReader& csv);
  ~BallotReader();
  // The next record; false at the end. A bad field throws Exit::data naming line and column.
  bool next();
  std::size_t line() const { return line_; }  // the line of the record
  std::string_view member() const { return member_; }
  // member() trimmed; the 8 bytes from its start can be read (CsvReader::field).
  std::string_view code() const { return code_; }
  bool is_roll() const { return present_col_.has_value(); }
  std::optional<Choice> choice() const { return choice_; }  // nullopt: no ballot (a roll only)
  bool advance() const { return advance_; }
  bool present() const { return present_; }  // false without a present column
  // Exit::data naming the current line and the member column.
  [[noreturn]] void fail(Message message) const;
  // The same for an earlier line (a ballot read ahead).
  [[noreturn]] void fail(std::size_t line, Message message) const;

 private:
  struct Plain;  // what next_plain() keeps (ballots.cpp)
  // The next line, when it is plain (core/csv_plain.hpp) and every field of it is valid: read
  // without CsvReader's per-record work. false leaves the line to the checks of next().
  bool next_plain();

  CsvReader& csv_;
  CsvColumns columns_;
  std::size_t member_col_, choice_col_;
  std::optional<std::size_t> advance_col_, present_col_;
  std::unique_ptr<Plain> plain_;
  std::size_t line_ = 0;
  std::string_view member_, code_;
  std::optional<Choice> choice_;
  bool advance_ = false, present_ = false;
};

// Who was present, as the command line says it (CLI.md "CSV input").
struct Presence {
  std::optional<std::vector<std::string>> codes;  // --present CODE,...
  std::optional<std::int64_t> count;              // --present-count N
  std::optional<std::int64_t> members;            // --members N: the base "all_members"
};

// Reads every ballot of `in` (named `source` in errors) and counts them:
//   present: the roll's present members, or |codes|, or count, or (none of these) the members
//   with an in-person ballot; advance: the advance ballots that count, of members not present;
//   members: the roll's members, or --members.
// Member codes are compared after trimming and case folding. A file without any ballot is an
// error ("no ballots"); so is a roll together with --present, --present-count or --members.
// A member's second ballot is an error (R-VOTE-6) unless one is an advance ballot and the policy
// lets the in-person one replace it (R-VOTE-5). Every error is Exit::data naming line and column.
Turnout read_ballots(std::istream& in, const std::string& source, const Policy::Vote& policy,
                     const Presence& presence);

}  // namespace mbov::vote

MBOV_PUBLIC_END
