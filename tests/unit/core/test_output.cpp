#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <mbov/core/csv.hpp>
#include "core/text.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/output.hpp>

using namespace mbov;
using namespace std::string_literals;

namespace {

std::vector<Object> members() {
  std::vector<Object> rows(3);
  rows[0].add("code", "25LZ").add("name", "Coöperatie Zuid").add("contacts", Array{Object{}, Object{}}).add("seats", 12);
  rows[1].add("code", "30AB").add("name", "Stichting \"De Link\", Assen").add("contacts", Array{}).add("seats", 3);
  rows[2].add("code", "7X").add("name", "日本").add("contacts", Array{Object{}}).add("seats", nullptr).add("extra", true);
  return rows;
}

const std::vector<std::string> columns{"code", "name", "contacts", "seats"};

Object member() {
  Object contact1, contact2;
  contact1.add("id", 1).add("name", "Ann").add("email", "ann@example.org");
  contact2.add("id", 12).add("name", "Bö").add("email", nullptr);
  Object o;
  o.add("code", "25LZ")
      .add("name", "Coöperatie Zuid")
      .add("joined", "2020-01-01")
      .add("left", nullptr)
      .add("contacts", Array{contact1, contact2})
      .add("tags", Array{"a", "b"})
      .add("seats", 12);
  return o;
}

}  // namespace

TEST_CASE("output: format names") {
  CHECK(parse_format("table") == Format::table);
  CHECK(parse_format("json") == Format::json);
  CHECK(parse_format("csv") == Format::csv);
  CHECK(parse_format("tsv") == Format::tsv);
  CHECK(parse_format("markdown") == Format::markdown);
  CHECK(parse_format("text") == Format::text);
  CHECK(parse_format("html") == Format::html);
  CHECK(parse_format("ics") == Format::ics);
  CHECK(parse_format("xlsx") == Format::xlsx);
  for (auto f : {Format::table, Format::json, Format::csv, Format::tsv, Format::markdown, Format::text, Format::html,
                 Format::ics, Format::prometheus, Format::xlsx})
    CHECK(parse_format(format_name(f)) == f);
  try {
    parse_format("xml");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::usage);
    CHECK(std::string(e.what()) == "unknown format 'xml' (want table, json, csv, tsv, markdown, text, html, ics, prometheus or xlsx)");
  }
  CHECK_THROWS_AS(parse_format("JSON"), Error);
}

TEST_CASE("output: for_people: the formats people read show translated texts, the data formats English") {
  // xlsx too: labels and translated words, though its cells keep their types (core/xlsx.hpp).
  for (auto f : {Format::table, Format::markdown, Format::text, Format::html, Format::xlsx}) CHECK(for_people(f));
  for (auto f : {Format::json, Format::csv, Format::tsv, Format::ics, Format::prometheus}) CHECK_FALSE(for_people(f));
}

TEST_CASE("output: dates and timestamps by their type: ISO in the data formats, as people read them in Dutch") {
  const Date day = Date::parse("2026-11-25", "day");
  const Timestamp at = Timestamp::parse("2026-09-02T08:00:00Z", "at");  // 10:00 in Amsterdam
  setenv("TZ", "Europe/Amsterdam", 1);
  tzset();
  CHECK(people_scalar(Value(day)) == "2026-11-25");
  CHECK(people_scalar(Value(at)) == "2026-09-02T10:00:00+02:00");
  CHECK(Value(day).text() == "2026-11-25");
  CHECK(to_json(Value(at), 0) == "\"2026-09-02T10:00:00+02:00\"");
  set_language(Language::nl);
  CHECK(people_scalar(Value(day)) == "25 november 2026");
  CHECK(people_scalar(Value(at)) == "2 september 2026 10:00");
  CHECK(render_list(Format::table, {"opened"}, {Object().add("opened", at)}).ends_with("\n2 september 2026 10:00\n"));
  CHECK(render_list(Format::csv, {"opened", "day"}, {Object().add("opened", at).add("day", day)}) ==
        "opened,day\r\n2026-09-02T10:00:00+02:00,2026-11-25\r\n");
  CHECK(to_json(Value(Object().add("day", day)), 0) == "{\"day\":\"2026-11-25\"}");
  // Text is never read as a date by its shape: a name or note "2026-01-02" stays as it was typed.
  for (const std::string s : {"2026-01-02", "2026-11-25T16:00:00+01:00", "2026-11-25T16:00:00Z", "2026-13-45", "CAMBO"}) {
    CHECK(people_scalar(Value(s)) == s);
    CHECK(render_list(Format::table, {"name"}, {Object().add("name", s)}) == "NAAM\n" + s + "\n");
  }
  set_language(Language::en);
}

