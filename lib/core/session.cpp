#include <mbov/core/session.hpp>
#include <mbov/core/msg.hpp>
#include <mbov/core/i18n.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <fmt/format.h>

#include <mbov/core/collate.hpp>
#include <mbov/core/database.hpp>
#include <mbov/core/error.hpp>
#include "core/sql.hpp"

namespace mbov {
namespace {

// SQLite reads a WAL database only through its -shm file, which it creates beside the database
// when missing. False for a copy without one in a folder this user may not write.
bool can_make_shm(const std::string& db_path) {
  if (::access((db_path + "-shm").c_str(), F_OK) == 0) return true;
  const std::filesystem::path dir = std::filesystem::absolute(db_path).parent_path();
  return ::access(dir.c_str(), W_OK) == 0;
}

// That copy is read as it is (SQLite's immutable mode) when its -wal holds nothing, so everything
// is in the file; a -wal with changes cannot be read without the -shm: say what to do.
std::string immutable_uri(const Invocation& how) {
  struct stat wal {};
  if (::stat((how.db_path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0)
    throw Error(Exit::noinput,
                msg("cannot read {}: its -wal file holds changes, its -shm file is missing "
                                            "and this user may not create it there",
                            how.db_path),
                {}, msg("copy the database with its -wal and -shm files, or into a folder you may write"));
  std::string uri = "file://";
  for (const char c : std::filesystem::absolute(how.db_path).string()) {
    if (c == '%' || c == '?' || c == '#') uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    else uri += c;
  }
  return uri + "?immutable=1";
}

// A read opens the file read-only: it never writes to it (nor creates a -journal beside it),
// whatever the file is, and a user with read permission only can run it.
SQLite::Database open_existing(const Invocation& how, Session::Access access) {
  struct stat st {};
  if (::stat(how.db_path.c_str(), &st) != 0)
    throw Error(Exit::noinput, msg("no database at {}", how.db_path), {},
                msg("create it with 'mbov init', or point --db / MBOV_DB at it"));
  if (!S_ISREG(st.st_mode)) throw Error(Exit::noinput, msg("{} is not a file", how.db_path), {}, msg("check --db / MBOV_DB"));
  try {
    if (access == Session::Access::read && !can_make_shm(how.db_path))
      return SQLite::Database(immutable_uri(how), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    return SQLite::Database(how.db_path,
                            access == Session::Access::write ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY);
  } catch (const SQLite::Exception& e) {
    throw Error(Exit::noinput, msg("cannot open {}: {}", how.db_path, e.what()));
  }
}

// SQLite's update hook: a writing session's changed rows, for its next audit row. The log's own
// rows and SQLite's tables are no records.
void note_change(void* connection, int, const char*, const char* table, sqlite3_int64 rowid) {
  const std::string_view name(table);
  if (name == "audit" || name.starts_with("sqlite_")) return;
  static_cast<Session::Connection*>(connection)->changed.emplace_back(name, rowid);
}

}  // namespace

Session::Session(const Invocation& how, Access access)
    : policy_(std::make_shared<const Policy>(how.policy)),
      policy(*policy_),
      today(how.today),
      now(how.now),
      actor(how.actor),
      command(how.command),
      connection_(new Connection{open_existing(how, access), {}, {}, {}}) {
  SQLite::Database& db = connection_->db;
  try {
    configure_connection(db, how.busy_timeout_ms);
    check_schema(db, how.db_path, access == Access::inspect);  // before WAL: never write to a file that is not ours
    if (access == Access::write) use_wal(db);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    Error err = as_error(e);
    if (err.code() == Exit::data || err.code() == Exit::software)
      throw Error(Exit::data, msg("{} is not an mbov database ({})", how.db_path, e.what()), {}, msg("check --db / MBOV_DB"));
    throw err;
  }
  db.exec(access == Access::write ? "BEGIN IMMEDIATE" : "BEGIN");
  if (access == Access::write) sqlite3_update_hook(db.getHandle(), note_change, connection_.get());
}

Session::~Session() {
  if (!open_) return;
  try {
    connection_->db.exec("ROLLBACK");
  } catch (...) {  // nothing to roll back (the failure ended the transaction already)
  }
}

SQLite::Statement& statement(const Session& s, std::string_view text) {
  auto& cache = s.connection().statements;
  auto it = cache.find(text);
  if (it == cache.end())
    return *cache.emplace(text, std::make_unique<SQLite::Statement>(sql(s), std::string(text))).first->second;
  SQLite::Statement* q = it->second.get();
  q->reset();
  q->clearBindings();
  return *q;
}

namespace {

// SQLITE_TRACE_STMT: a statement starts running (again, after a reset).
int record_statement(unsigned, void* context, void* statement, void* text) {
  // A trigger's statements show as "-- TRIGGER name": sqlite3 runs them with the statement that fires it.
  if (std::string_view(static_cast<const char*>(text)).starts_with("--")) return 0;
  auto* stmt = static_cast<sqlite3_stmt*>(statement);
  char* expanded = sqlite3_expanded_sql(stmt);  // NULL only without memory: then the bare text
  std::string sql = expanded ? expanded : sqlite3_sql(stmt);
  sqlite3_free(expanded);
  // sqlite3 has no `people` collation (core/collate.hpp): the script sorts those names by NOCASE.
  const std::string people = fmt::format("COLLATE {}", people_collation);
  for (std::size_t at = sql.find(people); at != std::string::npos; at = sql.find(people, at))
    sql.replace(at, people.size(), "COLLATE NOCASE");
  std::string& trace = *static_cast<std::string*>(context);
  trace += sql;
  trace += ";\n";
  return 0;
}

}  // namespace

void Session::trace_sql() {
  sqlite3_trace_v2(connection_->db.getHandle(), SQLITE_TRACE_STMT, record_statement, &connection_->trace);
}

const std::string& Session::traced_sql() const { return connection_->trace; }

void Session::commit() {
  // Every change is in an audit row, with its record's digest (audit::verify checks the data).
  if (const auto& changed = connection_->changed; !changed.empty())
    throw Error(Exit::software, fmt::format("{} row {} was changed without an audit row", changed.front().first, changed.front().second));
  for (auto& cached : connection_->statements) cached.second->reset();  // no statement still reading
  connection_->db.exec("COMMIT");
  open_ = false;
}

}  // namespace mbov
