// Tests for lib/report/query.cpp: a report's statement with its parameters bound in order, its
// rows as objects typed by column (integers, reals, null, the named booleans, dates and
// timestamps; other text stays text), and what --sql prints of it (the Reader's trace).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "report/query.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::exit_of;

TEST_CASE("report query: parameters bound in order, NULL, integers and text read back") {
  test::TestDb t;
  Session s = t.read();
  report::Reader r(s);
  report::Query q(r, "SELECT ?, ?, ?, ? + 1, typeof(?3)", {std::int64_t{41}, "tekst", nullptr, std::int64_t{41}});
  REQUIRE(q.next());
  CHECK(q.integer(0) == 41);
  CHECK(q.text(1) == "tekst");
  CHECK(q.text(2) == std::nullopt);
  CHECK(q.integer(3) == 42);
  CHECK(q.text(4) == "null");
  CHECK_FALSE(q.next());
}

TEST_CASE("report query: a row as an object, typed by column") {
  test::TestDb t;
  Session s = t.read();
  report::Reader r(s);
  report::Query q(r,
                  "SELECT 7 AS n, 2.5 AS x, NULL AS absent, 1 AS adopted, 0 AS late, 3 AS count,"
                  " '2026-03-01' AS day, '2026-03-01T09:30:00Z' AS at, '2026-03-01' AS title");
  REQUIRE(q.next());
  const Object o = q.object({.bools = {"adopted", "late"}, .dates = {"day"}, .moments = {"at"}});
  CHECK(o.keys == std::vector<std::string>{"n", "x", "absent", "adopted", "late", "count", "day", "at", "title"});
  CHECK(std::get<std::int64_t>(o.find("n")->data) == 7);
  CHECK(std::get<double>(o.find("x")->data) == 2.5);
  CHECK(o.find("absent")->is_null());
  CHECK(std::get<bool>(o.find("adopted")->data) == true);
  CHECK(std::get<bool>(o.find("late")->data) == false);
  CHECK(std::get<std::int64_t>(o.find("count")->data) == 3);  // an integer not named a boolean
  CHECK(std::get<Date>(o.find("day")->data) == Date::from_ymd(2026, 3, 1));
  CHECK(std::get<Timestamp>(o.find("at")->data) == Timestamp::parse("2026-03-01T09:30:00Z", "t"));
  // Text shaped like a date stays text unless its column is named a date.
  CHECK(std::get<std::string>(o.find("title")->data) == "2026-03-01");
}

TEST_CASE("report query: every row in order, and a column named a date that holds no date is refused") {
  test::TestDb t;
  Session s = t.read();
  report::Reader r(s);
  report::Query q(r, "SELECT value AS n FROM json_each('[3, 1, 2]')");
  const std::vector<Object> rows = q.all();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].find("n")->text() == "3");
  CHECK(rows[1].find("n")->text() == "1");
  CHECK(rows[2].find("n")->text() == "2");
  CHECK(report::Query(r, "SELECT 1 WHERE 0").all().empty());

  report::Query bad(r, "SELECT 'soon' AS day");
  REQUIRE(bad.next());
  CHECK(exit_of([&] { bad.object({.dates = {"day"}}); }) == Exit::data);
}

TEST_CASE("report reader: --sql's trace holds each statement with its parameters inlined, and without it nothing") {
  test::TestDb t;
  {
    Session s = t.read();
    report::Reader r(s, true);
    report::Query q(r, "SELECT ? AS a, ? AS b, ? AS c", {std::int64_t{5}, "O'Neill", nullptr});
    REQUIRE(q.next());
    CHECK(r.trace().find("SELECT 5 AS a, 'O''Neill' AS b, NULL AS c;\n") != std::string::npos);
  }
  Session s = t.read();
  report::Reader r(s);
  report::Query q(r, "SELECT 1");
  REQUIRE(q.next());
  CHECK(r.trace().empty());
}
