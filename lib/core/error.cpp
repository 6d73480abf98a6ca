#include <mbov/core/error.hpp>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <mbov/core/msg.hpp>

namespace mbov {

Error::Error(Exit code, Message message, std::string rule, Message hint)
    : std::runtime_error(english(message)),
      code_(code),
      message_(std::move(message)),
      rule_(std::move(rule)),
      hint_(std::move(hint)) {}

void fail_data(Message message, std::string rule, Message hint) {
  throw Error(Exit::data, std::move(message), std::move(rule), std::move(hint));
}

Error as_error(const std::exception& e) {
  if (auto* own = dynamic_cast<const Error*>(&e)) return *own;
  if (auto* sql = dynamic_cast<const SQLite::Exception*>(&e)) {
    const std::string what = sql->what();
    switch (sql->getErrorCode() & 0xff) {  // the primary result code
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return Error(Exit::tempfail, msg("the database is busy: {}", what), {},
                     msg("another mbov holds the lock; retry, or raise MBOV_BUSY_TIMEOUT"));
      case SQLITE_FULL:
        return Error(Exit::ioerr, msg("disk full: {}", what), {},
                     msg("free space on the database's file system; nothing was changed"));
      case SQLITE_IOERR:
        return Error(Exit::ioerr, msg("I/O error: {}", what));
      case SQLITE_NOTADB:
        return Error(Exit::data, msg("the file is not an mbov database (not an SQLite file)"), {},
                     msg("check --db / MBOV_DB"));
      case SQLITE_CORRUPT:
        return Error(Exit::data, msg("the database is damaged: {}", what), {},
                     msg("run 'mbov db check', restore a backup with 'mbov db restore FILE'"));
      case SQLITE_READONLY:
      case SQLITE_CANTOPEN:
        return Error(Exit::cantcreat, msg("cannot write the database: {}", what));
      default:
        return Error(Exit::software, msg("database error: {}", what));
    }
  }
  if (dynamic_cast<const std::bad_alloc*>(&e)) return Error(Exit::software, msg("out of memory"));
  return Error(Exit::software, msg("internal error: {}", std::string(e.what())));
}

}  // namespace mbov
