#include <mbov/vote/ballots.hpp>
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <exception>
#include <istream>
#include <string_view>
#include <vector>

#include "core/csv_plain.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "vote/member_table.hpp"
#include "vote/text.hpp"

namespace mbov::vote {

struct BallotReader::Plain {
  // What a column's parse function gives for a text, remembered for the few texts a column holds
  // (yes, no, 1, 0): a ballot file repeats them on every line. Texts of up to 16 bytes, found by
  // their bytes (two numbers and a length) in 8 entries; a longer text is parsed every time.
  template <class T>
  class Memo {
   public:
    explicit Memo(T (*parse)(std::string_view)) : parse_(parse) {}
    // `text`: a field of a plain line (its bytes and 8 more can be read).
    T operator()(std::string_view text) {
      if (text.size() > 16) return parse_(text);
      const std::uint64_t low = csv_plain::low_bytes(text.data(), std::min<std::size_t>(text.size(), 8));
      const std::uint64_t high = text.size() > 8 ? csv_plain::low_bytes(text.data() + 8, text.size() - 8) : 0;
      Entry& e = entries_[((low ^ (high * 31) ^ text.size()) * 0x9E3779B97F4A7C15) >> 61];
      if (e.size != text.size() || e.low != low || e.high != high) [[unlikely]]
        remember(e, {low, high, text.size()}, text);
      return e.value;
    }

   private:
    struct Entry {
      std::uint64_t low = 0, high = 0;
      std::size_t size = ~std::size_t{0};  // none
      T value{};
    };
    // Out of line: the look-up above stays small (the choice column's is inlined).
    [[gnu::noinline]] void remember(Entry& e, Entry text_key, std::string_view text) {
      e = text_key;
      e.value = parse_(text);
    }
    T (*parse_)(std::string_view);
    std::array<Entry, 8> entries_;
  };

  std::string_view lines;  // buffered lines that plain_prefix() accepts, not yet read
  std::array<std::string_view, 4> fields;  // member, choice, advance, present: at most 4 columns
  Memo<std::optional<Choice>> choice{parse_choice};
  Memo<std::optional<bool>> flag{parse_flag};
};

BallotReader::BallotReader(CsvReader& csv)
    : csv_(csv),
      columns_(csv, {"member", "choice"}, {"advance", "present"}),
      member_col_(*columns_.index("member")),
      choice_col_(*columns_.index("choice")),
      advance_col_(columns_.index("advance")),
      present_col_(columns_.index("present")),
      plain_(std::make_unique<Plain>()) {}

BallotReader::~BallotReader() = default;

bool BallotReader::next_plain() {
  Plain& p = *plain_;
  if (p.lines.empty()) {
    const std::string_view buffered = csv_.buffered_lines();
    p.lines = buffered.substr(0, buffered.rfind('\n', csv_plain::plain_prefix(buffered)) + 1);  // npos + 1 = 0
    if (p.lines.empty()) return false;
  }
  const std::size_t size = csv_plain::split_plain(p.lines, csv_.field_separator(), p.fields.data(), csv_.header().size());
  if (size == 0) return false;
  // The checks of next(), on values it would find alike; a line that fails one is left to it.
  const std::string_view code = trim(p.fields[member_col_]);
  if (code.empty()) return false;
  const auto flag = [&p](std::optional<std::size_t> col) { return col ? p.flag(p.fields[*col]) : std::optional<bool>(false); };
  const std::optional<bool> advance = flag(advance_col_), present = flag(present_col_);
  const std::optional<Choice> choice = p.choice(p.fields[choice_col_]);
  if (!advance || !present || !choice || (!*advance && is_roll() && !*present)) return false;
  line_ = csv_.next_line();
  csv_.skip(size, 1);
  p.lines.remove_prefix(size);
  member_ = p.fields[member_col_];
  code_ = code;
  choice_ = choice;
  advance_ = *advance;
  present_ = *present;
  return true;
}

bool BallotReader::next() {
  if (next_plain()) return true;
  plain_->lines = {};  // CsvReader reads on from here
  if (!csv_.next()) return false;
  line_ = csv_.line();
  member_ = csv_.field(member_col_);
  code_ = trim(member_);
  if (code_.empty()) fail(msg("empty member code"));
  const auto flag = [this](std::optional<std::size_t> col) {
    if (!col) return false;
    std::optional<bool> f = parse_flag(csv_.field(*col));
    if (!f) fail_at(csv_, *col, msg("'{}' is not yes/no, ja/nee, true/false or 1/0", csv_.field(*col)));
    return *f;
  };
  advance_ = flag(advance_col_);
  present_ = flag(present_col_);
  const std::string_view choice = csv_.field(choice_col_);
  choice_ = parse_choice(choice);
  if (!choice_ && !(is_roll() && trim(choice).empty()))
    fail_at(csv_, choice_col_, msg("'{}' is not yes, no or abstain (voor, tegen, onthouding)", choice));
  if (!choice_ && advance_) fail_at(csv_, choice_col_, msg("an advance ballot without a choice"));
  if (choice_ && !advance_ && is_roll() && !present_)
    fail(msg("R-VOTE-2: {} votes in person but the roll says it is not present", code_));
  return true;
}

void BallotReader::fail(Message message) const { fail_at(csv_, line_, member_col_, std::move(message)); }

void BallotReader::fail(std::size_t line, Message message) const {
  fail_at(csv_, line, member_col_, std::move(message));
}

namespace {

// Ballots read ahead of the counting, a batch at a time: each member's slot is prefetched as its
// line is read, so the batch's look-ups find the table's memory in the cache (at 10^6 members,
// waiting for memory was most of the tally's time).
class Batch {
 public:
  struct Ballot {
    std::size_t line;
    std::size_t at, size;  // the code as written (trimmed) at `at` in the batch's text, its key after it
    MemberTable::Key key;
    std::optional<Choice> choice;
    bool advance, present;
  };

