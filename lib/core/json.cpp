#include <mbov/core/json.hpp>
#include "core/utf8.hpp"

#include <cmath>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <fmt/format.h>

namespace mbov {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

void append_double(std::string& out, double d) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  fmt::format_to(std::back_inserter(out), "{}", d);
}

void newline(std::string& out, int indent, int depth) {
  out += '\n';
  out.append(static_cast<std::size_t>(indent) * static_cast<std::size_t>(depth), ' ');
}

void write(std::string& out, const Value& v, int indent, int depth);

void write_object(std::string& out, const Object& x, int indent, int depth) {
  if (x.keys.empty()) {
    out += "{}";
    return;
  }
  out += '{';
  for (std::size_t i = 0; i < x.keys.size(); ++i) {
    if (i) out += ',';
    if (indent > 0) newline(out, indent, depth + 1);
    write_json_string(out, x.keys[i]);
    out += indent > 0 ? ": " : ":";
    write(out, x.values[i], indent, depth + 1);
  }
  if (indent > 0) newline(out, indent, depth);
  out += '}';
}

void write(std::string& out, const Value& v, int indent, int depth) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          out += "null";
        } else if constexpr (std::is_same_v<T, bool>) {
          out += x ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          fmt::format_to(std::back_inserter(out), "{}", x);
        } else if constexpr (std::is_same_v<T, double>) {
          append_double(out, x);
        } else if constexpr (std::is_same_v<T, std::string>) {
          write_json_string(out, x);
        } else if constexpr (std::is_same_v<T, Date> || std::is_same_v<T, Timestamp>) {
          write_json_string(out, v.text());
        } else if constexpr (std::is_same_v<T, Array>) {
          if (x.empty()) {
            out += "[]";
            return;
          }
          out += '[';
          for (std::size_t i = 0; i < x.size(); ++i) {
            if (i) out += ',';
            if (indent > 0) newline(out, indent, depth + 1);
            write(out, x[i], indent, depth + 1);
          }
          if (indent > 0) newline(out, indent, depth);
          out += ']';
        } else if constexpr (std::is_same_v<T, Object>) {
          write_object(out, x, indent, depth);
        } else if constexpr (std::is_same_v<T, Message>) {
          write_json_string(out, english(x));
        }
      },
      v.data);
}

}  // namespace

std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t& cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const std::size_t left = s.size() - pos;
  const unsigned char c = p[0];
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  // Well-formed sequences (Unicode table 3-7): the length and the range of the second byte.
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;       // no overlongs
    else if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;       // no overlongs
    else if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    cp = 0xFFFD;  // a stray continuation byte, 0xC0, 0xC1, 0xF5..0xFF
    return 1;
  }
  if (left < 2 || p[1] < lo || p[1] > hi) {
    cp = 0xFFFD;
    return 1;
  }
  for (std::size_t i = 2; i < len; ++i) {
    if (i >= left || !is_cont(p[i])) {
      cp = 0xFFFD;  // truncated: the maximal subpart is the valid prefix
      return i;
    }
  }
  switch (len) {
    case 2: cp = (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F); break;
    case 3: cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F); break;
    default:
      cp = (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
  }
  return len;
}

void append_valid_utf8(std::string& out, std::string_view s) {
  std::size_t run = 0, i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t n = decode_utf8(s, i, cp);
    if (cp == 0xFFFD && !(n == 3 && s.compare(i, 3, replacement) == 0)) {
      out.append(s, run, i - run);
      out += replacement;
      run = i + n;
    }
    i += n;
  }
  out.append(s, run, s.size() - run);
}

