#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

// fmt::runtime(tr(...)) stays here: policy_gen compiles this file without the output layer that
// say() (core/msg.hpp) renders closed-set words through, so these formats are checked at run time.
#include <fmt/format.h>

namespace mbov {

Error::Error(Exit code, std::string message, std::string rule, std::string hint)
    : std::runtime_error(std::move(message)), code_(code), rule_(std::move(rule)), hint_(std::move(hint)) {}

void fail_data(std::string message, std::string rule, std::string hint) {
  throw Error(Exit::data, std::move(message), std::move(rule), std::move(hint));
}

Error as_error(const std::exception& e) {
  if (auto* own = dynamic_cast<const Error*>(&e)) return *own;
  if (auto* sql = dynamic_cast<const SQLite::Exception*>(&e)) {
    switch (sql->getErrorCode() & 0xff) {  // the primary result code
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return Error(Exit::tempfail, fmt::format(fmt::runtime(tr("the database is busy: {}")), sql->what()), {},
                     tr("another mbov holds the lock; retry, or raise MBOV_BUSY_TIMEOUT"));
      case SQLITE_FULL:
        return Error(Exit::ioerr, fmt::format(fmt::runtime(tr("disk full: {}")), sql->what()), {},
                     tr("free space on the database's file system; nothing was changed"));
      case SQLITE_IOERR:
        return Error(Exit::ioerr, fmt::format(fmt::runtime(tr("I/O error: {}")), sql->what()));
      case SQLITE_NOTADB:
        return Error(Exit::data, tr("the file is not an mbov database (not an SQLite file)"), {},
                     tr("check --db / MBOV_DB"));
      case SQLITE_CORRUPT:
        return Error(Exit::data, fmt::format(fmt::runtime(tr("the database is damaged: {}")), sql->what()), {},
                     tr("run 'mbov db check', restore a backup with 'mbov db restore FILE'"));
      case SQLITE_READONLY:
      case SQLITE_CANTOPEN:
        return Error(Exit::cantcreat, fmt::format(fmt::runtime(tr("cannot write the database: {}")), sql->what()));
      default:
        return Error(Exit::software, fmt::format(fmt::runtime(tr("database error: {}")), sql->what()));
    }
  }
  if (dynamic_cast<const std::bad_alloc*>(&e)) return Error(Exit::software, tr("out of memory"));
  return Error(Exit::software, fmt::format(fmt::runtime(tr("internal error: {}")), e.what()));
}

}  // namespace mbov
