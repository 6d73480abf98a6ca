#pragma once
// CSV and TSV: the writers behind `--format csv|tsv` and the one reader every import uses.
//
// CSV output follows RFC 4180: fields separated by commas, records ending in CRLF ("\r\n"),
// a field quoted when it holds a comma, a quote, CR or LF or starts or ends with a space, quotes
// doubled inside. TSV output has no quoting: `\` is written `\\`, tab `\t`, LF `\n`, CR `\r`;
// its records end in LF.
//
// CSV output of text values (csv_text_field) is neutralised for spreadsheets: a text that starts
// with =, +, -, @, tab or CR (a formula to a spreadsheet) is written with a ' in front, unless it
// is a number (-12, +3.5). The reader takes that ' off again, so exports re-import unchanged.
//
// CSV input (CsvReader) accepts RFC 4180 and what spreadsheets write: LF or CRLF line ends,
// quoted fields with doubled quotes and embedded commas and line breaks, a UTF-8 byte order
// mark at the start, ';' as the separator when the header row has semicolons and no comma (Dutch
// Excel), blank lines at the end, rows of empty fields anywhere (";;", which Excel leaves). It refuses UTF-16, NUL bytes and invalid UTF-8, naming the
// line (never echoing the bytes), and input beyond csv_limits. It streams: memory does not grow
// with the input.
// Every error is an Error(Exit::data, "source:line[:column]: message"); lines are counted from
// 1, the header row being line 1; columns are field numbers, counted from 1.
#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/export.hpp>
#include <mbov/core/message.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// The CSV a writer produces (--csv-dialect, MBOV_CSV_DIALECT):
//   rfc    RFC 4180: `,` between fields, CRLF, a decimal point.
//   excel  what a Dutch spreadsheet opens without an import dialog: a UTF-8 byte order mark,
//          `;` between fields, CRLF, and a decimal comma in numbers with a fraction (money).
enum class CsvDialect { rfc, excel };
// "rfc" or "excel"; anything else: Error(Exit::usage).
CsvDialect parse_csv_dialect(std::string_view name);
char csv_separator(CsvDialect dialect);

// Appends one field, quoted when needed (RFC 4180: when it holds the separator, a quote, CR or LF,
// or starts or ends with a space); no separator, no line end.
void csv_field(std::string& out, std::string_view field, char separator = ',');
// csv_field for a text value, with a ' in front of a text a spreadsheet would run as a formula.
void csv_text_field(std::string& out, std::string_view text, char separator = ',');
// Appends one field with TSV escaping (\\ \t \n \r); no separator, no line end.
void tsv_field(std::string& out, std::string_view field);

// What a CSV input may hold; beyond it is Error(Exit::data) naming the limit, found before memory
// grows.
namespace csv_limits {
inline constexpr std::size_t record = std::size_t{1} << 20;  // a record (a line): 1 MiB
inline constexpr std::size_t field = std::size_t{64} << 10;  // a field: 64 KiB
inline constexpr std::size_t input = std::size_t{64} << 20;  // a file: 64 MiB
}  // namespace csv_limits

// Reads CSV records one at a time. Memory is a read buffer (csv_limits::record) and the fields
// of the current record, reused from record to record.
//
//   CsvReader csv(in, "ballots.csv");
//   CsvColumns cols(csv, {"member", "choice"}, {"advance"});
//   auto member = *cols.index("member");
//   while (csv.next()) use(csv.field(member));
class CsvReader {
 public:
  // Reads the header row. source names the input in errors: a path, or "-" (shown as "stdin").
  // Opening the file is the caller's job (a missing file is Exit::noinput); a read error throws
  // Error(Exit::ioerr).
  // Throws Error(Exit::data, "source: empty file, want a header row") for an input without any
  // row, and the errors of next() for a malformed header row.
  CsvReader(std::istream& in, std::string source);
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  const std::vector<std::string>& header() const { return header_; }
  const std::string& source() const { return source_; }

  // Advances to the next record; false at the end of the input (blank lines at the end are not
  // records). Throws Error(Exit::data, ...) naming the line (and the column where it applies)
  // for a record with another number of fields than the header ("ballots.csv:7: 3 fields, the
  // header has 2"), a blank line before the end, a quote never closed, or text after a
  // closing quote. A single-column file writes an empty value as "" (an empty quoted field).
  bool next();

