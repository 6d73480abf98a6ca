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
  bool present = false;  // named by --present, or present on the roll
  bool voted = false;    // the line above holds a ballot (a roll lists members without one)
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
      columns_(csv, {"member", "choice"}, {"advance", "present"}),
      member_col_(*columns_.index("member")),
      choice_col_(*columns_.index("choice")),
      advance_col_(columns_.index("advance")),
      present_col_(columns_.index("present")) {}

bool BallotReader::next() {
  if (!csv_.next()) return false;
  if (trim(member()).empty()) fail("empty member code");
  const auto flag = [this](std::optional<std::size_t> col) {
    if (!col) return false;
    std::optional<bool> f = parse_flag(csv_.field(*col));
    if (!f) fail_at(csv_, *col, fmt::format("'{}' is not yes/no, ja/nee, true/false or 1/0", csv_.field(*col)));
    return *f;
  };
  advance_ = flag(advance_col_);
  present_ = flag(present_col_);
  const std::string_view choice = csv_.field(choice_col_);
  choice_ = parse_choice(choice);
  if (!choice_ && !(is_roll() && trim(choice).empty()))
    fail_at(csv_, choice_col_, fmt::format("'{}' is not yes, no or abstain (voor, tegen, onthouding)", choice));
  if (!choice_ && advance_) fail_at(csv_, choice_col_, "an advance ballot without a choice");
  if (choice_ && !advance_ && is_roll() && !present_)
    fail(fmt::format("R-VOTE-2: {} votes in person but the roll says it is not present", trim(member())));
  return true;
}

void BallotReader::fail(std::string message) const { fail_at(csv_, member_col_, std::move(message)); }

Turnout read_ballots(std::istream& in, const std::string& source, const Policy::Vote& policy,
                     const Presence& presence) {
  CsvReader csv(in, source);
  BallotReader ballots(csv);
  const bool roll = ballots.is_roll();
  if (roll && (presence.codes || presence.count || presence.members))
    throw Error(Exit::data,
                fmt::format("{}: the file has a present column (a roll): it says who is present and who has a vote",
                            csv.source()),
                {}, "drop --present, --present-count and --members");
  if (policy.base == "all_members" && !presence.members && !roll)
    throw Error(Exit::usage, "the policy's vote.base is all_members: give --members N");
  MemberTable table;
  std::string key;
  if (presence.codes) {
    for (const std::string& code : *presence.codes) {
      member_key(code, key);
      if (key.empty()) throw Error(Exit::data, "--present names an empty member code");
      Entry& e = table.find_or_add(key);
      if (e.present) throw Error(Exit::data, fmt::format("--present names {} twice", trim(code)));
      e.present = true;
    }
  }

  bool any_ballot = false;
  while (ballots.next()) {
    const std::string_view code = trim(ballots.member());
    const bool advance = ballots.advance();
    member_key(code, key);
    Entry& e = table.find_or_add(key);
    if (roll) e.present = e.present || ballots.present();
    if (presence.codes && !advance && !e.present)
      ballots.fail(fmt::format("R-VOTE-2: {} votes in person but is not among --present", code));
    if (e.line != 0) {
      // R-VOTE-5, R-VOTE-6: only an in-person ballot replacing an advance one may follow it.
      if (!e.voted || !ballots.choice() || e.advance == advance || !policy.in_person_overrides_advance)
        ballots.fail(fmt::format("R-VOTE-6: {} has a second {} (the first on line {})", code,
                                 roll ? "line" : "ballot", e.line));
      if (advance) continue;  // the in-person ballot earlier in the file stands
    }
    e.line = clamp_line(csv.line());
    e.voted = ballots.choice().has_value();
    any_ballot = any_ballot || e.voted;
    if (!e.voted) continue;
    e.choice = *ballots.choice();
    e.advance = advance;
  }
  if (!any_ballot) throw Error(Exit::data, fmt::format("{}: no ballots", csv.source()), {}, "there is nothing to tally");

  Turnout t;
  std::int64_t in_person = 0, voters = 0;
  for (const Entry& e : table.entries()) {
    if (e.present) ++t.present;
    if (!e.voted) continue;
    ++voters;
    (e.choice == Choice::yes ? t.yes : e.choice == Choice::no ? t.no : t.abstain) += 1;
    if (!e.advance) ++in_person;
    else if (!e.present) ++t.advance;
  }
  if (roll) {
    t.members = static_cast<std::int64_t>(table.entries().size());
    return t;
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
