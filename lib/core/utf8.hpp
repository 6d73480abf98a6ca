#pragma once
// The JSON writer's text helpers that the output layer shares (internal, not installed): json.hpp
// describes the escaping.
#include <cstddef>
#include <string>
#include <string_view>

namespace mbov {

// Appends s as a JSON string literal, quotes included, with the escaping described above.
void write_json_string(std::string& out, std::string_view s);

// Appends s with invalid UTF-8 replaced by U+FFFD as above (nothing else changes).
void append_valid_utf8(std::string& out, std::string_view s);

// Decodes the UTF-8 character at s[pos] (pos < s.size()): sets cp and returns its length in
// bytes (1..4); for an ill-formed sequence sets cp = U+FFFD and returns the length of its maximal
// ill-formed subpart (>= 1), so a loop `pos += decode_utf8(s, pos, cp)` always advances.
std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t& cp);

}  // namespace mbov
