// Ballot input as it comes from an office (issue 12): codes and words compared after trimming and
// case folding, Dutch words beside the English ones. Kept apart from the counting in ballots.cpp.
#include "vote/ballots.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace mbov::vote {
namespace {

bool same_word(std::string_view text, std::string_view word) {
  return text.size() == word.size() &&
         std::equal(text.begin(), text.end(), word.begin(), [](char a, char b) { return fold(a) == fold(b); });
}

template <std::size_t N, class T>
std::optional<T> lookup(std::string_view trimmed, const std::array<std::pair<std::string_view, T>, N>& words) {
  for (const auto& [word, value] : words)
    if (same_word(trimmed, word)) return value;
  return std::nullopt;
}

}  // namespace

void member_key(std::string_view code, std::string& key) {
  const std::string_view t = trim(code);
  key.resize(t.size());
  std::transform(t.begin(), t.end(), key.begin(), fold);
}

std::optional<Choice> parse_choice(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, Choice>, 6> words{{{"yes", Choice::yes},
                                                                            {"voor", Choice::yes},
                                                                            {"no", Choice::no},
                                                                            {"tegen", Choice::no},
                                                                            {"abstain", Choice::abstain},
                                                                            {"onthouding", Choice::abstain}}};
  return lookup(trim(text), words);
}

std::optional<bool> parse_flag(std::string_view text) {
  const std::string_view t = trim(text);
  if (t.empty()) return false;
  static constexpr std::array<std::pair<std::string_view, bool>, 8> words{{{"yes", true},
                                                                          {"ja", true},
                                                                          {"true", true},
                                                                          {"1", true},
                                                                          {"no", false},
                                                                          {"nee", false},
                                                                          {"false", false},
                                                                          {"0", false}}};
  return lookup(t, words);
}

}  // namespace mbov::vote
