#include "vote/ballots.hpp"

#include <fmt/format.h>

#include <deque>
#include <functional>
#include <limits>
#include <string_view>

#include "core/error.hpp"

namespace mbov::vote {
namespace {

// One member of the file: its code in the arena, where its ballot stands, what it is.
struct Entry {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
  std::uint32_t line = 0;  // the line of its ballot, 0 = none yet (clamped for huge files)
  Choice choice = Choice::abstain;
  bool advance = false;
  bool present = false;  // named by --present
};

// A set of member codes by open addressing over one arena: a few allocations for a million
// members instead of a million.
class MemberTable {
 public:
  MemberTable() { slots_.assign(1024, empty); }

  // The entry of `code`, added when new.
  Entry& find_or_add(std::string_view code) {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = std::hash<std::string_view>{}(code) & mask;; i = (i + 1) & mask) {
      std::uint32_t e = slots_[i];
      if (e == empty) {
        if (arena_.size() + code.size() > std::numeric_limits<std::uint32_t>::max())
          throw Error(Exit::data, "too many members in one ballot file");
        entries_.push_back({static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(code.size())});
        arena_.append(code);
        slots_[i] = static_cast<std::uint32_t>(entries_.size() - 1);
        if (entries_.size() * 2 > slots_.size()) grow();
        return entries_.back();
      }
      if (code_of(entries_[e]) == code) return entries_[e];
    }
  }
  const std::deque<Entry>& entries() const { return entries_; }

 private:
  static constexpr std::uint32_t empty = std::numeric_limits<std::uint32_t>::max();
  std::string_view code_of(const Entry& e) const { return {arena_.data() + e.offset, e.size}; }
  void grow() {
    std::vector<std::uint32_t> slots(slots_.size() * 2, empty);
    std::size_t mask = slots.size() - 1;
    for (std::uint32_t e = 0; e < entries_.size(); ++e) {
      std::size_t i = std::hash<std::string_view>{}(code_of(entries_[e])) & mask;
      while (slots[i] != empty) i = (i + 1) & mask;
      slots[i] = e;
    }
    slots_.swap(slots);
  }

  std::string arena_;
  std::deque<Entry> entries_;  // no reallocation: no doubled peak
  std::vector<std::uint32_t> slots_;
};

std::uint32_t clamp_line(std::size_t line) {
  return static_cast<std::uint32_t>(std::min<std::size_t>(line, std::numeric_limits<std::uint32_t>::max()));
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
  MemberTable table;
  if (presence.codes) {
    for (const std::string& code : *presence.codes) {
      if (code.empty()) throw Error(Exit::data, "--present names an empty member code");
      Entry& e = table.find_or_add(code);
      if (e.present) throw Error(Exit::data, fmt::format("--present names {} twice", code));
      e.present = true;
    }
  }

  CsvReader csv(in, source);
  BallotReader ballots(csv);
  while (ballots.next()) {
    const std::string_view code = ballots.member();
    const bool advance = ballots.advance();
    Entry& e = table.find_or_add(code);
    if (presence.codes && !advance && !e.present)
      ballots.fail(fmt::format("R-VOTE-2: {} votes in person but is not among --present", code));
    if (e.line != 0) {
      // R-VOTE-5, R-VOTE-6: only an in-person ballot replacing an advance one may follow it.
      if (e.advance == advance || !policy.in_person_overrides_advance)
        ballots.fail(fmt::format("R-VOTE-6: {} has a second ballot (the first on line {})", code, e.line));
      if (advance) continue;  // the in-person ballot earlier in the file stands
    }
    e.line = clamp_line(csv.line());
    e.choice = ballots.choice();
    e.advance = advance;
  }

  Turnout t;
  std::int64_t in_person = 0, voters = 0;
  for (const Entry& e : table.entries()) {
    if (e.present) ++t.present;
    if (e.line == 0) continue;
    ++voters;
    (e.choice == Choice::yes ? t.yes : e.choice == Choice::no ? t.no : t.abstain) += 1;
    if (!e.advance) ++in_person;
    else if (!e.present) ++t.advance;
  }
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
