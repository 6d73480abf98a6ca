#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/csv.hpp"
#include "core/error.hpp"

using namespace mbov;
using namespace std::string_literals;

namespace {

std::string csv(std::string_view s) {
  std::string out;
  csv_field(out, s);
  return out;
}

std::string tsv(std::string_view s) {
  std::string out;
  tsv_field(out, s);
  return out;
}

// Every record of the input, fields copied.
std::vector<std::vector<std::string>> read_all(const std::string& text, std::vector<std::size_t>* lines = nullptr) {
  std::istringstream in(text);
  CsvReader r(in, "t.csv");
  std::vector<std::vector<std::string>> rows;
  rows.push_back(r.header());
  while (r.next()) {
    std::vector<std::string> row;
    for (std::size_t i = 0; i < r.size(); ++i) row.emplace_back(r.field(i));
    rows.push_back(row);
    if (lines) lines->push_back(r.line());
  }
  return rows;
}

// The message of the Error(Exit::data) reading the input throws.
std::string read_error(const std::string& text) {
  try {
    read_all(text);
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    return e.what();
  }
  return "no error";
}

std::string columns_error(const std::string& text, std::vector<std::string> required, std::vector<std::string> optional) {
  std::istringstream in(text);
  CsvReader r(in, "ballots.csv");
  try {
    CsvColumns cols(r, std::move(required), std::move(optional));
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    return e.what();
  }
  return "no error";
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv writer: quoting") {
  CHECK(csv("plain") == "plain");
  CHECK(csv("") == "");
  CHECK(csv("a,b") == "\"a,b\"");
  CHECK(csv("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv("\"") == "\"\"\"\"");
  CHECK(csv("two\nlines") == "\"two\nlines\"");
  CHECK(csv("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv(" lead") == "\" lead\"");
  CHECK(csv("trail ") == "\"trail \"");
  CHECK(csv("in side") == "in side");
  CHECK(csv("tab\there") == "tab\there");
  CHECK(csv("Coöperatie") == "Coöperatie");
  std::string out = "x,";
  csv_field(out, "y,z");
  CHECK(out == "x,\"y,z\"");
}

TEST_CASE("tsv writer: escaping") {
  CHECK(tsv("plain text") == "plain text");
  CHECK(tsv("a\tb") == "a\\tb");
  CHECK(tsv("a\nb") == "a\\nb");
  CHECK(tsv("a\rb") == "a\\rb");
  CHECK(tsv("back\\slash") == "back\\\\slash");
  CHECK(tsv("\\t") == "\\\\t");
  CHECK(tsv("\"q\",") == "\"q\",");
}

TEST_CASE("csv reader: simple, LF and CRLF") {
  CHECK(read_all("member,choice\n25LZ,yes\n30AB,no\n") == Rows{{"member", "choice"}, {"25LZ", "yes"}, {"30AB", "no"}});
  CHECK(read_all("member,choice\r\n25LZ,yes\r\n30AB,no\r\n") ==
        Rows{{"member", "choice"}, {"25LZ", "yes"}, {"30AB", "no"}});
  CHECK(read_all("member,choice\n25LZ,yes") == Rows{{"member", "choice"}, {"25LZ", "yes"}});      // no final newline
  CHECK(read_all("member,choice\r\n25LZ,yes\r") == Rows{{"member", "choice"}, {"25LZ", "yes"}});  // CR at the end
  CHECK(read_all("a,b\n,\n x , y \n") == Rows{{"a", "b"}, {"", ""}, {" x ", " y "}});
  CHECK(read_all("a,b\n") == Rows{{"a", "b"}});
  CHECK(read_all("a") == Rows{{"a"}});
}

TEST_CASE("csv reader: quoted fields") {
  std::vector<std::size_t> lines;
  const auto rows = read_all(
      "name,note\n"
      "\"Coöperatie, U.A.\",\"say \"\"hi\"\"\"\n"
      "\"two\nlines\",\"three\r\nline\nnote\"\n"
      "\"\",\"\"\"\"\n"
      "last,\"x\"\r\n",
      &lines);
  CHECK(rows == Rows{{"name", "note"},
                     {"Coöperatie, U.A.", "say \"hi\""},
                     {"two\nlines", "three\r\nline\nnote"},
                     {"", "\""},
                     {"last", "x"}});
  CHECK(lines == std::vector<std::size_t>{2, 3, 7, 8});
  CHECK(read_all("\"a\"\"b\",\"c,d\"\n1,2\n") == Rows{{"a\"b", "c,d"}, {"1", "2"}});
  CHECK(read_all("a,b\nx\"y,z\n") == Rows{{"a", "b"}, {"x\"y", "z"}});  // a quote inside an unquoted field
}

TEST_CASE("csv reader: byte order mark, blank lines at the end") {
  CHECK(read_all("\xEF\xBB\xBFmember,choice\n25LZ,yes\n") == Rows{{"member", "choice"}, {"25LZ", "yes"}});
  CHECK(read_all("\xEF\xBB\xBF\"member\",choice\n") == Rows{{"member", "choice"}});
  CHECK(read_all("a,b\n1,2\n\n\r\n\n") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(read_all("a\n\"\"\nx\n") == Rows{{"a"}, {""}, {"x"}});
}

TEST_CASE("csv reader: errors name the line and column") {
  CHECK(read_error("") == "t.csv: empty file, want a header row");
  CHECK(read_error("\xEF\xBB\xBF") == "t.csv: empty file, want a header row");
  CHECK(read_error("\n\n") == "t.csv: empty file, want a header row");
  CHECK(read_error("\na,b\n") == "t.csv:1: blank line, want the header row");
  CHECK(read_error("a,b\n1,2\n1,2,3\n") == "t.csv:3: 3 fields, the header has 2");
  CHECK(read_error("a,b\n1\n") == "t.csv:2: 1 field, the header has 2");
  CHECK(read_error("a,b\n\"x\ny\",1\n1,2,3\n") == "t.csv:4: 3 fields, the header has 2");
  CHECK(read_error("a,b\n1,2\n\n3,4\n") ==
        "t.csv:3: blank line, want 2 fields (an empty value in a single-column file is written \"\")");
  CHECK(read_error("a,b\n1,\"open\n2,3\n") ==
        "t.csv:2:2 (b): unterminated quoted field (its opening quote is never closed)");
  CHECK(read_error("a,b\n1,2\n\"x\"y,3\n") ==
        "t.csv:3:1 (a): text after the closing quote (a quote inside a quoted field is written as two: \"\")");
  CHECK(read_error("a,b\n1,\"multi\nline\" ,3\n") ==
        "t.csv:3:2 (b): text after the closing quote (a quote inside a quoted field is written as two: \"\")");
  CHECK(read_error("\"a\"b\n") ==
        "t.csv:1:1: text after the closing quote (a quote inside a quoted field is written as two: \"\")");
}

TEST_CASE("csv reader: stdin is named stdin") {
  std::istringstream in("");
  try {
    CsvReader r(in, "-");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "stdin: empty file, want a header row");
  }
}

TEST_CASE("csv columns: by name, in any order") {
  std::istringstream in("choice, member \n yes,25LZ\n");
  CsvReader r(in, "ballots.csv");
  CsvColumns cols(r, {"member", "choice"}, {"advance"});
  CHECK(cols.index("member") == std::optional<std::size_t>(1));
  CHECK(cols.index("choice") == std::optional<std::size_t>(0));
  CHECK(cols.index("advance") == std::nullopt);
  REQUIRE(r.next());
  CHECK(cols.get(r, "member") == "25LZ");
  CHECK(cols.get(r, "choice") == " yes");
  CHECK(cols.get(r, "advance") == "");
  CHECK_THROWS_AS(cols.index("nope"), Error);
  try {
    fail_at(r, *cols.index("choice"), "' yes' is not yes, no or abstain");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()) == "ballots.csv:2:1 (choice): ' yes' is not yes, no or abstain");
  }
}

