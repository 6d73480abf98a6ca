#pragma once
// JSON text of a Value (value.hpp): the `--format json` writer.
//
// The output is valid JSON (RFC 8259) for ANY input bytes:
// - `"` and `\` are escaped; control characters < 0x20 as \b \f \n \r \t or \u00xx (lower-case
//   hex); DEL (0x7f) is passed as is;
// - valid UTF-8 (1 to 4 bytes) is passed through unchanged, except U+2028 and U+2029, written
//   as \u2028 and \u2029 (they end lines in JavaScript);
// - invalid UTF-8 (stray continuation bytes, overlong forms, UTF-8-encoded surrogates,
//   truncated sequences, code points above U+10FFFF, bytes 0xC0, 0xC1, 0xF5..0xFF) becomes
//   U+FFFD, one per maximal ill-formed subpart (the Unicode / WHATWG practice);
// - finite doubles are written in their shortest round-trip form (fmt "{}": 0.1, 1e+20, 3);
//   NaN and infinities, which JSON cannot hold, become null.
// Object keys keep their insertion order. No trailing newline: that is the printer's job.
#include <cstddef>
#include <string>
#include <string_view>

#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// Appends the JSON text of v to out. indent > 0: one member per line, nested levels indented by
// `indent` more spaces, "key": value; indent 0: compact, on one line, no spaces at all.
// Empty arrays and objects are always [] and {}.
// depth: the nesting level v starts at, for writing it inside an enclosing array or object by
// hand (its members get (depth + 1) * indent spaces, its closing bracket depth * indent).
void write_json(std::string& out, const Value& v, int indent = 2, int depth = 0);
void write_json(std::string& out, const Object& o, int indent = 2, int depth = 0);
std::string to_json(const Value& v, int indent = 2);

// The Value of JSON text such as to_json writes (the audit log's details, read back for output);
// std::invalid_argument when it is not JSON.
Value parse_json(std::string_view text);
}  // namespace mbov

MBOV_PUBLIC_END