  // The line the current record starts on (1-based; the header row is line 1).
  std::size_t line() const { return line_; }
  // The bytes of the input up to the end of the current record.
  std::size_t offset() const { return read_ - (end_ - pos_); }
  // The number of fields of the current record (equal to header().size() after next()).
  std::size_t size() const { return fields_.size(); }
  // Field `column` (0-based, < size()) of the current record, quotes removed. The view stays
  // valid until the next call to next(); the 8 bytes from its start can be read (the input, or
  // zeros after it), for readers that compare 8 bytes at a time.
  std::string_view field(std::size_t column) const {
    return {buf_.get() + fields_[column].begin, fields_[column].size};
  }

  // For a reader that splits simple lines itself (vote/ballots.cpp, for speed): the input from the
  // next record to the last line feed read, reading more first when no line is whole (empty at
  // the end of the input, or when the next line is longer than the buffer). The 8 bytes after its
  // end can be read. The view stays valid until the next call to next() or buffered_lines().
  std::string_view buffered_lines();
  // Passes over `lines` whole lines of `bytes` from the start of buffered_lines(), which the caller
  // read itself. Only lines that next() reads alike (csv_plain.hpp) may be passed over so.
  void skip(std::size_t bytes, std::size_t lines) {
    pos_ += bytes;
    next_line_ += lines;
  }
  // The line the next record starts on; the separator (',' or ';').
  std::size_t next_line() const { return next_line_; }
  char field_separator() const { return sep_; }

 private:
  struct Span {
    std::size_t begin;  // offset in buf_
    std::size_t size;
    bool unescape;  // quoted with doubled quotes inside: "" still to be made "
  };
  enum class Parse { record, more, end };
  Parse parse();  // one record at pos_, or more input needed
  bool fill();    // reads more input after the unparsed bytes; false at the end of the input
  bool read_record();  // the next record into fields_, with line_ set; false at the end
  bool empty_row() const;  // the record just parsed has only empty fields (";;")
  void check_text() const;  // the record just parsed is UTF-8 without NUL bytes
  [[noreturn]] void fail(std::size_t line, std::size_t column, const Message& message) const;

  std::istream& in_;
  std::string source_;
  std::vector<std::string> header_;
  std::unique_ptr<char[]> buf_;
  std::size_t cap_ = 0;       // the size of buf_
  std::size_t pos_ = 0;       // the first unparsed byte
  std::size_t end_ = 0;       // the end of the bytes read
  bool eof_ = false;          // the input has no more bytes beyond end_
  std::size_t read_ = 0;      // bytes read so far
  std::size_t record_begin_ = 0;  // where the record being parsed starts in buf_
  char sep_ = ',';
  std::vector<Span> fields_;  // the current record
  std::size_t line_ = 0;      // where the current record starts
  std::size_t next_line_ = 1; // where the next record starts
  std::size_t extra_lines_ = 0;  // line breaks inside quoted fields of the record just parsed
  bool blank_ = false;           // the record just parsed is a blank line
};

// Maps a header to the columns a command knows, by name (any order; names compared after
// trimming spaces and tabs), English or Dutch (naam, lid, keuze, aanbestedende dienst: the labels
// of Dutch tables, case and underscores aside). An unknown column, a duplicate one or a missing required one throws
// Error(Exit::data, "ballots.csv:1:3: unknown column 'foo' (want member, choice[, advance])").
class CsvColumns {
 public:
  CsvColumns(const CsvReader& reader, std::vector<std::string> required,
             std::vector<std::string> optional = {});

  // The 0-based field index of a column; nullopt for an optional column the file lacks (a
  // required one is always there). Asking for a name neither required nor optional is a bug:
  // Error(Exit::software).
  std::optional<std::size_t> index(std::string_view name) const;
  // The value of column `name` in the reader's current record; "" for an absent optional one.
  std::string_view get(const CsvReader& reader, std::string_view name) const;

 private:
  std::vector<std::string> names_;  // required, then optional
  std::vector<std::optional<std::size_t>> index_;
};

// A yes/no cell of an import: true, yes, ja, 1 or false, no, nee, 0 (any case); nullopt else.
std::optional<bool> parse_yes_no(std::string_view cell);

// Throws Error(Exit::data, "source:line:column (name): message") for the reader's current record;
// column is the 0-based field index (as CsvColumns::index gives it), printed 1-based with the
// header's name for it: "ballots.csv:7:2 (choice): 'maybe' is not yes, no or abstain".
[[noreturn]] void fail_at(const CsvReader& reader, std::size_t column, Message message);
// The same at an earlier record's line (a reader that checks its records after reading them all).
[[noreturn]] void fail_at(const CsvReader& reader, std::size_t line, std::size_t column, Message message);

}  // namespace mbov

MBOV_PUBLIC_END
