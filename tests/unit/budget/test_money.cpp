#include <doctest/doctest.h>

#include <random>

#include "seed.hpp"
#include "core/arg_text.hpp"
#include <mbov/budget/budget.hpp>
#include <mbov/core/error.hpp>

using namespace mbov;
using budget::parse_cents;

TEST_CASE("parse_cents: Dutch and plain notation") {
  CHECK(parse_cents("1234.56", "x") == 123456);
  CHECK(parse_cents("1234,56", "x") == 123456);
  CHECK(parse_cents("1.234,56", "x") == 123456);
  CHECK(parse_cents("1.234", "x") == 123400);  // Dutch thousands
  CHECK(parse_cents("1.234.567,8", "x") == 123456780);
  CHECK(parse_cents("12", "x") == 1200);
  CHECK(parse_cents("12.5", "x") == 1250);
  CHECK(parse_cents("0,05", "x") == 5);
  CHECK(parse_cents("-3,50", "x") == -350);
  CHECK(parse_cents("007", "x") == 700);
}

TEST_CASE("parse_cents: malformed amounts are bad data naming the option") {
  for (const char* bad : {"", "-", "abc", "1,234.56", "1.23.4", "12,", "12.", "1,2,3", "1.2345", "12,345",
                          "€12", " 12", "1e3", "+5", "1234.567", "1.23,45", "10000000000000"}) {
    CAPTURE(bad);
    try {
      parse_cents(bad, "--amount");
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.code() == Exit::data);
      CHECK(std::string(e.what()).find("--amount '") == 0);
    }
  }
}

TEST_CASE("plain_amount: the data formats' amount") {
  CHECK(budget::plain_amount(123456) == "1234.56");
  CHECK(budget::plain_amount(-5) == "-0.05");
  CHECK(budget::plain_amount(0) == "0.00");
}

TEST_CASE("money: a number in json, plain text elsewhere") {
  CHECK(std::get<double>(budget::money(123456, Format::json).data) == doctest::Approx(1234.56));
  CHECK(std::get<std::string>(budget::money(123450, Format::csv).data) == "1234.50");
}

TEST_CASE("property: every amount written Dutch or plain reads back the same") {
  const std::uint64_t seed = mbov::test::seed(20261204);
  INFO("seed ", seed);
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<std::int64_t> any(-99'999'999'999'99, 99'999'999'999'99);
  std::uniform_int_distribution<std::int64_t> small(-100'000, 100'000);
  for (int i = 0; i < 5000; ++i) {
    const std::int64_t cents = i % 2 ? any(rng) : small(rng);
    CAPTURE(cents);
    CHECK(parse_cents(budget::plain_amount(cents), "x") == cents);
    const std::string dutch = money_text(cents, Language::nl);  // what a Dutch table and message show
    REQUIRE(dutch.starts_with("€ "));
    CHECK(parse_cents(dutch.substr(std::string_view("€ ").size()), "x") == cents);
    // A second way: the euros and cents as separate integers.
    const std::int64_t m = cents < 0 ? -cents : cents;
    const std::string written = (cents < 0 ? "-" : "") + std::to_string(m / 100) + "," +
                                std::to_string(m % 100 / 10) + std::to_string(m % 10);
    CHECK(parse_cents(written, "x") == cents);
  }
}
