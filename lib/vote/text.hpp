#pragma once
// The text helpers of ballot input (internal, not installed): every field of a ballot file goes
// through them, so they are inline.
#include <cstdint>
#include <string_view>

namespace mbov::vote {

// ASCII upper case: member codes are compared so (as the member table's NOCASE does).
constexpr char fold(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
// fold() of each of the 8 bytes of w at once.
constexpr std::uint64_t fold8(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080, lows = ~highs;
  // The high bit of each byte from 'a' to 'z': at least 'a', below '{', and below 0x80.
  const std::uint64_t lower = ((w & lows) + ones * (0x80 - 'a')) & ~((w & lows) + ones * (0x80 - '{')) & ~w & highs;
  return w - (lower >> 2);  // 0x80 >> 2 = 'a' - 'A'
}
// Without leading and trailing spaces and tabs.
inline std::string_view trim(std::string_view text) {
  // A loop, not find_first_not_of: that searches " \t" once per character.
  std::size_t first = 0, end = text.size();
  while (first < end && (text[first] == ' ' || text[first] == '\t')) ++first;
  while (end > first && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(first, end - first);
}

}  // namespace mbov::vote
