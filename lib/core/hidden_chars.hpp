#pragma once
// The characters no human format may print raw (issue 24): C0 controls, DEL, C1 controls, and the
// format characters that change what text around them looks like without being seen (bidi
// embeddings, overrides and isolates, zero-width spaces and joiners, line and paragraph
// separators, the byte order mark). terminal_text, markdown and tsv show each escaped.
#include <cstddef>
#include <string_view>

namespace mbov {

inline bool is_hidden_char(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// The hidden character whose UTF-8 starts at s[i] (its code point and byte length), or length 0.
struct HiddenChar {
  char32_t cp = 0;
  std::size_t length = 0;
};
inline HiddenChar hidden_char_at(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned b0 = byte(0);
  if (b0 < 0x20 || b0 == 0x7F) return {b0, 1};
  if (b0 == 0xC2 && byte(1) >= 0x80 && byte(1) < 0xA0) return {byte(1), 2};
  if ((b0 == 0xE2 || b0 == 0xEF) && (byte(1) & 0xC0) == 0x80 && (byte(2) & 0xC0) == 0x80) {
    const char32_t cp = ((b0 & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    if (is_hidden_char(cp)) return {cp, 3};
  }
  return {};
}

}  // namespace mbov
