// Tests for lib/core/as_of.cpp: a table read as it stood on the session's day, through a view of
// its name, and only for the session that made it.
#include <doctest/doctest.h>

#include <string>

#include "core/as_of.hpp"
#include "core/sql.hpp"
#include "testdb.hpp"

using namespace mbov;

namespace {

std::string members(Session& s) {
  SQLite::Statement q(sql(s), "SELECT group_concat(code || ':' || coalesce(left_on, '-'), ' ') FROM (SELECT * FROM member ORDER BY code)");
  q.executeStep();
  return q.getColumn(0).isNull() ? "" : q.getColumn(0).getString();
}

// Members A1 (left the day before), B2 (leaves the day after) and C3; D4 only when `later`.
void add_members(test::TestDb& t, bool later) {
  Session s = t.write();
  sql(s).exec(std::string("INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES"
                          " ('A1', 'a', 1, '2025-01-01', '2026-02-28'), ('B2', 'b', 1, '2025-01-01', '2026-03-02'),"
                          " ('C3', 'c', 1, '2026-03-01', NULL)") +
              (later ? ", ('D4', 'd', 1, '2026-03-02', NULL)" : ""));
  test::unaudited(s);  // a fixture, as sqlite3 would write it
  s.commit();
}

}  // namespace

TEST_CASE("as_of_view: rows dated later are left out, columns dated later read as not yet set") {
  test::TestDb t("2026-03-01");
  add_members(t, true);
  Session s = t.read();
  CHECK(members(s) == "A1:2026-02-28 B2:2026-03-02 C3:- D4:-");
  as_of_view(s, "member", "joined <= {today}", {{"left_on", "CASE WHEN left_on <= {today} THEN left_on END"}});
  // Joined on the day counts; a leave on the day after had not happened; D4 had not joined.
  CHECK(members(s) == "A1:2026-02-28 B2:- C3:-");
  // Every column stays, in its place: the view reads as the table does.
  SQLite::Statement q(sql(s), "SELECT group_concat(name, ',') FROM pragma_table_info('member')");
  q.executeStep();
  CHECK(q.getColumn(0).getString() == "code,name,city,contracting_authority,joined,left_on");
  // Another session reads the table as stored.
  Session other = t.read();
  CHECK(members(other) == "A1:2026-02-28 B2:2026-03-02 C3:- D4:-");
}

TEST_CASE("as_of_view with an unchanged arm: rows as stored and rows rewritten, each once") {
  test::TestDb t("2026-03-01");
  add_members(t, false);
  Session s = t.read();
  as_of_view(s, "member", "1", {{"left_on", "CASE WHEN left_on <= {today} THEN left_on END"}},
             "(left_on IS NULL OR left_on <= {today})");
  CHECK(members(s) == "A1:2026-02-28 B2:- C3:-");
}
