#include <doctest/doctest.h>

#include "core/arg_text.hpp"
#include <mbov/core/msg.hpp>

using namespace mbov;

TEST_CASE("money_text: plain in English, grouped with the euro sign in Dutch") {
  CHECK(money_text(123456, Language::en) == "1234.56");
  CHECK(money_text(-5, Language::en) == "-0.05");
  CHECK(money_text(0, Language::en) == "0.00");
  CHECK(money_text(123456789, Language::nl) == "€ 1.234.567,89");
  CHECK(money_text(-100000, Language::nl) == "€ -1.000,00");
  CHECK(money_text(99999, Language::nl) == "€ 999,99");
  CHECK(money_text(-9'223'372'036'854'775'807 - 1, Language::en) == "-92233720368547758.08");
}

TEST_CASE("duration_text: as written in English, in words in Dutch") {
  CHECK(duration_text(Duration::parse("8w", "x"), Language::en) == "8w");
  CHECK(duration_text(Duration::parse("8w", "x"), Language::nl) == "8 weken");
  CHECK(duration_text(Duration::parse("1d", "x"), Language::nl) == "1 dag");
  CHECK(duration_text(Duration::parse("3m", "x"), Language::nl) == "3 maanden");
  CHECK(duration_text(Duration::parse("1y", "x"), Language::nl) == "1 jaar");
}

TEST_CASE("a message's Money and Duration arguments render in the language asked for") {
  const Message spent = msg("spent {} of the whole budget of {}", Money{123450}, Money{100000000});
  CHECK(english(spent) == "spent 1234.50 of the whole budget of 1000000.00");
  CHECK(render(spent, Language::nl).find("€ 1.234,50") != std::string::npos);
  CHECK(render(spent, Language::nl).find("€ 1.000.000,00") != std::string::npos);
  CHECK(english(joined("{}", Duration::parse("6w", "x"))) == "6w");
  CHECK(render(joined("{}", Duration::parse("6w", "x")), Language::nl) == "6 weken");
}
