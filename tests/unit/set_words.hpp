#pragma once
// The check of a closed set's word list (*_words, what shell completion offers): one word per
// value of the enum, in its order, each the value's *_name.
#include <cstddef>
#include <string_view>

#include <doctest/doctest.h>

namespace mbov::test {

// `words` lists the word of each value of E, first to `last`, as `name` gives it.
template <class E>
void lists_every_value(const auto& words, auto name, E last) {
  REQUIRE(words.size() == static_cast<std::size_t>(last) + 1);
  for (std::size_t i = 0; i < words.size(); ++i) CHECK(name(static_cast<E>(i)) == std::string_view(words[i]));
}

}  // namespace mbov::test
