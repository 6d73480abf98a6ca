#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include <mbov/core/json.hpp>
#include "core/utf8.hpp"
#include <mbov/core/value.hpp>

using namespace mbov;
using namespace std::string_literals;

namespace {
std::string js(std::string_view s) {
  std::string out;
  write_json_string(out, s);
  return out;
}
}  // namespace

TEST_CASE("json: scalars") {
  CHECK(to_json(Value{}) == "null");
  CHECK(to_json(Value(nullptr)) == "null");
  CHECK(to_json(Value(true)) == "true");
  CHECK(to_json(Value(false)) == "false");
  CHECK(to_json(Value(0)) == "0");
  CHECK(to_json(Value(-42)) == "-42");
  CHECK(to_json(Value(std::numeric_limits<long long>::max())) == "9223372036854775807");
  CHECK(to_json(Value(std::numeric_limits<long long>::min())) == "-9223372036854775808");
  CHECK(to_json(Value("abc")) == "\"abc\"");
  CHECK(to_json(Value(std::string{})) == "\"\"");
}

TEST_CASE("json: doubles are shortest round-trip, non-finite ones null") {
  CHECK(to_json(Value(0.1)) == "0.1");
  CHECK(to_json(Value(2.5)) == "2.5");
  CHECK(to_json(Value(3.0)) == "3");
  CHECK(to_json(Value(-0.0)) == "-0");
  CHECK(to_json(Value(1e20)) == "1e+20");
  CHECK(to_json(Value(1e-7)) == "1e-07");
  CHECK(to_json(Value(1.0 / 3.0)) == "0.3333333333333333");
  CHECK(to_json(Value(5e-324)) == "5e-324");
  CHECK(to_json(Value(std::nan(""))) == "null");
  CHECK(to_json(Value(std::numeric_limits<double>::infinity())) == "null");
  CHECK(to_json(Value(-std::numeric_limits<double>::infinity())) == "null");
  CHECK(std::stod(to_json(Value(0.1 + 0.2))) == 0.1 + 0.2);
}

