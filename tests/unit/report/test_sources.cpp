#include <doctest/doctest.h>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include "report/sources.hpp"

using namespace mbov;

TEST_CASE("person_name: a name as it is, an erased one a message: English for data, translated for people") {
  const Value named = report::person_name("Anna"), erased = report::person_name(std::nullopt);
  CHECK(std::holds_alternative<std::string>(named.data));
  CHECK(std::holds_alternative<Message>(erased.data));
  set_language(Language::nl);
  CHECK(people_scalar(erased) == "(gewist)");
  CHECK(people_scalar(named) == "Anna");
  CHECK(erased.text() == "(erased)");  // the data formats: English in every language
  set_language(Language::en);
  CHECK(people_scalar(erased) == "(erased)");
}