TEST_CASE("output: colour_wanted honours NO_COLOR") {
  setenv("NO_COLOR", "1", 1);
  CHECK_FALSE(colour_wanted(1));
  unsetenv("NO_COLOR");
  CHECK(colour_wanted(-1) == false);  // not a terminal
}

TEST_CASE("output: display width") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("Coöperatie") == 10);
  CHECK(display_width("Coo\xCC\x88peratie") == 10);  // o + combining diaeresis
  CHECK(display_width("日本") == 4);
  CHECK(display_width("😀") == 2);
  CHECK(display_width("a\xFF" "b") == 3);
}

TEST_CASE("output: cell text") {
  CHECK(cell_text(Value{}) == "");
  CHECK(cell_text(Value(Array{1, 2, 3})) == "3");
  CHECK(cell_text(Value(Object{}.add("a", 1))) == R"({"a":1})");
  CHECK(cell_text(Value(1.5)) == "1.5");
  CHECK(cell_text(Value(false)) == "false");
}

TEST_CASE("output: list as json") {
  CHECK(render_list(Format::json, columns, {}) == "[]\n");
  const std::string json = render_list(Format::json, columns, members());
  CHECK(json ==
        "[\n"
        "  {\n"
        "    \"code\": \"25LZ\",\n"
        "    \"name\": \"Coöperatie Zuid\",\n"
        "    \"contacts\": [\n"
        "      {},\n"
        "      {}\n"
        "    ],\n"
        "    \"seats\": 12\n"
        "  },\n"
        "  {\n"
        "    \"code\": \"30AB\",\n"
        "    \"name\": \"Stichting \\\"De Link\\\", Assen\",\n"
        "    \"contacts\": [],\n"
        "    \"seats\": 3\n"
        "  },\n"
        "  {\n"
        "    \"code\": \"7X\",\n"
        "    \"name\": \"日本\",\n"
        "    \"contacts\": [\n"
        "      {}\n"
        "    ],\n"
        "    \"seats\": null,\n"
        "    \"extra\": true\n"
        "  }\n"
        "]\n");
  // The same as the writer of a whole array.
  Array all;
  for (auto& m : members()) all.push_back(m);
  CHECK(json == to_json(all) + "\n");
}

TEST_CASE("output: list as csv, tsv, markdown") {
  CHECK(render_list(Format::csv, columns, members()) ==
        "code,name,contacts,seats\r\n"
        "25LZ,Coöperatie Zuid,2,12\r\n"
        "30AB,\"Stichting \"\"De Link\"\", Assen\",0,3\r\n"
        "7X,日本,1,\r\n");
  CHECK(render_list(Format::csv, columns, {}) == "code,name,contacts,seats\r\n");
  CHECK(render_list(Format::csv, {"name"}, {Object{}.add("name", ""), Object{}.add("name", "x")}) ==
        "name\r\n\"\"\r\nx\r\n");

  std::vector<Object> odd(1);
  odd[0].add("a", "tab\there\nnew\\line").add("b", Object{}.add("k", "v"));
  CHECK(render_list(Format::tsv, {"a", "b"}, odd) == "a\tb\ntab\\there\\nnew\\\\line\t{\"k\":\"v\"}\n");
  CHECK(render_list(Format::tsv, columns, members()) ==
        "code\tname\tcontacts\tseats\n"
        "25LZ\tCoöperatie Zuid\t2\t12\n"
        "30AB\tStichting \"De Link\", Assen\t0\t3\n"
        "7X\t日本\t1\t\n");

  CHECK(render_list(Format::markdown, columns, members()) ==
        "| code | name | contacts | seats |\n"
        "|---|---|---:|---:|\n"
        "| 25LZ | Coöperatie Zuid | 2 | 12 |\n"
        "| 30AB | Stichting \"De Link\", Assen | 0 | 3 |\n"
        "| 7X | 日本 | 1 |  |\n");
  std::vector<Object> pipes(1);
  pipes[0].add("a", "x|y\r\nz<b>\\");
  CHECK(render_list(Format::markdown, {"a"}, pipes) == "| a |\n|---|\n| x\\|y<br>z\\<b>\\\\ |\n");
  CHECK(render_list(Format::markdown, {"a"}, {}) == "| a |\n|---|\n");
}

