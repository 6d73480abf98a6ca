#pragma once
// A closed set's value from its word: the enum at the word's place in the set's list of words
// (kept in the enum's order). Each area's *_from is this; its parse_* adds the area's message.
#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>

namespace mbov {

template <class E, class Words>
std::optional<E> enum_of(std::string_view word, const Words& words) {
  const auto at = std::find(std::begin(words), std::end(words), word);
  if (at == std::end(words)) return std::nullopt;
  return static_cast<E>(std::distance(std::begin(words), at));
}

}  // namespace mbov
