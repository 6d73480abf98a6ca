#pragma once
// "Did you mean ...?": the nearest known word to a misspelt one (policy keys, member codes).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/message.hpp>

namespace mbov {

// Edit distance with adjacent transpositions (optimal string alignment): "dpai" is 1 from "dpia".
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if near enough to be a likely typo; else empty.
template <class Range>
std::string_view nearest(std::string_view word, const Range& candidates) {
  const std::size_t limit = word.size() <= 5 ? 1 : word.size() <= 12 ? 2 : 3;
  std::string_view best;
  std::size_t best_d = limit + 1;
  for (std::string_view c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_d) best = c, best_d = d;
  }
  return best;
}

// The hint for an unknown key: "did you mean 'X'?" then `hint` (N_, may be empty) when one of
// `known` is near `word` (ignoring case: codes are looked up so), else `hint` alone; a Message,
// translated where it is printed.
Message did_you_mean(std::string_view word, const std::vector<std::string>& known, const char* hint);

}  // namespace mbov
