#include <doctest/doctest.h>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <cstdlib>
#include <stdexcept>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/msg.hpp"

using namespace mbov;

TEST_CASE("an Error carries its message and hint, rendered where it is printed, what() English") {
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

TEST_CASE("fail_data throws Exit::data with its messages") {
  try {
    fail_data(msg("{} must not be empty", "--name"), "R-MEM-2", msg("give a name"));
    FAIL("fail_data returned");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()) == "--name must not be empty");
    CHECK(e.rule() == "R-MEM-2");
    CHECK(english(e.hint()) == "give a name");
  }
}

TEST_CASE("as_error: SQLite's failures as exit statuses, their messages translated where printed") {
  const Error busy = as_error(SQLite::Exception("database is locked", SQLITE_BUSY));
  CHECK(busy.code() == Exit::tempfail);
  CHECK(std::string(busy.what()) == "the database is busy: database is locked");
  CHECK(busy.has_hint());
  if (std::getenv("MBOV_LOCALEDIR")) CHECK(render(busy.message(), Language::nl) == "de database is bezet: database is locked");
  CHECK(as_error(SQLite::Exception("full", SQLITE_FULL)).code() == Exit::ioerr);
  CHECK(as_error(SQLite::Exception("not a database", SQLITE_NOTADB)).code() == Exit::data);
  CHECK(as_error(SQLite::Exception("readonly", SQLITE_READONLY)).code() == Exit::cantcreat);
  CHECK(std::string(as_error(std::runtime_error("boom")).what()) == "internal error: boom");
  const Error own(Exit::usage, msg("unknown language '{}' (want nl or en)", "fr"));
  const Error same = as_error(own);
  CHECK(same.code() == Exit::usage);
  CHECK(english(same.message()) == english(own.message()));
}
