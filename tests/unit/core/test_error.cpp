// Tests for lib/core/error.cpp: the one error type and the exit status of spec/CLI.md that any
// failure turns into: SQLite's result codes, memory, anything else. Its message and hint are
// Messages, rendered where the error is printed; what() is English.
#include <doctest/doctest.h>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <cstdlib>
#include <new>
#include <stdexcept>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>

using namespace mbov;

namespace {
Exit sqlite_exit(int code) { return as_error(SQLite::Exception("sqlite says no", code)).code(); }
}  // namespace

TEST_CASE("error: an Error carries its message and hint, rendered where it is printed, what() English") {
  set_language(Language::nl);  // the process's language never reaches what()
  const Error e(Exit::data, msg("no member with code '{}'", "25LZ"), "R-MEM-1", msg("see 'mbov member list --all'"));
  set_language(Language::en);
  CHECK(e.code() == Exit::data);
  CHECK(e.rule() == "R-MEM-1");
  CHECK(std::string(e.what()) == "no member with code '25LZ'");
  CHECK(english(e.message()) == "no member with code '25LZ'");
  CHECK(e.has_hint());
  CHECK(english(e.hint()) == "see 'mbov member list --all'");
  if (std::getenv("MBOV_LOCALEDIR")) {
    CHECK(render(e.message(), Language::nl) == "geen lid met code '25LZ'");
    CHECK(render(e.hint(), Language::nl) == "zie 'mbov member list --all'");
  }
  // A text from outside (a name, SQLite's words) is shown as is in every language.
  const Error plain(Exit::software, std::string("disk I/O error"));
  CHECK(!plain.has_hint());
  CHECK(std::string(plain.what()) == "disk I/O error");
  CHECK(render(plain.message(), Language::nl) == "disk I/O error");
}

TEST_CASE("error: fail_data throws bad data with its rule and hint") {
  try {
    fail_data(msg("no member with code '{}'", "X"), "R-MEM-1", msg("see 'mbov member list'"));
    FAIL("fail_data returned");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(static_cast<int>(e.code()) == 65);
    CHECK(std::string(e.what()) == "no member with code 'X'");
    CHECK(e.rule() == "R-MEM-1");
    CHECK(english(e.hint()) == "see 'mbov member list'");
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
  CHECK(std::string(busy.what()) == "the database is busy: database is locked");
  CHECK(busy.has_hint());
  if (std::getenv("MBOV_LOCALEDIR")) CHECK(render(busy.message(), Language::nl) == "de database is bezet: database is locked");
}

TEST_CASE("error: an mbov error passes unchanged, memory and anything else are internal (70)") {
  const Error own(Exit::usage, msg("unknown language '{}' (want nl or en)", "fr"), "", msg("see --help"));
  const Error same = as_error(own);
  CHECK(same.code() == Exit::usage);
  CHECK(std::string(same.what()) == "unknown language 'fr' (want nl or en)");
  CHECK(english(same.hint()) == "see --help");
  CHECK(as_error(std::bad_alloc()).code() == Exit::software);
  const Error other = as_error(std::logic_error("oops"));
  CHECK(other.code() == Exit::software);
  CHECK(static_cast<int>(other.code()) == 70);
  CHECK(std::string(other.what()) == "internal error: oops");
}
