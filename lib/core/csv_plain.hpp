#pragma once
// Plain CSV lines, split without CsvReader's per-record work (internal): for a reader of many
// short records, the stateless tally (vote/ballots.cpp). A line is plain when CsvReader::next()
// reads it exactly as a split at every separator does: ASCII without NUL bytes, quotes or
// apostrophes (a leading ' may be csv_text_field's guard), a CR only right before its LF, not
// blank, at most plain_line_max bytes. Any other line is left to CsvReader::next(), which gives
// its fields or its error.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace mbov::csv_plain {

// Longer lines are left to CsvReader, which checks the limits of a field and a record.
inline constexpr std::size_t plain_line_max = 4096;

inline constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;

inline std::uint64_t load(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// The n <= 8 bytes at p in the low bits of a number (the 8 bytes at p must be readable); the first
// byte is the lowest only on a little-endian machine, which callers check.
inline std::uint64_t low_bytes(const char* p, std::size_t n) {
  const std::uint64_t w = load(p);
  return n >= 8 ? w : w & ((std::uint64_t{1} << (8 * n)) - 1);
}

// The high bit of each byte of w that equals c, and of no other byte (no borrow between bytes).
inline std::uint64_t bytes_equal(std::uint64_t w, char c) {
  const std::uint64_t x = w ^ (ones * static_cast<unsigned char>(c));
  return ~(((x & ~highs) + ~highs) | x) & highs;
}

// The offset of the first byte of `text` that no plain line holds (text.size() when none): 64
// bytes a step, in vectors of 16 (GCC's and Clang's vector extension: SSE2 on x86-64, plain code
// elsewhere). The byte after `text` must be readable.
inline std::size_t plain_prefix(std::string_view text) {
  using Bytes = unsigned char __attribute__((vector_size(16)));
  const char* b = text.data();
  const auto odd = [b](std::size_t i) {
    Bytes c, next;
    std::memcpy(&c, b + i, sizeof c);
    std::memcpy(&next, b + i + 1, sizeof next);
    return (c == 0) | (c == '"') | (c == '\'') | (c >= 0x80) | ((c == '\r') & (next != '\n'));
  };
  std::size_t i = 0;
  for (; i + 64 <= text.size(); i += 64) {
    const auto any = odd(i) | odd(i + 16) | odd(i + 32) | odd(i + 48);
    std::uint64_t half[2];
    std::memcpy(half, &any, sizeof half);
    if (half[0] | half[1]) break;
  }
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c == 0 || c == '"' || c == '\'' || c >= 0x80 || (c == '\r' && b[i + 1] != '\n')) return i;
  }
  return text.size();
}

// Splits the line at the start of `text` (whole lines that plain_prefix() accepts, each ending in
// a line feed, with 8 readable bytes after them) into exactly `n` fields. Returns the line's
// length with its line end, or 0 when it is blank, too long, has another number of fields or only
// empty ones.
inline std::size_t split_plain(std::string_view text, char sep, std::string_view* fields, std::size_t n) {
  if constexpr (std::endian::native != std::endian::little) return 0;  // the first byte is the lowest bit
  const char* b = text.data();
  const std::size_t limit = std::min(text.size(), plain_line_max);
  std::size_t field = 0, start = 0;
  for (std::size_t p = 0; p < limit; p += 8) {
    const std::uint64_t w = load(b + p);
    const std::uint64_t lf = bytes_equal(w, '\n');
    std::uint64_t seps = bytes_equal(w, sep);
    if (lf) seps &= (lf & (0 - lf)) - 1;  // those before the line feed
    for (; seps; seps &= seps - 1) {
      if (field + 1 == n) return 0;  // more fields than n
      const std::size_t at = p + static_cast<std::size_t>(std::countr_zero(seps)) / 8;
      fields[field++] = {b + start, at - start};
      start = at + 1;
    }
    if (!lf) continue;
    const std::size_t at = p + static_cast<std::size_t>(std::countr_zero(lf)) / 8;
    const std::size_t end = at > start && b[at - 1] == '\r' ? at - 1 : at;
    if (field + 1 != n || (field == 0 && end == 0)) return 0;  // fewer fields, or a blank line
    fields[field] = {b + start, end - start};
    // A row of empty fields (";;") is one CsvReader passes over: left to it.
    const auto blank = [](std::string_view f) { return f.find_first_not_of(" \t") == std::string_view::npos; };
    if (n > 1 && std::all_of(fields, fields + n, blank)) return 0;
    return at + 1;
  }
  return 0;
}

}  // namespace mbov::csv_plain