  // Reads the next ballots. An error in a line is kept until the lines before it are counted
  // (more() throws it), so the errors come in line order.
  void read(BallotReader& in, const MemberTable& table) {
    ballots_.clear();
    text_.clear();
    try {
      while (ballots_.size() < capacity) {
        if (!in.next()) {
          end_ = true;
          return;
        }
        const std::string_view code = in.code();
        const MemberTable::Key key = key_of(code);
        table.prefetch(key);
        ballots_.push_back({in.line(), text_.size(), code.size(), key, in.choice(), in.advance(), in.present()});
        text_ += code;
        if (!key.packed) text_ += key_;
      }
    } catch (...) {
      error_ = std::current_exception();
    }
  }
  const std::vector<Ballot>& ballots() const { return ballots_; }
  std::string_view code(const Ballot& b) const { return {text_.data() + b.at, b.size}; }
  // The key as text: only a long one is kept (MemberTable compares a short one as a number).
  std::string_view key(const Ballot& b) const {
    return b.key.packed ? std::string_view() : std::string_view(text_.data() + b.at + b.size, b.size);
  }
  // After the batch is counted: false at the end of the file; throws the error of a bad line.
  bool more() const {
    if (error_) std::rethrow_exception(error_);
    return !end_;
  }

 private:
  static constexpr std::size_t capacity = 32;
  // The key of a member code as read (trimmed): a code of up to 8 ASCII bytes folded 8 bytes at
  // once, as member_key() would fold it; a longer one through member_key(), its text in key_.
  MemberTable::Key key_of(std::string_view code) {
    if constexpr (std::endian::native == std::endian::little) {
      const std::uint64_t w = csv_plain::low_bytes(code.data(), std::min<std::size_t>(code.size(), 8));
      if (code.size() <= 8 && !(w & csv_plain::highs)) return MemberTable::packed_key(fold8(w));
    }
    member_key(code, key_);
    return MemberTable::key(key_);
  }