TEST_CASE("output: list as table") {
  CHECK(render_list(Format::table, columns, members()) ==
        "CODE  NAME                        CONTACTS  SEATS\n"
        "25LZ  Coöperatie Zuid                    2     12\n"
        "30AB  Stichting \"De Link\", Assen         0      3\n"
        "7X    日本                               1      -\n");
  CHECK(render_list(Format::table, columns, {}) == "");  // nothing at all for no rows
  CHECK(render_list(Format::table, {"code", "name"}, members(), Style{.colour = true}) ==
        "\x1b[1mCODE\x1b[0m  \x1b[1mNAME\x1b[0m\n"
        "25LZ  Coöperatie Zuid\n"
        "30AB  Stichting \"De Link\", Assen\n"
        "7X    日本\n");
  std::vector<Object> nasty(2);
  nasty[0].add("v", "a\nb\x1b[2J\t\xFF");
  nasty[1].add("v", nullptr);
  CHECK(render_list(Format::table, {"v"}, nasty) == "V\na\\nb\\x1b[2J\\t\xEF\xBF\xBD\n-\n");
  CHECK(render_list(Format::table, {"v"}, {nasty[1]}, Style{.colour = true}) == "\x1b[1mV\x1b[0m\n\x1b[2m-\x1b[0m\n");
}

TEST_CASE("output: text, html, ics are not list formats") {
  for (auto f : {Format::text, Format::html, Format::ics}) {
    try {
      render_list(f, columns, members());
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.code() == Exit::usage);
      CHECK(std::string(e.what()) == "--format " + std::string(format_name(f)) +
                                         " is not available for this command (use table, json, csv, tsv or markdown)");
    }
  }
  CHECK_THROWS_AS(render_object(Format::html, member()), Error);
  CHECK_NOTHROW(render_object(Format::text, member()));
}

TEST_CASE("output: object in each format") {
  const Object m = member();
  CHECK(render_object(Format::json, m) == to_json(m) + "\n");
  CHECK(render_object(Format::json, m).substr(0, 22) == "{\n  \"code\": \"25LZ\",\n  ");

  CHECK(render_object(Format::table, m) ==
        "code:   25LZ\n"
        "name:   Coöperatie Zuid\n"
        "joined: 2020-01-01\n"
        "left:   -\n"
        "tags:   a, b\n"
        "seats:  12\n"
        "\n"
        "contacts:\n"
        "  ID  NAME  E-MAIL\n"
        "   1  Ann   ann@example.org\n"
        "  12  Bö    -\n");
  CHECK(render_object(Format::text, m) == render_object(Format::table, m));

  CHECK(render_object(Format::csv, m) ==
        "code,name,joined,left,seats\r\n"
        "25LZ,Coöperatie Zuid,2020-01-01,,12\r\n");
  CHECK(render_object(Format::tsv, m) ==
        "code\tname\tjoined\tleft\tseats\n"
        "25LZ\tCoöperatie Zuid\t2020-01-01\t\t12\n");
  CHECK(render_object(Format::markdown, m) ==
        "| field | value |\n"
        "|---|---|\n"
        "| code | 25LZ |\n"
        "| name | Coöperatie Zuid |\n"
        "| joined | 2020-01-01 |\n"
        "| left |  |\n"
        "| tags | a, b |\n"
        "| seats | 12 |\n"
        "\n"
        "### contacts\n"
        "\n"
        "| ID | name | e-mail |\n"
        "|---:|---|---|\n"
        "| 1 | Ann | ann@example.org |\n"
        "| 12 | Bö |  |\n");
}

TEST_CASE("output: object as text, nesting and multi-line values") {
  Object rule;
  rule.add("quorum", "1/2").add("majority", 0.5);
  Object o;
  o.add("motion", 4).add("note", "line one\nline two").add("rule", rule).add("findings", Array{}).add("adopted", true);
  CHECK(render_object(Format::text, o) ==
        "motion:   4\n"
        "note:     line one\n"
        "          line two\n"
        "findings: (none)\n"
        "adopted:  true\n"
        "\n"
        "rule:\n"
        "  quorum:   1/2\n"
        "  majority: 0.5\n");
  CHECK(render_object(Format::text, o, Style{.colour = true}).find("\x1b[1mmotion:\x1b[0m   4\n") == 0);
}

