// Tests for lib/incident/import.cpp: `incident import`, the columns of `incident list --format
// csv`. A row's problem may name another row of the file; the computed columns are read and
// ignored (the deadlines are this policy's: the same as without them); a status needs the times
// up to it and no later one; a bad row, anywhere, leaves nothing.
#include <doctest/doctest.h>

#include <sstream>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/incident/incident.hpp>
#include "testdb.hpp"

using namespace mbov;

namespace {

std::vector<std::int64_t> import_text(Session& s, const std::string& text) {
  std::istringstream in(text);
  return incident::import_csv(s, in, "in.csv");
}

// Where an import is refused ("in.csv:LINE:COLUMN (NAME)"), "" when it is not.
std::string import_refusal(Session& s, const std::string& text) {
  try {
    import_text(s, text);
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    const std::string what = e.what();
    return what.substr(0, what.find(')') + 1);
  }
  return "";
}

std::int64_t incident_rows(Session& s) { return sql(s).execAndGet("SELECT count(*) FROM incident").getInt64(); }

}  // namespace

TEST_CASE("incident import: new ids in file order, a problem named by its id in the file") {
  test::TestDb t("2026-06-01");
  Session s = t.write();
  const std::vector<std::int64_t> ids = import_text(s,
      "id,kind,title,opened,problem\n"
      "p7,problem,The cause,2026-05-04T09:00:00Z,\n"
      "8,disruption,Down,2026-05-04T10:00:00Z,p7\n");
  REQUIRE(ids.size() == 2);
  CHECK(ids[1] == ids[0] + 1);
  CHECK(incident::load(s, ids[0]).title == "The cause");
  CHECK(incident::load(s, ids[1]).problem == ids[0]);
  CHECK(incident::load(s, ids[1]).opened == Timestamp::parse("2026-05-04T10:00:00Z", "t"));
}

TEST_CASE("incident import: the file's deadlines are ignored, the policy's are stored") {
  test::TestDb t("2026-06-01");
  Session s = t.write();
  const std::vector<std::int64_t> plain = import_text(s, "kind,title,priority,opened\ndisruption,A,2,2026-05-04T09:00:00Z\n");
  const std::vector<std::int64_t> given = import_text(s,
      "kind,title,priority,opened,respond_by,resolve_by\n"
      "disruption,B,2,2026-05-04T09:00:00Z,2030-01-01T00:00:00Z,2030-01-01T00:00:00Z\n");
  const incident::Incident a = incident::load(s, plain.at(0)), b = incident::load(s, given.at(0));
  CHECK(b.respond_by == a.respond_by);
  CHECK(b.resolve_by == a.resolve_by);
  CHECK(a.respond_by < Timestamp::parse("2030-01-01T00:00:00Z", "t"));
}

TEST_CASE("incident import: a status needs its times and no later one, and a bad row anywhere leaves nothing") {
  test::TestDb t("2026-06-01");
  Session s = t.write();
  // Line 3 of the file, column 4: a status resolved without its resolution time.
  CHECK(import_refusal(s, "kind,title,opened,status\n"
                          "backup,ok,2026-05-04T09:00:00Z,new\n"
                          "backup,no time,2026-05-04T09:00:00Z,resolved\n") == "in.csv:3:4 (status)");
  CHECK(import_refusal(s, "kind,title,opened,status,closed\n"
                          "backup,early,2026-05-04T09:00:00Z,new,2026-05-05T09:00:00Z\n") == "in.csv:2:5 (closed)");
  CHECK(import_refusal(s, "kind,title,opened\nbackup,a,2026-05-04T09:00:00Z\nsomething,b,2026-05-04T09:00:00Z\n") ==
        "in.csv:3:1 (kind)");
  CHECK(import_refusal(s, "kind,title,opened\nbackup,,2026-05-04T09:00:00Z\n") == "in.csv:2:2 (title)");
  CHECK_FALSE(import_refusal(s, "title,opened\nx,2026-05-04T09:00:00Z\n").empty());  // no kind column
  CHECK(incident_rows(s) == 0);
  // A problem reference that is neither a row of the file nor a stored problem: refused when replayed.
  CHECK(import_refusal(s, "kind,title,opened,problem\ndisruption,a,2026-05-04T09:00:00Z,q1\n") == "in.csv:2:4 (problem)");
}
