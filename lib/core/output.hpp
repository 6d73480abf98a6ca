#pragma once
// The output layer: every command prints its result through print_list or print_object, in the
// --format the user chose (spec/CLI.md "Output"). stdout carries data only.
//
//   table     for people: aligned columns, upper-case labels as the header (bold with colour), two spaces
//             between columns, widths in display columns (UTF-8 aware: "Coöperatie" is 10),
//             numeric columns (numbers, counts of nested arrays) right-aligned, null as "-",
//             control characters shown escaped (\n, \t, \x1b) and invalid UTF-8 as U+FFFD, so
//             no value can move the cursor or colour the terminal.
//             A list with no rows prints NOTHING (not even the header): `[ -z "$(mbov … )" ]`.
//   json      a list: an array of objects, every key of every row in order; an object: one
//             object. 2-space indent, final newline; [] for an empty list. See json.hpp.
//   csv       RFC 4180 (csv.hpp): header row, records ending in CRLF. An empty list prints the
//             header row only. Style::csv excel: a byte order mark first, `;` between fields,
//             a decimal comma in numbers with a fraction.
//   tsv       header row, no quoting, \\ \t \n \r escaped, records ending in LF.
//   markdown  a GitHub pipe table; | \ < escaped with a backslash, line breaks as <br>,
//             numeric columns right-aligned (---:). An empty list prints the header and the
//             --- row.
//   text      objects only: as table.
//   html, ics report formats; the report commands write them themselves.
//   prometheus  check commands only: the node_exporter textfile format (check.hpp).
//   xlsx      wherever csv is offered: an Office Open XML workbook (xlsx.hpp), typed cells, the
//             header row of labels frozen. Binary: cmd/ writes it only to a file or a pipe.
//
// Cells of table, csv, tsv and markdown show a nested array as its element count and a nested
// object as its compact JSON; csv and tsv show null as an empty field, markdown as an empty cell.
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/csv.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/format.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

struct Style {
  bool colour = false;  // ANSI bold headers / keys, dim "-" for null; table and text only
  CsvDialect csv = CsvDialect::rfc;  // format csv only
};

// Whether to colour output written to fd: only when fd is a terminal (isatty) and NO_COLOR is
// unset or empty (https://no-color.org: set and non-empty disables colour).
bool colour_wanted(int fd);

// A list of records. columns: the columns of table, csv, tsv and markdown, in order (a row
// lacking one shows it as null); json ignores them and prints each row whole.
// Formats text, html, ics: Error(Exit::usage, "--format html is not available for this command
// (use table, json, csv, tsv or markdown)").
void print_list(std::ostream& out, Format format, const std::vector<std::string>& columns,
                const std::vector<Object>& rows, Style style = {});

// One record (show, tally, check, report).
//   table, text  "key: value" lines, values aligned; a nested array of objects (contacts,
//                findings) follows as an indented sub-table under a "key:" heading, a nested
//                object as indented "key: value" lines; an array of scalars is shown joined
//                by ", ", an empty array as "(none)"; multi-line values keep their line breaks,
//                indented to the value column.
//   csv, tsv     a header row of the scalar keys (not arrays, not objects) and one row.
//   markdown     a "| field | value |" table, then each nested array of objects / object as
//                its own table under a "### key" heading.
//   json         one object.
// Formats html, ics: Error(Exit::usage).
void print_object(std::ostream& out, Format format, const Object& object, Style style = {});

// What print_list / print_object write, as a string. They write it to the stream in one go and
// flush; a failed write throws Error(Exit::ioerr, "cannot write the output").
std::string render_list(Format format, const std::vector<std::string>& columns,
                        const std::vector<Object>& rows, Style style = {});
std::string render_object(Format format, const Object& object, Style style = {});

// What people read for a field name in table, text and markdown (and the reports): the label of
// the label tables (core/labels.hpp), else the name with spaces for underscores; translated.
// JSON keys and CSV/TSV headers stay the field names.
std::string label(std::string_view field);

// A date, or null: how every area's to_object writes an optional date.
inline Value date_value(const std::optional<Date>& d) { return d ? Value(*d) : Value(); }

// A scalar as people read it: text as it is (text shaped like a date too), a Date or Timestamp
// as human_date / human_moment (25 november 2026 16:00 in Dutch), a boolean as "true"/"false" translated
// (ja/nee in Dutch), a number as Value::text(). The one place human cells are made (table,
// text, markdown, html); the data formats write Value::text().
std::string people_scalar(const Value& v);

// A closed-set value (a vote choice, an incident kind or status, an escalation level, a role, a
// legal basis ...) as people read it: its word in the language of the output (core/words.cpp
// says which field holds which set), the value itself in English or when it is not one.
std::string people_word(std::string_view field, std::string_view value);
// Rows, an object, columns as people read them: every closed-set value as people_word, nested
// objects and arrays too (render_list and render_object use them for table, text, markdown; the
// reports for html). The data formats print the values themselves.
std::vector<Object> people_words(const std::vector<Object>& rows);
Object people_words(const Object& o);
std::vector<std::string> people_columns(const std::vector<std::string>& columns);

// s made safe for a terminal: valid UTF-8 (invalid bytes as U+FFFD), control characters (C0,
// DEL, C1) shown escaped (\n, \t, \x1b, \u009b). keep_newlines: LF stays a line break. Every
// table cell, and every error main prints, goes through it.
std::string terminal_text(std::string_view s, bool keep_newlines = false);

}  // namespace mbov

MBOV_PUBLIC_END