  std::vector<Ballot> ballots_;
  std::string text_, key_;
  std::exception_ptr error_;
  bool end_ = false;
};

// The bytes from here to the end of a file; nullopt for a pipe.
std::optional<std::size_t> bytes_left(std::istream& in) {
  const std::istream::pos_type here = in.tellg();
  if (here == std::istream::pos_type(-1)) {
    in.clear();
    return std::nullopt;
  }
  in.seekg(0, std::ios::end);
  const std::istream::pos_type end = in.tellg();
  in.clear();
  in.seekg(here);
  if (end == std::istream::pos_type(-1) || end < here) return std::nullopt;
  return static_cast<std::size_t>(end - here);
}

// Every ballot of the file into the table, in line order; true when any line holds a ballot.
// `size`: the bytes of the input, when it is a file.
bool count(BallotReader& ballots, const CsvReader& csv, MemberTable& table, const Policy::Vote& policy,
           bool named_present, std::optional<std::size_t> size) {
  const bool roll = ballots.is_roll();
  bool any_ballot = false;
  Batch batch;
  const std::size_t header = csv.offset();
  batch.read(ballots, table);
  // Room for as many members as the file has lines at the length of its first ones: the table is
  // sized once instead of growing (a guess: a file whose first lines mislead it merely grows the
  // table, or leaves room unused).
  if (size && csv.offset() > header)
    table.reserve((*size - header) * batch.ballots().size() / (csv.offset() - header));
  for (;;) {
    for (const Batch::Ballot& b : batch.ballots()) {
      const std::string_view code = batch.code(b);
      Mark& e = table.find_or_add(batch.key(b), b.key);
      if (roll) e.present = e.present || b.present;
      if (named_present && !b.advance && !e.present)
        ballots.fail(b.line, msg("R-VOTE-2: {} votes in person but is not among --present", code));
      if (e.line != 0) {
        // R-VOTE-5, R-VOTE-6: only an in-person ballot replacing an advance one may follow it.
        if (!e.voted || !b.choice || e.advance == b.advance || !policy.in_person_overrides_advance)
          ballots.fail(b.line, msg("R-VOTE-6: {} has a second {} (the first on line {})", code,
                                           roll ? marked(N_("line")) : marked(N_("ballot")), std::uint32_t{e.line}));
        if (b.advance) continue;  // the in-person ballot earlier in the file stands
      }
      e.line = static_cast<std::uint32_t>(b.line);
      e.voted = b.choice.has_value();
      any_ballot = any_ballot || e.voted;
      if (!e.voted) continue;
      e.choice = static_cast<std::uint32_t>(*b.choice);
      e.advance = b.advance;
    }
    if (!batch.more()) return any_ballot;
    batch.read(ballots, table);
  }
}

}  // namespace

Turnout read_ballots(std::istream& in, const std::string& source, const Policy::Vote& policy,
                     const Presence& presence) {
  const std::optional<std::size_t> size = bytes_left(in);
  CsvReader csv(in, source);
  BallotReader ballots(csv);
  const bool roll = ballots.is_roll();
  if (roll && (presence.codes || presence.count || presence.members))
    throw Error(Exit::data,
                msg("{}: the file has a present column (a roll): it says who is present and who has a vote",
                            csv.source()),
                {}, msg("drop --present, --present-count and --members"));
  if (policy.base == VoteBase::all_members && !presence.members && !roll)
    throw Error(Exit::usage, msg("the policy's vote.base is all_members: give --members N"));
  MemberTable table;
  if (presence.codes) {
    std::string key;
    for (const std::string& code : *presence.codes) {
      member_key(code, key);
      if (key.empty()) throw Error(Exit::data, msg("--present names an empty member code"));
      Mark& e = table.find_or_add(key);
      if (e.present) throw Error(Exit::data, msg("--present names {} twice", trim(code)));
      e.present = true;
    }
  }
  const bool any_ballot = count(ballots, csv, table, policy, presence.codes.has_value(), size);
  if (!any_ballot) throw Error(Exit::data, msg("{}: no ballots", csv.source()), {}, msg("there is nothing to tally"));

  Turnout t;
  std::int64_t in_person = 0, voters = 0;
  table.each([&](const Mark& e) {
    if (e.present) ++t.present;
    if (!e.voted) return;
    ++voters;
    const auto choice = static_cast<Choice>(e.choice);
    (choice == Choice::yes ? t.yes : choice == Choice::no ? t.no : t.abstain) += 1;
    if (!e.advance) ++in_person;
    else if (!e.present) ++t.advance;
  });
  if (roll) {
    t.members = static_cast<std::int64_t>(table.size());
    return t;
  }
  if (presence.count) {
    if (*presence.count < in_person)
      throw Error(Exit::data,
                  msg("{}: {} in-person ballots but --present-count {}", csv.source(), in_person, *presence.count),
                  "R-VOTE-2");
    t.present = *presence.count;
  } else if (!presence.codes) {
    t.present = in_person;
  }
  if (presence.members) {
    if (*presence.members < voters)
      throw Error(Exit::data,
                  msg("{}: ballots of {} members but --members {}", csv.source(), voters, *presence.members));
    t.members = *presence.members;
  }
  return t;
}

}  // namespace mbov::vote
