#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include <mbov/core/check.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/output.hpp>
#include "core/msg.hpp"

using namespace mbov;

TEST_CASE("a message is made once and rendered in each language: English for the data formats, Dutch for people") {
  const Date due = Date::parse("2026-03-01", "due");
  const Message late = due_text(due, Date::parse("2026-03-03", "t"));
  CHECK(english(late) == "due 2026-03-01, 2 days overdue");
  CHECK(render(late, Language::nl) == "uiterlijk 1 maart 2026, 2 dagen te laat");
  const Message text = msg("contact confirmation {}", late);
  const Message count = msg_n("{} contact(s), at least {} required", "{} contact(s), at least {} required", 1, 1, 2);
  CHECK(english(text) == "contact confirmation due 2026-03-01, 2 days overdue");
  CHECK(render(text, Language::nl) == "bevestiging contactpersonen uiterlijk 1 maart 2026, 2 dagen te laat");
  CHECK(english(count) == "1 contact(s), at least 2 required");
  CHECK(render(count, Language::nl) == "1 contactpersoon, minstens 2 vereist");
  // Text of its own (a code, a name) and punctuation are the same in every language.
  CHECK(render(Message("25LZ"), Language::nl) == "25LZ");
  CHECK(render(joined("{}: {}", "member", msg("member {}", "25LZ")), Language::nl) == "member: lid 25LZ");
  // A moment: local ISO in English, day and time in Dutch.
  const Timestamp at = Timestamp::parse("2026-11-25T15:00:00Z", "at");
  CHECK(english(joined("{}", at)) == at.local());
  CHECK(render(joined("{}", at), Language::nl) == human_moment(at.local(), Language::nl));  // the TZ's hour
  CHECK(render(joined("{}", at), Language::nl).starts_with("25 november 2026 "));
}

TEST_CASE("a finding carries its messages: json and csv English, the table in --lang") {
  const Date due = Date::parse("2026-03-01", "due");
  CheckReport r{"member", {}, {}};
  r.add(Severity::critical, "R-MEM-4", msg("member {}", "25LZ"), due,
        msg("contact confirmation {}", due_text(due, Date::parse("2026-03-03", "t"))));
  const Object o = r.findings.at(0).to_object();
  set_language(Language::nl);
  const std::string json = to_json(o, 0), csv = render_list(Format::csv, {"subject", "message"}, {o}),
                    table = render_list(Format::table, {"subject", "message"}, {o});
  set_language(Language::en);
  CHECK(json.find("\"subject\":\"member 25LZ\"") != std::string::npos);
  CHECK(json.find("\"message\":\"contact confirmation due 2026-03-01, 2 days overdue\"") != std::string::npos);
  CHECK(csv.find("member 25LZ,contact confirmation due 2026-03-01, 2 days overdue") == std::string::npos);  // quoted: a comma
  CHECK(csv.find("\"contact confirmation due 2026-03-01, 2 days overdue\"") != std::string::npos);
  CHECK(table.find("lid 25LZ") != std::string::npos);
  CHECK(table.find("bevestiging contactpersonen uiterlijk 1 maart 2026, 2 dagen te laat") != std::string::npos);
}
