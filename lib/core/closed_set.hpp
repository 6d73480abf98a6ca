#pragma once
// A closed set's words (kept in the enum's order): a value's word, the value of a word, and the
// list of words for hints and completion. Each area's *_name/*_from/*_words is this; its parse_*
// adds the area's message.
#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mbov {

// The enum at the word's place in `words`; for a set whose words are not a Words (yet).
template <class E, class List>
std::optional<E> enum_of(std::string_view word, const List& words) {
  const auto at = std::find(std::begin(words), std::end(words), word);
  if (at == std::end(words)) return std::nullopt;
  return static_cast<E>(std::distance(std::begin(words), at));
}

// A word's value, once `require` (the area's check, given the word, the words and `rest`) let it
// through: it throws the area's Exit::data for a word not in the set.
template <class E, class List, class Require, class... Rest>
E parse_word(std::string_view word, const List& words, Require require, Rest&&... rest) {
  require(word, words, std::forward<Rest>(rest)...);
  return *enum_of<E>(word, words);
}

// The words of a set, in the order of its enum; Word: what the area's *_words hands out.
template <class E, std::size_t N, class Word = std::string_view>
struct Words {
  std::array<Word, N> words;

  std::string_view name(E value) const { return words[static_cast<std::size_t>(value)]; }
  std::optional<E> from(std::string_view word) const { return enum_of<E>(word, words); }
  // "a, b, c": the words for a hint.
  std::string list() const {
    std::string out;
    for (std::string_view w : words) out += (out.empty() ? "" : ", ") + std::string(w);
    return out;
  }
};

}  // namespace mbov