TEST_CASE("csv columns: unknown, missing, duplicate") {
  CHECK(columns_error("member,choice,foo\n", {"member", "choice"}, {"advance"}) ==
        "ballots.csv:1:3: unknown column 'foo' (want member, choice[, advance])");
  CHECK(columns_error("member\n", {"member", "choice"}, {"advance"}) ==
        "ballots.csv:1: missing column 'choice' (want member, choice[, advance])");
  CHECK(columns_error("member,choice,member\n", {"member", "choice"}, {}) ==
        "ballots.csv:1:3: duplicate column 'member' (also column 1)");
  CHECK(columns_error("member,choice,\n", {"member", "choice"}, {}) ==
        "ballots.csv:1:3: a column without a name (want member, choice)");
  CHECK(columns_error("member,choice,advance\n", {"member", "choice"}, {"advance"}) == "no error");
}

TEST_CASE("csv reader: a 200,000-line input round-trips, across buffer boundaries") {
  std::string text = "member,choice,note\r\n";
  std::vector<std::vector<std::string>> want;
  for (int i = 0; i < 200000; ++i) {
    std::vector<std::string> row{"M" + std::to_string(i), i % 3 == 0 ? "yes" : "no", ""};
    if (i % 7 == 0) row[2] = "a \"quoted\", multi\nline note " + std::to_string(i);
    else if (i % 11 == 0) row[2] = std::string(300, 'x');
    want.push_back(row);
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) text += ',';
      csv_field(text, row[c]);
    }
    text += "\r\n";
  }
  // One record bigger than the read buffer.
  std::vector<std::string> big{"BIG", "yes", std::string(3 << 20, 'z') + "\"end\""};
  want.push_back(big);
  text += "BIG,yes,";
  csv_field(text, big[2]);
  text += "\r\n";

  std::istringstream in(text);
  CsvReader r(in, "big.csv");
  CHECK(r.header() == std::vector<std::string>{"member", "choice", "note"});
  std::size_t n = 0, line = 2;
  bool same = true;
  while (r.next()) {
    if (n >= want.size() || r.line() != line) {
      same = false;
      break;
    }
    for (std::size_t c = 0; c < 3; ++c) same = same && r.field(c) == want[n][c];
    if (!same) break;
    line += n % 7 == 0 ? 2 : 1;
    ++n;
  }
  CHECK(same);
  CHECK(n == want.size());
}

TEST_CASE("csv reader: quotes, CRLF and blank lines split across the read buffer's end") {
  // The reader reads 1 MiB at a time: put every tricky spot on both sides of that boundary.
  const std::string tail = "\"p\"\"q\",\"r\r\ns\"\r\n\"\",x\r\n\"\"\"\",\"\"\r\nu,v\r\n\r\n\n";
  const Rows tail_rows{{"p\"q", "r\r\ns"}, {"", "x"}, {"\"", ""}, {"u", "v"}};
  for (std::size_t shift = 0; shift < tail.size() + 2; ++shift) {
    CAPTURE(shift);
    const std::string head = "a,b\n";
    const std::size_t pad = (std::size_t{1} << 20) - head.size() - shift - 3;  // "x…x,y\n" ends shift bytes early
    std::string text = head + std::string(pad, 'x') + ",y\n" + tail;
    const auto rows = read_all(text);
    REQUIRE(rows.size() == 2 + tail_rows.size());
    CHECK(rows[1] == std::vector<std::string>{std::string(pad, 'x'), "y"});
    CHECK(Rows(rows.begin() + 2, rows.end()) == tail_rows);
  }
}
