#include <mbov/core/watch.hpp>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"

namespace mbov {

struct Watch::Connection {
  SQLite::Database db;
  SQLite::Statement version{db, "PRAGMA data_version"};
};

namespace {
// A Session checks the file first (missing, not mbov's): its errors, then the bare connection.
SQLite::Database open_checked(const Invocation& how) {
  { Session check(how, Session::Access::read); }
  SQLite::Database db(how.db_path, SQLite::OPEN_READONLY);
  db.setBusyTimeout(how.busy_timeout_ms);
  return db;
}
}  // namespace

Watch::Watch(const Invocation& how) {
  connection_.reset(new Connection{open_checked(how)});
  changed();
}

Watch::~Watch() = default;

bool Watch::changed() {
  try {
    SQLite::Statement& q = connection_->version;
    q.reset();
    q.executeStep();
    const std::int64_t now = q.getColumn(0).getInt64();
    const bool different = now != version_;
    version_ = now;
    return different;
  } catch (const std::exception& e) {
    throw as_error(e);
  }
}

}  // namespace mbov
