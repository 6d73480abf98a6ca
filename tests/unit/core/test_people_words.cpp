#include <doctest/doctest.h>

#include <cstdlib>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>

using namespace mbov;

TEST_CASE("people_words: closed-set values and numbers as people read them in Dutch, English as is") {
  const Object o = Object()
                       .add("id", 1302)
                       .add("year", 2026)
                       .add("incidents", 1302)
                       .add("days", -45000)
                       .add("sla_percent", 85.7)
                       .add("percent", 83)
                       .add("kind", "disruption")
                       .add("title", "disruption")  // free text: never a word of a set
                       .add("spent", "10.00")
                       .add("left", "5.00");
  const Object en = people_words(o);
  CHECK(en.keys == o.keys);
  CHECK(en.find("incidents")->text() == "1302");
  CHECK(en.find("kind")->text() == "disruption");
  CHECK(people_columns({"spent", "left"}) == std::vector<std::string>{"spent", "left"});
  set_language(Language::nl);
  const Object nl = people_words(o);
  CHECK(nl.find("id")->text() == "1302");
  CHECK(nl.find("year")->text() == "2026");
  CHECK(nl.find("incidents")->text() == "1.302");
  CHECK(nl.find("days")->text() == "-45.000");
  CHECK(nl.find("sla_percent")->text() == "85,7 %");
  CHECK(nl.find("percent")->text() == "83 %");
  CHECK(nl.find("title")->text() == "disruption");
  CHECK(nl.find("remaining") != nullptr);  // a budget's left
  CHECK(people_columns({"spent", "left"}) == std::vector<std::string>{"spent", "remaining"});
  CHECK(people_columns({"joined", "left"}) == std::vector<std::string>{"joined", "left"});
  CHECK(people_scalar(Value(85.7)) == "85,7");
  if (std::getenv("MBOV_LOCALEDIR")) CHECK(nl.find("kind")->text() == "verstoring");
  set_language(Language::en);
}
