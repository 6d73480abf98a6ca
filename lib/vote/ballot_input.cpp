// Ballot input as it comes from an office (issue 12): codes and words compared after trimming and
// case folding, Dutch words beside the English ones. Kept apart from the counting in ballots.cpp.
#include <mbov/vote/ballots.hpp>
#include "vote/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace mbov::vote {
namespace {

// A text of at most 16 bytes, case-folded, as numbers: comparing it with a word is comparing
// numbers, not a loop over characters (every field of a ballot file is looked up so).
struct Folded {
  std::uint64_t low = 0, high = 0;
  std::size_t size = 0;
  bool operator==(const Folded&) const = default;
};

constexpr std::optional<Folded> folded(std::string_view text) {
  if (text.size() > 16) return std::nullopt;
  Folded f{.size = text.size()};
  for (std::size_t i = 0; i < text.size(); ++i)
    (i < 8 ? f.low : f.high) |= std::uint64_t{static_cast<unsigned char>(fold(text[i]))} << (8 * (i % 8));
  return f;
}

// The words a field may hold and what each means, folded once, at compile time.
template <class T, std::size_t N>
class Words {
 public:
  constexpr explicit Words(const std::pair<std::string_view, T> (&words)[N]) {
    for (std::size_t i = 0; i < N; ++i) list_[i] = {*folded(words[i].first), words[i].second};
  }
  std::optional<T> find(std::string_view trimmed) const {
    const std::optional<Folded> f = folded(trimmed);
    if (!f) return std::nullopt;
    for (const auto& [word, value] : list_)
      if (word == *f) return value;
    return std::nullopt;
  }

 private:
  std::array<std::pair<Folded, T>, N> list_{};
};

}  // namespace

void member_key(std::string_view code, std::string& key) {
  const std::string_view t = trim(code);
  key.resize(t.size());
  std::transform(t.begin(), t.end(), key.begin(), fold);
}

std::optional<Choice> parse_choice(std::string_view text) {
  static constexpr Words<Choice, 6> words({{"yes", Choice::yes},
                                           {"voor", Choice::yes},
                                           {"no", Choice::no},
                                           {"tegen", Choice::no},
                                           {"abstain", Choice::abstain},
                                           {"onthouding", Choice::abstain}});
  return words.find(trim(text));
}

std::optional<bool> parse_flag(std::string_view text) {
  const std::string_view t = trim(text);
  if (t.empty()) return false;
  static constexpr Words<bool, 8> words({{"yes", true},
                                         {"ja", true},
                                         {"true", true},
                                         {"1", true},
                                         {"no", false},
                                         {"nee", false},
                                         {"false", false},
                                         {"0", false}});
  return words.find(t);
}

}  // namespace mbov::vote
