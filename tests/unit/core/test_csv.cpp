#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <mbov/core/csv.hpp>
#include <mbov/core/error.hpp>

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
  // A row of empty fields (Excel's ";;") is passed over, anywhere; spaces are kept in the others.
  CHECK(read_all("a,b\n,\n x , y \n") == Rows{{"a", "b"}, {" x ", " y "}});
  CHECK(read_all("a;b;c\r\n1;2;3\r\n;;\r\n \t; ;\r\n4;;\r\n;;\r\n") == Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "", ""}});
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
  // One field just under the limit of a field.
  std::vector<std::string> big{"BIG", "yes", std::string((64 << 10) - 7, 'z') + "\"end\""};
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
    // Rows "x…x,y\n" of at most 1,000 bytes (a field may hold 64 KiB) end shift bytes early.
    std::string text = "a,b\n";
    std::size_t filler = 0;
    for (std::size_t left = (std::size_t{1} << 20) - text.size() - shift; left > 0; ++filler) {
      const std::size_t row = left >= 1006 || left <= 1000 ? std::min<std::size_t>(left, 1000) : 500;
      text += std::string(row - 3, 'x') + ",y\n";
      left -= row;
    }
    text += tail;
    const auto rows = read_all(text);
    REQUIRE(rows.size() == 1 + filler + tail_rows.size());
    CHECK(Rows(rows.begin() + 1 + static_cast<long>(filler), rows.end()) == tail_rows);
  }
}

TEST_CASE("csv reader: limits of a record, a field and a file, named in the error") {
  CHECK(read_error("a,b\n1," + std::string(csv_limits::record + 10, 'x') + "\n").find("the limit of a line") !=
        std::string::npos);
  CHECK(read_error("a,b\n1," + std::string(csv_limits::field + 1, 'x') + "\n") ==
        "t.csv:2:2 (b): a field longer than 64 KiB (the limit of a field)");
  std::string many = "a\n";
  const std::string line(1000, 'y');
  while (many.size() <= csv_limits::input) many += line + "\n";
  CHECK(read_error(many) == "t.csv: larger than 64 MiB (the limit of an input file)");
}

TEST_CASE("csv reader: UTF-16, NUL bytes and invalid UTF-8 are refused with their line, never echoed") {
  CHECK(read_error("\xFF\xFEm\0e\0"s) == "t.csv:1: UTF-16 or binary data, not UTF-8 text (save the file as CSV UTF-8)");
  CHECK(read_error("a,b\n1,2\n3,\0\n"s).find("t.csv:1:") == 0);  // a NUL in the first read: the file is binary
  CHECK(read_error("a,b\n1,2\n3,caf\xE9\n") == "t.csv:3: invalid UTF-8 (save the file as CSV UTF-8, not in a legacy code page)");
  CHECK(read_error("a,b\n1,\"x\ny\xC0\"\n") .find("t.csv:3: invalid UTF-8") == 0);
  CHECK(read_all("a,b\n\xEF\xBF\xBD,caf\xC3\xA9\n")[1][1] == "caf\xC3\xA9");
}

TEST_CASE("csv reader: ',' from the header row (Dutch Excel), with a byte order mark and CRLF") {
  CHECK(read_all("\xEF\xBB\xBFmember;choice\r\n25LZ;voor\r\n\"a;b\";\"c,d\"\r\n") ==
        Rows{{"member", "choice"}, {"25LZ", "voor"}, {"a;b", "c,d"}});
  CHECK(read_all("member,choice\n25LZ;x,yes\n") == Rows{{"member", "choice"}, {"25LZ;x", "yes"}});
  CHECK(read_all("member\n25LZ;x\n") == Rows{{"member"}, {"25LZ;x"}});
}

TEST_CASE("csv text fields: formulas neutralised for spreadsheets, read back unchanged") {
  auto text = [](std::string_view s) {
    std::string out;
    csv_text_field(out, s);
    return out;
  };
  CHECK(text("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(text("+31 6 1234") == "'+31 6 1234");
  CHECK(text("@SUM(A1)") == "'@SUM(A1)");
  CHECK(text("-") == "'-");
  CHECK(text("\tx") == "'\tx");
  CHECK(text("-12.50") == "-12.50");
  CHECK(text("+3,5") == "\"+3,5\"");
  CHECK(text("2026-03-01") == "2026-03-01");
  CHECK(text("'=x") == "''=x");
  CHECK(text("'plain") == "'plain");
  // Codes a spreadsheet would read as numbers are quoted (man mbov(1)); plain amounts are not.
  CHECK(text("0123") == "\"0123\"");
  CHECK(text("01E5") == "\"01E5\"");
  CHECK(text("12E4") == "\"12E4\"");
  CHECK(text("-1e-3") == "\"-1e-3\"");
  CHECK(text("1234567890123456") == "\"1234567890123456\"");
  CHECK(text("12000.00") == "12000.00");
  CHECK(text("0.50") == "0.50");
  CHECK(text("0") == "0");
  CHECK(text("10AZ") == "10AZ");
  CHECK(text("12E") == "12E");
  CHECK(text("E5") == "E5");
  const std::vector<std::string> values{"=1+1", "'=1+1", "''@x", "-5", "-", "+", "'", "'plain", "\r=", "a=b", "@", "",
                                        "0123", "01E5", "12e4"};
  std::string file = "v\n";
  for (const auto& v : values) file += (v.empty() ? "\"\"" : text(v)) + "\n";
  Rows want{{"v"}};
  for (const auto& v : values) want.push_back({v});
  CHECK(read_all(file) == want);
}
