#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "core/check_text.hpp"

using namespace mbov;

TEST_CASE("check_text: English for the data formats, the translation for people") {
  const Date due = Date::parse("2026-03-01", "due");
  const Text late = due_text(due, Date::parse("2026-03-03", "t"));
  CHECK(late.en == "due 2026-03-01, 2 days overdue");
  CHECK(late.shown == late.en);  // English: one text
  set_language(Language::nl);
  const Text text = check_text("contact confirmation {}", due_text(due, Date::parse("2026-03-03", "t")));
  const Text count = check_text_n("{} contact(s), at least {} required", "{} contact(s), at least {} required", 1, 1, 2);
  CheckReport r{"member", {}, {}};
  r.add(Severity::critical, "R-MEM-4", check_text("member {}", "25LZ"), due, text);
  set_language(Language::en);
  CHECK(text.en == "contact confirmation due 2026-03-01, 2 days overdue");
  CHECK(text.shown == "bevestiging contactpersonen uiterlijk 1 maart 2026, 2 dagen te laat");
  CHECK(count.en == "1 contact(s), at least 2 required");
  CHECK(count.shown == "1 contactpersoon, minstens 2 vereist");
  const Finding& f = r.findings.at(0);
  CHECK(f.subject == "member 25LZ");
  CHECK(f.shown_subject == "lid 25LZ");
  CHECK(f.message == text.en);
  CHECK(f.shown_message == text.shown);
}
