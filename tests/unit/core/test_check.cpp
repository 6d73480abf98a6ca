#include <doctest/doctest.h>

#include <mbov/core/check.hpp>
#include <mbov/core/json.hpp>

using namespace mbov;

TEST_CASE("deadline_status follows R-CON-8 at its edges") {
  Date due = Date::parse("2026-03-31", "due");
  CHECK(deadline_status(due, Date::parse("2026-04-01", "t"), 30) == Severity::critical);  // a day late
  CHECK(deadline_status(due, due, 30) == Severity::warning);                              // due today
  CHECK(deadline_status(due, Date::parse("2026-03-01", "t"), 30) == Severity::warning);  // exactly 30 days
  CHECK(deadline_status(due, Date::parse("2026-02-28", "t"), 30) == Severity::ok);       // 31 days
  CHECK(deadline_status(due, due, 0) == Severity::warning);
  CHECK(deadline_status(due, Date::parse("2026-03-30", "t"), 0) == Severity::ok);
}

TEST_CASE("due_text says how far a date is") {
  Date due = Date::parse("2026-03-01", "due");
  CHECK(english(due_text(due, due)) == "due today (2026-03-01)");
  CHECK(english(due_text(due, Date::parse("2026-03-02", "t"))) == "due 2026-03-01, 1 day overdue");
  CHECK(english(due_text(due, Date::parse("2026-03-06", "t"))) == "due 2026-03-01, 5 days overdue");
  CHECK(english(due_text(due, Date::parse("2026-02-28", "t"))) == "due 2026-03-01, in 1 day");
}

TEST_CASE("a report's status is its worst finding, and the status line carries perfdata") {
  CheckReport r{"contract", {}, {{"contracts", 3}}};
  CHECK(r.status() == Severity::ok);
  CHECK(r.status_line() == "MBOV CONTRACT OK - nothing due | critical=0;;;0 warning=0;;;0 contracts=3");
  r.add(Severity::ok, "R-CON-3", "contract 1", std::nullopt, "fine");
  CHECK(r.findings.empty());
  r.add(Severity::warning, "R-CON-3", "contract 1", Date::parse("2026-03-01", "d"), "review due");
  CHECK(r.status() == Severity::warning);
  r.add(Severity::critical, "R-CON-5", "contract 2", std::nullopt, "no certificate");
  r.add(Severity::warning, "R-CON-4", "contract 2", std::nullopt, "notice");
  CHECK(r.status() == Severity::critical);
  CHECK(r.status_line() ==
        "MBOV CONTRACT CRITICAL - 1 critical, 2 warnings | critical=1;;;0 warning=2;;;0 contracts=3");
  Object o = r.to_object();
  CHECK(o.keys == std::vector<std::string>{"area", "status", "findings"});
  const Array& findings = std::get<Array>(o.find("findings")->data);
  REQUIRE(findings.size() == 3);
  const Object& first = std::get<Object>(findings[0].data);
  CHECK(first.keys == std::vector<std::string>{"rule", "severity", "subject", "due", "message", "due_at"});
  CHECK(first.find("due")->text() == "2026-03-01");
  CHECK(first.find("due_at")->is_null());  // a day, not a moment
  CHECK(std::get<Object>(findings[1].data).find("due")->is_null());
  // A finding's own row is the report's row: the weekly report and print_check list them so.
  CHECK(to_json(r.findings[0].to_object()) == to_json(findings[0]));
}

TEST_CASE("plugin_text: free text can't end a check line, start a new one or reach the terminal raw") {
  CHECK(plugin_text("down | up=1;;;0") == "down \u00a6 up=1;;;0");
  CHECK(plugin_text("a\nMBOV ALL OK - fake") == "a\\nMBOV ALL OK - fake");
  CHECK(plugin_text("\x1b[2J\x07") == "\\x1b[2J\\x07");
  CHECK(plugin_text("Co\xc3\xb6peratie") == "Co\xc3\xb6peratie");
}
