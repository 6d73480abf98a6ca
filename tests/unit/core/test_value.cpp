// Tests for lib/core/value.cpp: a value's plain text, as a csv cell shows it, for every kind of
// value it holds.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <mbov/core/msg.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/value.hpp>

using namespace mbov;

TEST_CASE("value text: null is empty, booleans and numbers as written, text as it is") {
  CHECK(Value().text().empty());
  CHECK(Value(nullptr).text().empty());
  CHECK(Value(std::optional<int>()).text().empty());
  CHECK(Value(true).text() == "true");
  CHECK(Value(false).text() == "false");
  CHECK(Value(0).text() == "0");
  CHECK(Value(-42L).text() == "-42");
  CHECK(Value(std::numeric_limits<long long>::min()).text() == "-9223372036854775808");
  CHECK(Value(std::optional<int>(7)).text() == "7");
  CHECK(Value("25LZ").text() == "25LZ");
  CHECK(Value(std::string("a,b \"c\"")).text() == "a,b \"c\"");  // csv quotes it, not text()
}

TEST_CASE("value text: a real number in its shortest form that reads back the same") {
  CHECK(Value(2.5).text() == "2.5");
  CHECK(Value(0.1).text() == "0.1");
  CHECK(Value(1e21).text() == "1e+21");
  CHECK(Value(100.0).text() == "100");
  for (double x : {0.1 + 0.2, 1.0 / 3.0, 123456.789, -2.5e-7}) CHECK(std::stod(Value(x).text()) == x);
  CHECK(Value(std::nan("")).text() == "nan");
  CHECK(Value(std::numeric_limits<double>::infinity()).text() == "inf");
}

TEST_CASE("value text: a date in ISO, a moment in local time with its offset, a message in English") {
  CHECK(Value(Date::from_ymd(2026, 3, 1)).text() == "2026-03-01");
  const Timestamp at = Timestamp::parse("2026-11-25T15:00:00Z", "at");
  CHECK(Value(at).text() == at.local());
  set_language(Language::nl);
  CHECK(Value(msg("member {}", "25LZ")).text() == "member 25LZ");  // English whatever the language
  set_language(Language::en);
}

TEST_CASE("value text: an array or object is its compact JSON") {
  CHECK(Value(Array{Value(1), Value("a"), Value()}).text() == R"([1,"a",null])");
  CHECK(Value(Object().add("code", "25LZ").add("left", Value())).text() == R"({"code":"25LZ","left":null})");
  CHECK(Value(Object()).text() == "{}");
}
