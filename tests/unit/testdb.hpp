#pragma once
// A fresh mbov database in a temporary folder, for unit tests of lib/ that need a Session.
#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/database.hpp"
#include "core/session.hpp"

namespace mbov::test {

struct TestDb {
  std::filesystem::path dir;
  Invocation how;

  explicit TestDb(std::string today = "2026-03-01") {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mbov-unit-XXXXXX").string();
    dir = ::mkdtemp(tmpl.data());
    how = Invocation{(dir / "mbov.db").string(), Policy::defaults(), Date::parse(today, "today"),
                     Timestamp::local_noon(Date::parse(today, "today")), "unit", "test", 5000};
    init_database(how);
  }
  ~TestDb() { std::filesystem::remove_all(dir); }
  TestDb(const TestDb&) = delete;
  TestDb& operator=(const TestDb&) = delete;

  Session write() { return Session(how, Session::Access::write); }
  Session read() { return Session(how, Session::Access::read); }
};

}  // namespace mbov::test
