#include <doctest/doctest.h>

#include <cstdlib>

#include <mbov/core/i18n.hpp>
#include "report/sources.hpp"

using namespace mbov;

namespace {
constexpr const char* words[] = {N_("to report")};
}  // namespace

TEST_CASE("shown_words: only the named column, only the listed words, translated") {
  const std::vector<Object> rows{Object().add("state", "to report").add("title", "to report"),
                                 Object().add("state", "something else").add("title", "x"),
                                 Object().add("state", nullptr)};
  const std::vector<Object> shown = report::shown_words(rows, "state", words);
  REQUIRE(shown.size() == 3);
  CHECK(shown[0].find("title")->text() == "to report");  // another column: as it is
  CHECK(shown[1].find("state")->text() == "something else");
  CHECK(shown[2].find("state")->is_null());
  CHECK(report::status_word(Severity::critical) == std::string("overdue"));
  set_language(Language::nl);
  CHECK(report::shown_words(rows, "state", words)[0].find("state")->text() == "te melden");
  CHECK(report::shown_words(rows[0], "title", report::erased_name).find("title")->text() == "to report");
  CHECK(report::shown_words(Object().add("name", "(erased)"), "name", report::erased_name).find("name")->text() ==
        "(gewist)");
  set_language(Language::en);
  CHECK(shown[0].find("state")->text() == "to report");
}