TEST_CASE("json: quotes, backslash and every control character") {
  CHECK(js("a\"b") == R"("a\"b")");
  CHECK(js("a\\b") == R"("a\\b")");
  CHECK(js("/") == R"("/")");
  CHECK(js("\b\f\n\r\t") == R"("\b\f\n\r\t")");
  CHECK(js("\x7f") == "\"\x7f\"");  // DEL is fine in JSON
  const char* hex = "0123456789abcdef";
  for (int c = 0; c < 0x20; ++c) {
    std::string expected;
    switch (c) {
      case '\b': expected = "\\b"; break;
      case '\f': expected = "\\f"; break;
      case '\n': expected = "\\n"; break;
      case '\r': expected = "\\r"; break;
      case '\t': expected = "\\t"; break;
      default: expected = "\\u00"s + hex[c >> 4] + hex[c & 15];
    }
    CAPTURE(c);
    CHECK(js(std::string(1, static_cast<char>(c))) == "\"" + expected + "\"");
  }
  CHECK(js("x\0y"s) == R"("x\u0000y")");
  CHECK(js("\x1b[31m") == R"("\u001b[31m")");
}

TEST_CASE("json: valid UTF-8 passes through unchanged") {
  for (const char* s : {"Coöperatie", "Ærø", "€ 10", "日本語", "😀 emoji", "\xF4\x8F\xBF\xBF" /* U+10FFFF */,
                        "\xEF\xBF\xBD" /* U+FFFD itself */, "\xC2\x80" /* U+0080 */, "\xEF\xBB\xBF" /* BOM */}) {
    CAPTURE(s);
    CHECK(js(s) == "\""s + s + "\"");
  }
}

TEST_CASE("json: U+2028 and U+2029 are escaped") {
  CHECK(js("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c") == R"("a\u2028b\u2029c")");
  CHECK(js("\xE2\x80\xA7") == "\"\xE2\x80\xA7\"");  // U+2027 is not
}

TEST_CASE("json: invalid UTF-8 becomes U+FFFD") {
  const std::string R = "\xEF\xBF\xBD";
  auto q = [](const std::string& s) { return "\"" + s + "\""; };
  CHECK(js("a\x80" "b") == q("a" + R + "b"));                    // stray continuation byte
  CHECK(js("\xBF\xBF") == q(R + R));                             // two of them
  CHECK(js("\xC0\xAF") == q(R + R));                             // overlong '/'
  CHECK(js("\xC1\xBF") == q(R + R));                             // overlong
  CHECK(js("\xE0\x80\xAF") == q(R + R + R));                     // overlong 3-byte
  CHECK(js("\xF0\x80\x80\xAF") == q(R + R + R + R));             // overlong 4-byte
  CHECK(js("\xED\xA0\x80") == q(R + R + R));                     // UTF-8-encoded surrogate U+D800
  CHECK(js("\xED\xBF\xBF") == q(R + R + R));                     // U+DFFF
  CHECK(js("\xF4\x90\x80\x80") == q(R + R + R + R));             // U+110000
  CHECK(js("\xF5\x80\x80\x80") == q(R + R + R + R));             // beyond any lead byte
  CHECK(js("\xFF") == q(R));
  CHECK(js("\xFE") == q(R));
  CHECK(js("\xC3") == q(R));                                     // truncated at the end
  CHECK(js("\xC3" "a") == q(R + "a"));                           // truncated before ASCII
  CHECK(js("\xE2\x82") == q(R));                                 // truncated 3-byte: one U+FFFD
  CHECK(js("\xF0\x9F\x98") == q(R));                             // truncated 4-byte: one U+FFFD
  CHECK(js("\xF0\x9F\x98" "\"") == q(R + "\\\""));
  CHECK(js("\xE2\x82\xE2\x82\xAC") == q(R + "\xE2\x82\xAC"));  // truncated, then a whole €
  CHECK(js("ok\xC3\xA9\x80ok") == q("ok\xC3\xA9" + R + "ok"));
}

TEST_CASE("json: append_valid_utf8 and decode_utf8") {
  std::string out;
  append_valid_utf8(out, "a\xC3\xA9\xFF\xE2\x82");
  CHECK(out == "a\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD");
  char32_t cp = 0;
  CHECK(decode_utf8("\xF0\x9F\x98\x80", 0, cp) == 4);
  CHECK(cp == 0x1F600);
  CHECK(decode_utf8("x\xC3\xB6", 1, cp) == 2);
  CHECK(cp == 0xF6);
  CHECK(decode_utf8("\xE2\x82", 0, cp) == 2);
  CHECK(cp == 0xFFFD);
}

TEST_CASE("json: arrays and objects, pretty and compact") {
  CHECK(to_json(Value(Array{})) == "[]");
  CHECK(to_json(Value(Object{})) == "{}");
  CHECK(to_json(Value(Array{}), 0) == "[]");
  Object inner;
  inner.add("x", 1).add("y", Array{});
  Object o;
  o.add("zeta", "last-first").add("alpha", Array{1, "two", nullptr, true}).add("inner", inner).add("empty", Object{});
  CHECK(to_json(o, 0) == R"({"zeta":"last-first","alpha":[1,"two",null,true],"inner":{"x":1,"y":[]},"empty":{}})");
  CHECK(to_json(o) ==
        "{\n"
        "  \"zeta\": \"last-first\",\n"
        "  \"alpha\": [\n"
        "    1,\n"
        "    \"two\",\n"
        "    null,\n"
        "    true\n"
        "  ],\n"
        "  \"inner\": {\n"
        "    \"x\": 1,\n"
        "    \"y\": []\n"
        "  },\n"
        "  \"empty\": {}\n"
        "}");
  CHECK(to_json(Value(Array{Array{Array{}}}), 4) == "[\n    [\n        []\n    ]\n]");
}

TEST_CASE("json: keys are escaped and keep their order") {
  Object o;
  o.add("b", 1).add("a", 2).add("q\"\n", 3).add("b", 4);
  CHECK(to_json(o, 0) == R"({"b":1,"a":2,"q\"\n":3,"b":4})");
}

TEST_CASE("json: write_json appends, with a starting depth") {
  std::string out = "x=";
  write_json(out, Value(Array{1}), 2);
  CHECK(out == "x=[\n  1\n]");
  Object o;
  o.add("k", "v");
  out.clear();
  write_json(out, o, 2, 1);
  CHECK(out == "{\n    \"k\": \"v\"\n  }");
}

TEST_CASE("Value::text") {
  CHECK(Value{}.text() == "");
  CHECK(Value(true).text() == "true");
  CHECK(Value(false).text() == "false");
  CHECK(Value(-7).text() == "-7");
  CHECK(Value(0.1).text() == "0.1");
  CHECK(Value(2.0).text() == "2");
  CHECK(Value("a \"b\"\n").text() == "a \"b\"\n");
  CHECK(Value(Array{1, "a"}).text() == R"([1,"a"])");
  Object o;
  o.add("k", nullptr);
  CHECK(Value(o).text() == R"({"k":null})");
  CHECK(Value(std::optional<int>{}).text() == "");
  CHECK(Value(std::optional<int>{5}).text() == "5");
}