TEST_CASE("output: csv of a value with a comma round-trips through CsvReader") {
  std::vector<Object> rows(2);
  rows[0].add("code", "25LZ").add("name", "Coöperatie, U.A. \"Zuid\"\nline two").add("seats", 2);
  rows[1].add("code", " 30AB").add("name", "").add("seats", nullptr);
  std::istringstream in(render_list(Format::csv, {"code", "name", "seats"}, rows));
  CsvReader r(in, "out.csv");
  CsvColumns cols(r, {"code", "name", "seats"});
  REQUIRE(r.next());
  CHECK(cols.get(r, "code") == "25LZ");
  CHECK(cols.get(r, "name") == "Coöperatie, U.A. \"Zuid\"\nline two");
  CHECK(cols.get(r, "seats") == "2");
  REQUIRE(r.next());
  CHECK(r.line() == 4);
  CHECK(cols.get(r, "code") == " 30AB");
  CHECK(cols.get(r, "name") == "");
  CHECK(cols.get(r, "seats") == "");
  CHECK_FALSE(r.next());
}

TEST_CASE("output: print_list writes the stream") {
  std::ostringstream out;
  print_list(out, Format::csv, {"code"}, {Object{}.add("code", "A")});
  CHECK(out.str() == "code\r\nA\r\n");
  std::ostringstream obj;
  print_object(obj, Format::json, Object{}.add("a", 1));
  CHECK(obj.str() == "{\n  \"a\": 1\n}\n");
}

TEST_CASE("output: csv in the excel dialect: BOM, ,, CRLF, decimal comma") {
  std::vector<Object> rows(1);
  rows[0].add("code", "25LZ").add("name", "a;b, c").add("amount", 1234.5).add("seats", 2).add("share", 0.25);
  const Style excel{.csv = CsvDialect::excel};
  CHECK(render_list(Format::csv, {"code", "name", "amount", "seats", "share"}, rows, excel) ==
        "\xEF\xBB\xBF" "code;name;amount;seats;share\r\n25LZ;\"a;b, c\";1234,5;2;0,25\r\n");
  // The rfc dialect keeps the point and quotes the comma.
  CHECK(render_list(Format::csv, {"name", "amount"}, rows) == "name,amount\r\n\"a;b, c\",1234.5\r\n");
  // tsv and json ignore the dialect.
  CHECK(render_list(Format::tsv, {"amount"}, rows, excel) == "amount\n1234.5\n");
  CHECK(render_object(Format::csv, rows[0], excel).starts_with("\xEF\xBB\xBF" "code;name;amount;"));
  CHECK(parse_csv_dialect("excel") == CsvDialect::excel);
  CHECK(parse_csv_dialect("rfc") == CsvDialect::rfc);
  CHECK_THROWS_AS(parse_csv_dialect("Excel"), Error);
}

TEST_CASE("output: a boolean reads true/false in English, ja/nee in Dutch human cells, the data formats keep true/false") {
  const Object row = Object().add("adopted", true).add("present", false);
  CHECK(people_scalar(Value(true)) == "true");
  CHECK(people_scalar(Value(false)) == "false");
  CHECK(people_scalar(Value(std::int64_t{7})) == "7");
  CHECK(render_object(Format::text, row) == "adopted: true\npresent: false\n");
  CHECK(render_list(Format::table, {"present"}, {row}) == "PRESENT\nfalse\n");
  set_language(Language::nl);
  CHECK(people_scalar(Value(true)) == "ja");
  CHECK(people_scalar(Value(false)) == "nee");
  CHECK(render_object(Format::text, row).find("aangenomen: ja\n") != std::string::npos);
  CHECK(render_list(Format::table, {"present"}, {row}) == "AANWEZIG\nnee\n");
  CHECK(render_list(Format::markdown, {"adopted"}, {row}).ends_with("| ja |\n"));
  CHECK(render_object(Format::markdown, Object().add("tags", Array{Value(true), Value(false)})).find("| ja, nee |") !=
        std::string::npos);
  CHECK(render_list(Format::csv, {"adopted", "present"}, {row}) == "adopted,present\r\ntrue,false\r\n");
  CHECK(render_list(Format::tsv, {"adopted"}, {row}) == "adopted\ntrue\n");
  CHECK(render_object(Format::json, row) == "{\n  \"adopted\": true,\n  \"present\": false\n}\n");
  set_language(Language::en);
}

TEST_CASE("output: html_escape writes &, <, >, \" and ' as entities") {
  CHECK(html_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  CHECK(html_escape("Co\xc3\xb6peratie") == "Co\xc3\xb6peratie");
}
