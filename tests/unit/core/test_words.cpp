#include <doctest/doctest.h>

#include <cstdlib>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>

using namespace mbov;

TEST_CASE("people_word: a closed-set value as its Dutch word, by the set its field names, English as is") {
  set_language(Language::nl);
  CHECK(people_word("title", "disruption") == "disruption");  // free text: never a word of a set
  if (std::getenv("MBOV_LOCALEDIR")) {
    CHECK(people_word("kind", "disruption") == "verstoring");
    CHECK(people_word("choice", "abstain") == "onthouding");
    CHECK(people_word("legal_basis", "contract") == "overeenkomst");
    CHECK(people_word("role", "mailbox-owner") == "mailboxeigenaar");
  }
  set_language(Language::en);
  CHECK(people_word("choice", "abstain") == "abstain");
  CHECK(people_word("kind", "disruption") == "disruption");
}
