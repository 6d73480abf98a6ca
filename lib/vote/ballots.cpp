#include "vote/ballots.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "core/error.hpp"
#include "vote/fingerprints.hpp"

namespace mbov::vote {
namespace {

std::uint32_t clamp_line(std::size_t line) {
  return static_cast<std::uint32_t>(std::min<std::size_t>(line, Mark::max_line));
}

}  // namespace

BallotReader::BallotReader(CsvReader& csv)
    : csv_(csv),
      columns_(csv, {"member", "choice"}, {"advance"}),
      member_col_(*columns_.index("member")),
      choice_col_(*columns_.index("choice")),
      advance_col_(columns_.index("advance")) {}

bool BallotReader::next() {
  if (!csv_.next()) return false;
  if (member().empty()) fail("empty member code");
  std::optional<Choice> choice = parse_choice(csv_.field(choice_col_));
  if (!choice) fail_at(csv_, choice_col_, fmt::format("'{}' is not yes, no or abstain", csv_.field(choice_col_)));
  choice_ = *choice;
  advance_ = false;
  if (advance_col_) {
    std::optional<bool> a = parse_advance(csv_.field(*advance_col_));
    if (!a) fail_at(csv_, *advance_col_, fmt::format("'{}' is not yes/no, true/false or 1/0", csv_.field(*advance_col_)));
    advance_ = *a;
  }
  return true;
}

void BallotReader::fail(std::string message) const { fail_at(csv_, member_col_, std::move(message)); }

Turnout read_ballots(std::istream& in, const std::string& source, const Policy::Vote& policy,
                     const Presence& presence) {
  if (policy.base == "all_members" && !presence.members)
    throw Error(Exit::usage, "the policy's vote.base is all_members: give --members N");
  Fingerprints table;
  if (presence.codes) {
    for (const std::string& code : *presence.codes) {
      if (code.empty()) throw Error(Exit::data, "--present names an empty member code");
      Mark& e = table.find_or_add(code);
      if (e.present) throw Error(Exit::data, fmt::format("--present names {} twice", code));
      e.present = true;
    }
  }

  CsvReader csv(in, source);
  BallotReader ballots(csv);
  while (ballots.next()) {
    const std::string_view code = ballots.member();
    const bool advance = ballots.advance();
    Mark& e = table.find_or_add(code);
    if (presence.codes && !advance && !e.present)
      ballots.fail(fmt::format("R-VOTE-2: {} votes in person but is not among --present", code));
    if (e.line != 0) {
      // R-VOTE-5, R-VOTE-6: only an in-person ballot replacing an advance one may follow it.
      if (e.advance == advance || !policy.in_person_overrides_advance)
        ballots.fail(fmt::format("R-VOTE-6: {} has a second ballot (the first on line {})", code, std::uint32_t{e.line}));
      if (advance) continue;  // the in-person ballot earlier in the file stands
    }
    e.line = clamp_line(csv.line());
    e.choice = static_cast<std::uint32_t>(ballots.choice());
    e.advance = advance;
  }

  Turnout t;
  std::int64_t in_person = 0, voters = 0;
  table.each([&](const Mark& e) {
    if (e.present) ++t.present;
    if (e.line == 0) return;
    ++voters;
    const auto choice = static_cast<Choice>(e.choice);
    (choice == Choice::yes ? t.yes : choice == Choice::no ? t.no : t.abstain) += 1;
    if (!e.advance) ++in_person;
    else if (!e.present) ++t.advance;
  });
  if (presence.count) {
    if (*presence.count < in_person)
      throw Error(Exit::data,
                  fmt::format("{}: {} in-person ballots but --present-count {}", csv.source(), in_person, *presence.count),
                  "R-VOTE-2");
    t.present = *presence.count;
  } else if (!presence.codes) {
    t.present = in_person;
  }
  if (presence.members) {
    if (*presence.members < voters)
      throw Error(Exit::data,
                  fmt::format("{}: ballots of {} members but --members {}", csv.source(), voters, *presence.members));
    t.members = *presence.members;
  }
  return t;
}

}  // namespace mbov::vote