void write_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  std::size_t run = 0, i = 0;  // s[run, i) is still to be copied as is
  const std::size_t n = s.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      char32_t cp;
      const std::size_t len = decode_utf8(s, i, cp);
      const bool bad = cp == 0xFFFD && !(len == 3 && s.compare(i, 3, replacement) == 0);
      if (!bad && cp != 0x2028 && cp != 0x2029) {
        i += len;
        continue;
      }
      out.append(s, run, i - run);
      if (bad) out += replacement;
      else out += cp == 0x2028 ? "\\u2028" : "\\u2029";
      i += len;
      run = i;
      continue;
    }
    out.append(s, run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.append(esc, 6);
      }
    }
    run = ++i;
  }
  out.append(s, run, n - run);
  out += '"';
}

void write_json(std::string& out, const Value& v, int indent, int depth) {
  write(out, v, indent < 0 ? 0 : indent, depth < 0 ? 0 : depth);
}

void write_json(std::string& out, const Object& o, int indent, int depth) {
  write_object(out, o, indent < 0 ? 0 : indent, depth < 0 ? 0 : depth);
}

std::string to_json(const Value& v, int indent) {
  std::string out;
  write_json(out, v, indent);
  return out;
}

}  // namespace mbov

namespace mbov {
namespace {

// A reader of the JSON to_json writes (objects, arrays, strings, numbers, true, false, null).
struct JsonReader {
  std::string_view s;
  std::size_t at = 0;

  [[noreturn]] void fail() const { throw std::invalid_argument("invalid JSON at offset " + std::to_string(at)); }
  void space() {
    while (at < s.size() && (s[at] == ' ' || s[at] == '\n' || s[at] == '\r' || s[at] == '\t')) ++at;
  }
  bool eat(char c) {
    space();
    if (at < s.size() && s[at] == c) return ++at, true;
    return false;
  }
  bool word(std::string_view w) {
    if (s.substr(at, w.size()) != w) return false;
    at += w.size();
    return true;
  }
  void utf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) out += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    else if (cp < 0x10000)
      out += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
              static_cast<char>(0x80 | (cp & 0x3F))};
    else
      out += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
  }
  unsigned long hex4() {
    if (at + 4 > s.size()) fail();
    const unsigned long cp = std::stoul(std::string(s.substr(at, 4)), nullptr, 16);
    at += 4;
    return cp;
  }
  std::string string() {
    if (!eat('"')) fail();
    std::string out;
    while (at < s.size() && s[at] != '"') {
      if (s[at] != '\\') {
        out += s[at++];
        continue;
      }
      if (++at >= s.size()) fail();
      const char e = s[at++];
      switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned long cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && word("\\u")) cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
          utf8(out, cp);
          break;
        }
        default: out += e;  // " \ /
      }
    }
    if (!eat('"')) fail();
    return out;
  }
  Value value() {
    space();
    if (at >= s.size()) fail();
    const char c = s[at];
    if (c == '"') return Value(string());
    if (c == '{') {
      ++at;
      Object o;
      if (eat('}')) return Value(std::move(o));
      do {
        space();
        std::string key = string();
        if (!eat(':')) fail();
        o.add(std::move(key), value());
      } while (eat(','));
      if (!eat('}')) fail();
      return Value(std::move(o));
    }
    if (c == '[') {
      ++at;
      Array a;
      if (eat(']')) return Value(std::move(a));
      do a.push_back(value());
      while (eat(','));
      if (!eat(']')) fail();
      return Value(std::move(a));
    }
    if (word("true")) return Value(true);
    if (word("false")) return Value(false);
    if (word("null")) return Value();
    const std::size_t start = at;
    while (at < s.size() && std::string_view("+-0123456789.eE").find(s[at]) != std::string_view::npos) ++at;
    const std::string number(s.substr(start, at - start));
    if (number.empty()) fail();
    if (number.find_first_of(".eE") == std::string::npos) return Value(static_cast<std::int64_t>(std::stoll(number)));
    return Value(std::stod(number));
  }
};

}  // namespace

Value parse_json(std::string_view text) {
  JsonReader r{text};
  Value v = r.value();
  r.space();
  if (r.at != text.size()) r.fail();
  return v;
}

}  // namespace mbov
