#pragma once
// The reports of `mbov report`: read-only views over every area, built as a Document that the
// writers of document.cpp (text, markdown, json) and html.cpp (html) print alike. The deadline
// calendar is a list of Deadline rows with its own iCalendar writer (ics.cpp).
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/value.hpp>

#include <mbov/core/session.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov::report {

// A Session, with every statement it runs recorded for --sql (Session::trace_sql); Query
// (report/query.hpp) runs the report's own.
class Reader {
 public:
  // From here on the session reads the records as they stood on its today (app::as_of).
  explicit Reader(Session& s, bool trace = false);
  Session& s;
  // The statements run so far, parameters inlined as SQL literals, each ending in ";\n".
  const std::string& trace() const { return s.traced_sql(); }
};

// One part of a report: either facts (key: value) or a table of rows. A cell that reads
// differently for people (a translated title or state word) is a Message: English in json, like a
// check's findings, translated in text, markdown and html.
struct Section {
  std::string key;    // the JSON field: "incidents_opened"
  std::string title;  // the heading for people: "Incidents opened"
  std::vector<std::string> columns;  // empty: a facts section
  std::vector<Object> rows;
  Object facts;
};

// A chart drawn from a section's rows, placed after a section in html (the weekly report puts
// its charts after the summary: the week at a glance).
struct Chart {
  std::string after;  // the section key
  std::string svg;    // an inline <svg> element
};

struct Document {
  std::string title;  // "Weekly report 2026-W48"
  Object head;        // the scalar fields that open the JSON object: week, from, to, generated ...
  std::vector<Section> sections;
  std::vector<Chart> charts;

  Section& table(std::string key, std::string title, std::vector<std::string> columns);
  Section& facts(std::string key, std::string title);
  const Section* find(std::string_view key) const;
};

// ---- the reports

// What happened in the ISO week starting `monday`, what is due in the `ahead` after today, and
// the state of each product (weekly.cpp, products.cpp).
Document weekly(Reader& r, Date monday, Duration ahead);
// The yearly account to the General Assembly (av.cpp, av_account.cpp); amounts per budget::money
// in format `f`.
Document av(Reader& r, int year, Format f);
// The security statement for one member (R-DPIA-7, security.cpp); Exit::data for an
// unknown member.
Document security_statement(Reader& r, const std::string& member);

// The minutes of a meeting (R-GOV-3, minutes.cpp); Exit::data for an unknown meeting.
Document minutes(Reader& r, std::int64_t meeting);
// What each member owes per product in `year` (R-FIN-4, charges.cpp); amounts per
// budget::money in format `f`.
Document charges(Reader& r, int year, Format f);

// A deadline's status in the reports: R-CON-8's judgement (with the area's warn window) in words.
enum class DeadlineStatus { overdue, soon, later };
// Its word, as json, csv and ics print it: "overdue", "soon", "later" (marked N_: people read it
// translated).
const char* status_name(DeadlineStatus status);
// The status of a deadline judged `severity` (deadline_status, incident::deadline_severity).
DeadlineStatus status_of(Severity severity);

// One future (or overdue, still open) date of any area (deadlines.cpp).
struct Deadline {
  Date date;            // the day; for a moment, its local date

  const char* kind;     // review, notice, contract-end, certificate, dpia, confirmation, meeting, breach (N_)
  Message subject;      // "contract 4", "member 25LZ" (English in json, csv and ics)
  std::string rule;     // "R-CON-3"
  Message title;        // "Review of contract 4 (CAMBO, Leverancier BV)"
  DeadlineStatus status;
  std::string uid;      // stable across runs: the calendar client updates instead of duplicating
  std::optional<Timestamp> due_at = {};  // the moment, where the deadline is one (a breach's)
  std::optional<Timestamp> warn_at = {};  // for a moment: when it starts to warn (the calendar's alarm)
  // date, due_at (null for a day), kind, subject, rule, status, title, uid: kind, status, subject
  // and title are messages, English in the data formats, translated where people read them.
  Object to_object() const;
};
// Every deadline up to and including `until`, by date.
std::vector<Deadline> deadlines(Reader& r, Date until);
const std::vector<std::string>& deadline_columns();

// ---- the writers

// json, as to_json of one object (head, then a member per section), written a row at a time:
// a week of 10^6 incidents is megabytes, never held twice.
void write_json(std::ostream& out, const Document& d);
std::string to_text(const Document& d);   // text: for mail
std::string to_markdown(const Document& d);
std::string to_html(const Document& d);   // one self-contained page, charts inline
// csv (report/sheets.cpp): one list of the head, each facts section and every row of every table,
// its first column `section` ("head" or the section's key), then every column of every part in the
// order they first appear (a part leaves the others' empty). English, as json.
std::string to_csv(const Document& d, Style style);
// xlsx: a sheet of the head, then one sheet per section, named by its title; a facts section is
// one row. As people read it (messages in --lang), typed as core/xlsx.hpp says.
std::string to_xlsx(const Document& d);
// RFC 5545: CRLF line ends, lines folded at 75 octets, text escaped, DTSTAMP in UTC (s.now);
// each event has an alarm policy.report.calendar_alarm_days before it and a UID that holds the
// database's id (database_id), so the feeds of two databases never collide in one calendar.
std::string to_ics(Session& s, const std::vector<Deadline>& deadlines);

}  // namespace mbov::report

MBOV_PUBLIC_END
