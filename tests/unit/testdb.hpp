#pragma once
// A fresh mbov database in a temporary folder, for unit tests of lib/ that need a Session.
#include <unistd.h>

#include <filesystem>
#include <string>

#include <mbov/core/database.hpp>
#include <mbov/core/session.hpp>
#include "core/sql.hpp"

namespace mbov::test {

struct TestDb {
  std::filesystem::path dir;
  Invocation how;

  explicit TestDb(std::string today = "2026-03-01") {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mbov-unit-XXXXXX").string();
    dir = ::mkdtemp(tmpl.data());
    const Date day = Date::parse(today, "today");
    how = Invocation{.db_path = (dir / "mbov.db").string(),
                     .policy = Policy::defaults(),
                     .today = day,
                     .now = Timestamp::local_noon(day),
                     .actor = "unit",
                     .command = "test",
                     .busy_timeout_ms = 5000};
    init_database(how);
  }
  ~TestDb() { std::filesystem::remove_all(dir); }
  TestDb(const TestDb&) = delete;
  TestDb& operator=(const TestDb&) = delete;

  Session write() { return Session(how, Session::Access::write); }
  Session read() { return Session(how, Session::Access::read); }
};

// The rows `s` wrote so far were written behind mbov's back, as with sqlite3: no audit row
// records them (a session commits only when every change has its audit row).
inline void unaudited(Session& s) { s.connection().changed.clear(); }

}  // namespace mbov::test
