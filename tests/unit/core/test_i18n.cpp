#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>

using namespace mbov;

namespace {
// Sets the language for one test and puts English back after it.
struct InLanguage {
  explicit InLanguage(Language l) { set_language(l); }
  ~InLanguage() { set_language(Language::en); }
};
}  // namespace

TEST_CASE("i18n: language names and the environment, LC_ALL first") {
  CHECK(parse_language("nl") == Language::nl);
  CHECK(parse_language("en") == Language::en);
  CHECK_THROWS_AS(parse_language("NL"), Error);
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  setenv("LANG", "nl_NL.UTF-8", 1);
  CHECK(environment_language() == Language::nl);
  setenv("LC_MESSAGES", "en_US.UTF-8", 1);
  CHECK(environment_language() == Language::en);
  setenv("LC_ALL", "nl", 1);
  CHECK(environment_language() == Language::nl);
  setenv("LC_ALL", "C.UTF-8", 1);
  CHECK(environment_language() == Language::en);
  unsetenv("LC_MESSAGES");
  unsetenv("LANG");
  unsetenv("LC_ALL");
  CHECK(environment_language() == Language::en);
}

TEST_CASE("i18n: English is the source, Dutch from the catalogue of the build tree") {
  CHECK(std::string(tr("nothing due")) == "nothing due");
  CHECK(std::string(tr_n("due {}, in {} day", "due {}, in {} days", 2)) == "due {}, in {} days");
  CHECK(human_date(Date::parse("2026-11-25", "d")) == "2026-11-25");
  InLanguage nl(Language::nl);
  CHECK(language_code() == "nl");
  CHECK(std::string(tr("nothing due")) == "niets te doen");
  CHECK(std::string(tr("not in the catalogue")) == "not in the catalogue");
  CHECK(std::string(tr_n("due {}, in {} day", "due {}, in {} days", 1)) == "uiterlijk {}, over {} dag");
  CHECK(std::string(tr_n("due {}, in {} day", "due {}, in {} days", 3)) == "uiterlijk {}, over {} dagen");
  CHECK(human_date(Date::parse("2026-11-25", "d")) == "25 november 2026");
  CHECK(human_date(Date::parse("2027-03-01", "d")) == "1 maart 2027");
}

TEST_CASE("i18n: a moment where a person reads it, ISO with its offset in English") {
  CHECK(human_moment("2026-11-25T16:00:00+01:00") == "2026-11-25T16:00:00+01:00");
  InLanguage nl(Language::nl);
  CHECK(human_moment("2026-11-25T16:00:00+01:00") == "25 november 2026 16:00");
  CHECK(human_moment("2027-03-01T09:05:07-03:30") == "1 maart 2027 09:05:07");  // seconds only when not :00
  const Timestamp t = Timestamp::parse("2026-06-01T08:30:00Z", "t");
  CHECK(human_moment(t) == human_moment(t.local()));
}
