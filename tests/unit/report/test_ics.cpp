// Tests for lib/report/ics.cpp: the iCalendar feed of the deadlines.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include <mbov/core/database.hpp>
#include <mbov/core/i18n.hpp>
#include "report/fixture.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include "report/svg.hpp"

using namespace mbov;
using report::Section;
using test::deadline;

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
