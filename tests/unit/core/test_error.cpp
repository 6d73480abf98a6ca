// Tests for lib/core/error.cpp: the one error type and the exit status of spec/CLI.md that any
// failure turns into: SQLite's result codes, memory, anything else.
#include <doctest/doctest.h>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <new>
#include <stdexcept>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>

using namespace mbov;

namespace {
Exit sqlite_exit(int code) { return as_error(SQLite::Exception("sqlite says no", code)).code(); }
}  // namespace

TEST_CASE("error: fail_data throws bad data with its rule and hint") {
  try {
    fail_data("no member with code 'X'", "R-MEM-1", "see 'mbov member list'");
    FAIL("fail_data returned");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(static_cast<int>(e.code()) == 65);
    CHECK(std::string(e.what()) == "no member with code 'X'");
    CHECK(e.rule() == "R-MEM-1");
    CHECK(e.hint() == "see 'mbov member list'");
  }
}

TEST_CASE("error: SQLite's result codes as exit statuses: busy 75, full and I/O 74, damaged 65, read-only 73") {
  set_language(Language::en);
  CHECK(sqlite_exit(SQLITE_BUSY) == Exit::tempfail);
  CHECK(sqlite_exit(SQLITE_LOCKED) == Exit::tempfail);
  CHECK(sqlite_exit(SQLITE_BUSY_SNAPSHOT) == Exit::tempfail);  // an extended code counts by its primary one
  CHECK(sqlite_exit(SQLITE_FULL) == Exit::ioerr);
  CHECK(sqlite_exit(SQLITE_IOERR_WRITE) == Exit::ioerr);
  CHECK(sqlite_exit(SQLITE_NOTADB) == Exit::data);
  CHECK(sqlite_exit(SQLITE_CORRUPT) == Exit::data);
  CHECK(sqlite_exit(SQLITE_READONLY) == Exit::cantcreat);
  CHECK(sqlite_exit(SQLITE_CANTOPEN) == Exit::cantcreat);
  CHECK(sqlite_exit(SQLITE_CONSTRAINT) == Exit::software);
  const Error busy = as_error(SQLite::Exception("database is locked", SQLITE_BUSY));
  CHECK(std::string(busy.what()).find("database is locked") != std::string::npos);
  CHECK_FALSE(busy.hint().empty());
}

TEST_CASE("error: an mbov error passes unchanged, memory and anything else are internal (70)") {
  const Error own(Exit::usage, "bad option", "", "see --help");
  const Error same = as_error(own);
  CHECK(same.code() == Exit::usage);
  CHECK(std::string(same.what()) == "bad option");
  CHECK(same.hint() == "see --help");
  CHECK(as_error(std::bad_alloc()).code() == Exit::software);
  const Error other = as_error(std::logic_error("oops"));
  CHECK(other.code() == Exit::software);
  CHECK(static_cast<int>(other.code()) == 70);
  CHECK(std::string(other.what()).find("oops") != std::string::npos);
}
