#include <doctest/doctest.h>

#include <cstdlib>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include "report/sources.hpp"

using namespace mbov;

namespace {
constexpr const char* words[] = {N_("to report")};
}  // namespace

TEST_CASE("as_words: only the named column, only the listed words, as messages: English for data, translated for people") {
  std::vector<Object> rows{Object().add("state", "to report").add("title", "to report"),
                           Object().add("state", "something else").add("title", "x"),
                           Object().add("state", nullptr)};
  report::as_words(rows, "state", words);
  REQUIRE(rows.size() == 3);
  CHECK(std::holds_alternative<Message>(rows[0].find("state")->data));
  CHECK(std::holds_alternative<std::string>(rows[0].find("title")->data));  // another column: as it is
  CHECK(std::holds_alternative<std::string>(rows[1].find("state")->data));  // not a listed word
  CHECK(rows[2].find("state")->is_null());
  CHECK(report::status_word(Severity::critical) == std::string("overdue"));
  Object erased = Object().add("name", "(erased)");
  report::as_words(erased, "name", report::erased_name);
  set_language(Language::nl);
  CHECK(people_scalar(*rows[0].find("state")) == "te melden");
  CHECK(people_scalar(*rows[0].find("title")) == "to report");
  CHECK(people_scalar(*erased.find("name")) == "(gewist)");
  CHECK(rows[0].find("state")->text() == "to report");  // the data formats: English in every language
  set_language(Language::en);
  CHECK(people_scalar(*rows[0].find("state")) == "to report");
}
