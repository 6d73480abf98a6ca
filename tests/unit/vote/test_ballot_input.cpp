#include <doctest/doctest.h>

#include <mbov/vote/ballots.hpp>

using namespace mbov;

TEST_CASE("choices: English and Dutch, any case, trimmed") {
  CHECK(vote::parse_choice("yes") == vote::Choice::yes);
  CHECK(vote::parse_choice(" Voor ") == vote::Choice::yes);
  CHECK(vote::parse_choice("TEGEN") == vote::Choice::no);
  CHECK(vote::parse_choice("No") == vote::Choice::no);
  CHECK(vote::parse_choice("onthouding") == vote::Choice::abstain);
  CHECK(vote::parse_choice("Abstain") == vote::Choice::abstain);
  CHECK_FALSE(vote::parse_choice("ja"));  // ja/nee are for yes/no columns, not for a choice
  CHECK_FALSE(vote::parse_choice(""));
  CHECK_FALSE(vote::parse_choice("yess"));
}

TEST_CASE("yes/no columns: ja/nee, true/false, 1/0, any case, empty is no") {
  CHECK(vote::parse_flag("") == false);
  CHECK(vote::parse_flag("Ja") == true);
  CHECK(vote::parse_flag("nee") == false);
  CHECK(vote::parse_flag("TRUE") == true);
  CHECK(vote::parse_flag("1") == true);
  CHECK_FALSE(vote::parse_flag("y"));
}

TEST_CASE("member codes compare after trimming and case folding") {
  std::string a, b;
  vote::member_key("25lz ", a);
  vote::member_key("\t25LZ", b);
  CHECK(a == "25LZ");
  CHECK(a == b);
}
