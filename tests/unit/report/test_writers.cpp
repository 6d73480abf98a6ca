#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include "core/database.hpp"
#include "core/i18n.hpp"
#include "report/report.hpp"
#include "testdb.hpp"
#include "report/svg.hpp"

using namespace mbov;
using report::Section;

namespace {
report::Deadline deadline(std::string title) {
  return {Date::parse("2026-12-01", "t"), "review", "contract 1", "R-CON-3", std::move(title), "soon", "review-contract-1@mbov"};
}
}  // namespace

TEST_CASE("to_ics: envelope, CRLF, escaping, DTSTAMP in UTC, an alarm, the database id in the UID") {
  test::TestDb db;
  db.how.now = Timestamp::parse("2026-11-25T12:00:00+01:00", "t");
  db.how.policy = Policy::defaults();
  Session s = db.read();
  std::string ics = report::to_ics(s, {deadline("a, b; c\\d\ne")});
  CHECK(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
  CHECK(ics.ends_with("END:VCALENDAR\r\n"));
  CHECK(ics.find("DTSTAMP:20261125T110000Z\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n") != std::string::npos);
  CHECK(ics.find("SUMMARY:a\\, b\\; c\\\\d\\ne\r\n") != std::string::npos);
  const std::string id = database_id(s);
  CHECK(id.size() == 32);
  CHECK(ics.find("UID:" + id + "-review-contract-1@mbov\r\n") != std::string::npos);
  CHECK(ics.find("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:a\\, b") != std::string::npos);
  CHECK(ics.find("TRIGGER;RELATED=START:-P7D\r\nEND:VALARM\r\nEND:VEVENT\r\n") != std::string::npos);
  for (std::size_t i = 0; i < ics.size(); ++i)
    if (ics[i] == '\n') CHECK(ics[i - 1] == '\r');
  CHECK(report::to_ics(s, {}).find("VEVENT") == std::string::npos);
  test::TestDb other;
  Session t = other.read();
  CHECK(database_id(t) != id);
}

TEST_CASE("to_ics: folds at 75 octets, never inside a UTF-8 character") {
  std::string title;
  for (int i = 0; i < 60; ++i) title += "ö";  // 2 octets each
  test::TestDb db;
  Session s = db.read();
  std::string ics = report::to_ics(s, {deadline(title)});
  std::size_t start = 0;
  std::string unfolded;
  while (start < ics.size()) {
    std::size_t end = ics.find("\r\n", start);
    std::string line = ics.substr(start, end - start);
    CHECK(line.size() <= 75);
    if (!line.empty()) {
      // a physical line never starts with a continuation byte after the folding space
      std::size_t first = line[0] == ' ' ? 1 : 0;
      if (first < line.size()) CHECK((static_cast<unsigned char>(line[first]) & 0xC0) != 0x80);
    }
    unfolded += line[0] == ' ' ? line.substr(1) : (unfolded.empty() ? "" : "\n") + line;
    start = end + 2;
  }
  CHECK(unfolded.find("SUMMARY:" + title) != std::string::npos);
}

TEST_CASE("html_escape and the charts escape what they are given") {
  CHECK(report::html_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  std::string bars = report::stacked_bars("<t>", {"W1", "W2"}, {"a&b"}, {{2}, {0}});
  CHECK(bars.find("<title>&lt;t&gt;</title>") != std::string::npos);
  CHECK(bars.find("a&amp;b") != std::string::npos);
  CHECK(bars.find("a&b") == std::string::npos);
  std::string line = report::timeline("t", Date::parse("2026-01-01", "t"), Date::parse("2026-02-01", "t"),
                                      {{Date::parse("2026-01-31", "t"), "a very long label near the end", "overdue"}});
  CHECK(line.find("text-anchor=\"end\"") != std::string::npos);  // kept inside the chart
  CHECK(line.find("#D55E00") != std::string::npos);
}

TEST_CASE("writers: json prints the rows, facts and head; text, markdown and html what people read") {
  report::Document d;
  d.title = "T";
  d.head.add("chair", "(erased)");
  d.shown_head.add("chair", "(gewist)");
  Section& facts = d.facts("f", "F");
  facts.facts.add("officer", "(erased)");
  facts.shown_facts.add("officer", "(gewist)");
  Section& rows = d.table("r", "R", {"state"});
  rows.rows.push_back(Object().add("state", "to report"));
  rows.shown_rows.push_back(Object().add("state", "te melden"));
  d.table("plain", "P", {"state"}).rows.push_back(Object().add("state", "as it is"));
  std::ostringstream json;
  report::write_json(json, d);
  CHECK(json.str().find("\"to report\"") != std::string::npos);
  CHECK(json.str().find("\"officer\": \"(erased)\"") != std::string::npos);
  CHECK(json.str().find("\"chair\": \"(erased)\"") != std::string::npos);
  CHECK(json.str().find("gewist") == std::string::npos);
  for (const std::string& people : {report::to_text(d), report::to_markdown(d), report::to_html(d)}) {
    CHECK(people.find("te melden") != std::string::npos);
    CHECK(people.find("to report") == std::string::npos);
    CHECK(people.find("(erased)") == std::string::npos);
    CHECK(people.find("as it is") != std::string::npos);  // no shown rows: the rows
  }
}

TEST_CASE("Deadline: English for the data formats, the shown subject and title for people") {
  report::Deadline x = deadline("Review of contract 1");
  x.shown_subject = "contract one";
  x.shown_title = "Evaluation of contract one";
  const Object data = x.to_object(), shown = x.shown_object();
  CHECK(data.keys == shown.keys);
  CHECK(data.find("title")->text() == "Review of contract 1");
  CHECK(data.find("subject")->text() == "contract 1");
  CHECK(shown.find("title")->text() == "Evaluation of contract one");
  CHECK(shown.find("subject")->text() == "contract one");
  CHECK(shown.find("uid")->text() == data.find("uid")->text());
  set_language(Language::nl);
  const Object dutch = x.shown_object();
  CHECK(dutch.find("kind")->text() == "evaluatie");
  CHECK(dutch.find("status")->text() == "binnenkort");
  CHECK(x.to_object().find("status")->text() == "soon");
  set_language(Language::en);
}
