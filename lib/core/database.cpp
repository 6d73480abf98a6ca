#include <mbov/core/database.hpp>
#include <mbov/core/msg.hpp>
#include <mbov/core/collate.hpp>
#include <mbov/core/i18n.hpp>
#include "core/sql.hpp"

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include "core/audit_records.hpp"
#include "core/schema.hpp"

namespace mbov {

std::string storage_versions() {
  return fmt::format("schema {}, SQLite {}", latest_schema_version(), sqlite3_libversion());
}

namespace fs = std::filesystem;

std::string database_id(Session& s) { return sql(s).execAndGet("SELECT id FROM instance").getString(); }

namespace {
int people_order(void*, int a_size, const void* a, int b_size, const void* b) {
  return collate_people({static_cast<const char*>(a), static_cast<std::size_t>(a_size)},
                        {static_cast<const char*>(b), static_cast<std::size_t>(b_size)});
}
}  // namespace

void configure_connection(SQLite::Database& db, int busy_timeout_ms) {
  db.setBusyTimeout(busy_timeout_ms);
  // ORDER BY name COLLATE people: names and titles as people sort them (core/collate.hpp).
  sqlite3_create_collation_v2(db.getHandle(), people_collation, SQLITE_UTF8, nullptr, people_order, nullptr);
  // Erased personal data must not linger in free pages (dpia::erase_person).
  db.exec("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON");
  // The file is input: no statement may corrupt it (writable_schema, direct page writes), and its
  // schema's views and triggers may not call functions with side effects.
  sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
}

void use_wal(SQLite::Database& db) {
  SQLite::Statement wal(db, "PRAGMA journal_mode = WAL");
  wal.executeStep();
  // The -wal and -shm files stay when the last connection closes (the -wal emptied), so a user
  // who may only read the files can still open the database: SQLite can read a WAL database
  // read-only when both exist, and that user cannot create them.
  int persist = 1;
  sqlite3_file_control(db.getHandle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
  db.exec("PRAGMA journal_size_limit = 0");
}

void check_schema(SQLite::Database& db, const std::string& path, bool upgrading) {
  int app = db.execAndGet("PRAGMA application_id").getInt();
  int version = db.execAndGet("PRAGMA user_version").getInt();
  bool empty = app == 0 && version == 0 && db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
  if (empty && upgrading) return;
  if (app != application_id)
    throw Error(Exit::data, msg("{} is not an mbov database (an SQLite file of another kind)", path), {},
                msg("check --db / MBOV_DB"));
  if (version > latest_schema_version())
    throw Error(Exit::data,
                msg("{} has schema version {}, newer than this mbov knows ({})", path, version,
                            latest_schema_version()),
                {}, msg("use a newer mbov"));
  if (version < latest_schema_version() && !upgrading)
    throw Error(Exit::data,
                msg("{} has schema version {}, older than this mbov's ({})", path, version,
                            latest_schema_version()),
                {}, msg("upgrade it with 'mbov init' (take a backup first: 'mbov db backup FILE')"));
  check_objects(db, version, path);
}

namespace {

// Who and when, for the audit row of a schema change.
audit::Stamp stamp(const Invocation& how) { return {.at = how.now, .actor = how.actor, .command = how.command}; }

// Creates the database's folder (0700) and an empty file (0600) when missing; true if created.
bool create_file(const std::string& path) {
  fs::path p(path);
  std::error_code ec;
  if (p.has_parent_path() && !fs::exists(p.parent_path(), ec)) {
    fs::create_directories(p.parent_path(), ec);
    if (ec)
      throw Error(Exit::cantcreat, msg("cannot create folder {}: {}", p.parent_path().string(), ec.message()),
                  {}, msg("choose a writable place with --db or MBOV_DB"));
    ::chmod(p.parent_path().c_str(), 0700);
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    throw Error(Exit::cantcreat, msg("cannot create {}: {}", path, std::strerror(errno)), {},
                msg("choose a writable place with --db or MBOV_DB"));
  }
  ::close(fd);
  return true;
}

// The verdict on a database's audit log at its schema version.
audit::Verdict verdict_at(SQLite::Database& db, int version, bool records) {
  return audit::verify(db, std::nullopt,
                       {.legacy_erasures = version < audit::named_erasures_version,
                        .records = records,
                        .data = version >= audit::record_digests_version});
}

// Before an upgrade: a broken chain is never upgraded, so no migration makes tampering look like
// history (an upgrade from before 6 names the rows its older mbov erased). Records an older mbov
// or a test wrote without their rows are left to 'mbov audit verify' after it.
void require_whole_log(SQLite::Database& db, const std::string& path, int version) {
  const audit::Verdict v = verdict_at(db, version, false);
  if (v.whole()) return;
  throw Error(Exit::critical,
              v.broken_row ? msg("the audit log of {} is broken at row {}: {}", path, *v.broken_row, v.reason)
                           : msg("the audit log of {} is broken: {}", path, v.reason),
              {}, msg("not upgraded; 'mbov db check' says how to proceed"));
}

// The upgrade's audit row names the rows erased before: an mbov older than schema 6 did not name them itself.
Object erased_before_upgrade(SQLite::Database& db, Object details) {
  SQLite::Statement q(db, "SELECT id FROM audit WHERE erased = 1 ORDER BY id");
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  if (ids.empty()) return details;
  const Object erased = audit::erasure_details(ids);
  for (std::size_t i = 0; i < erased.size(); ++i) details.add(erased.keys[i], erased.values[i]);
  return details;
}

}  // namespace

InitResult init_database(const Invocation& how) {
  InitResult result;
  result.created = create_file(how.db_path);
  try {
    SQLite::Database db(how.db_path, SQLite::OPEN_READWRITE);
    configure_connection(db, how.busy_timeout_ms);
    check_schema(db, how.db_path, true);  // before WAL: never write to a file that is not ours
    use_wal(db);
    db.exec("BEGIN IMMEDIATE");
    result.from_version = db.execAndGet("PRAGMA user_version").getInt();
    result.to_version = result.from_version;
    if (result.from_version > 0 && result.from_version < latest_schema_version()) require_whole_log(db, how.db_path, result.from_version);
    for (const Migration& m : migrations()) {
      if (m.version <= result.from_version) continue;
      db.exec(m.sql);
      db.exec(fmt::format("PRAGMA user_version = {}", m.version));
      result.to_version = m.version;
    }
    if (result.to_version != result.from_version) {
      db.exec(fmt::format("PRAGMA application_id = {}", application_id));
      Object details = Object().add("from_version", result.from_version).add("to_version", result.to_version);
      if (result.from_version > 0 && result.from_version < audit::named_erasures_version)
        details = erased_before_upgrade(db, std::move(details));
      // From schema 11 on the chain covers the data: this row commits to every record there is.
      const bool baseline = result.from_version < audit::record_digests_version;
      audit::record(db, stamp(how), "database", "schema", result.from_version == 0 ? "create" : "upgrade", details,
                    baseline ? audit::all_records(db) : std::string());
    }
    db.exec("COMMIT");
  } catch (const std::exception& e) {
    if (result.created) ::unlink(how.db_path.c_str());
    Error err = as_error(e);
    if (err.code() == Exit::data && dynamic_cast<const Error*>(&e) == nullptr)
      throw Error(Exit::data, msg("{} is not an mbov database ({})", how.db_path, e.what()), {}, msg("check --db / MBOV_DB"));
    throw err;
  }
  return result;
}

std::vector<DbCheckRow> check_database(Session& s) {
  std::vector<DbCheckRow> rows;
  {
    SQLite::Statement q(sql(s), "PRAGMA integrity_check");
    std::string detail;
    while (q.executeStep()) {
      std::string line = q.getColumn(0).getString();
      if (line == "ok") continue;
      if (!detail.empty()) detail += "; ";
      detail += line;
    }
    rows.push_back({"integrity", detail.empty(), detail.empty() ? "ok" : detail});
  }
  {
    SQLite::Statement q(sql(s), "PRAGMA foreign_key_check");
    std::string detail;
    int count = 0;
    while (q.executeStep()) {
      if (count++ < 5)
        detail += fmt::format("{}{} row {} -> {}", detail.empty() ? "" : "; ", q.getColumn(0).getString(),
                              q.getColumn(1).getInt64(), q.getColumn(2).getString());
    }
    rows.push_back({"foreign_keys", count == 0, count == 0 ? "ok" : fmt::format("{} broken: {}", count, detail)});
  }
  int version = sql(s).execAndGet("PRAGMA user_version").getInt();
  rows.push_back({"schema_version", version == latest_schema_version(),
                  fmt::format("{} (this mbov: {})", version, latest_schema_version())});
  std::string mode = sql(s).execAndGet("PRAGMA journal_mode").getString();
  rows.push_back({"journal_mode", mode == "wal", mode});
  const audit::Verdict v = verdict_at(sql(s), version, true);
  rows.push_back({"audit", v.whole(),
                  v.whole() ? fmt::format("whole, {} rows", v.rows)
                            : render(msg("{}{}: restore a backup made before it ('mbov db restore FILE'), keeping this file "
                                                           "as evidence; 'mbov init' upgrades no broken log",
                                          v.broken_row ? fmt::format("row {}: ", *v.broken_row) : "", v.reason), language())});
  return rows;
}

namespace {

// A new file for a copy: exclusive, 0600; the folder must exist.
void create_new(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    throw Error(Exit::cantcreat, msg("cannot create {}: {}", path, std::strerror(errno)), {},
                errno == EEXIST ? msg("a backup never overwrites a file: choose a new name") : "");
  ::close(fd);
}

void copy_database(SQLite::Database& from, SQLite::Database& to) {
  SQLite::Backup backup(to, from);
  backup.executeStep(-1);
}

}  // namespace

void backup_database(Session& s, const std::string& target) {
  create_new(target);
  try {
    SQLite::Database out(target, SQLite::OPEN_READWRITE);
    copy_database(sql(s), out);
  } catch (...) {
    ::unlink(target.c_str());
    throw;
  }
}

namespace {

// The file to restore, opened read-only once it proved an mbov database: its schema only mbov's,
// not newer, whole, and its audit chain whole.
SQLite::Database checked_source(const std::string& source) {
  if (::access(source.c_str(), R_OK) != 0)
    throw Error(Exit::noinput, msg("cannot read {}: {}", source, std::strerror(errno)));
  try {
    SQLite::Database db(source, SQLite::OPEN_READONLY);
    configure_connection(db, 0);
    if (db.execAndGet("PRAGMA user_version").getInt() == 0)
      throw Error(Exit::data, msg("{} is not an mbov database (empty)", source));
    check_schema(db, source, true);
    std::string integrity = db.execAndGet("PRAGMA integrity_check").getString();
    if (integrity != "ok") throw Error(Exit::data, msg("{} is damaged: {}", source, integrity));
    const audit::Verdict v = verdict_at(db, db.execAndGet("PRAGMA user_version").getInt(), true);
    if (!v.whole())
      throw Error(Exit::data,
                  v.broken_row ? msg("the audit log of {} is broken at row {}: {}", source, *v.broken_row, v.reason)
                               : msg("the audit log of {} is broken: {}", source, v.reason),
                  {}, msg("restore another backup"));
    return db;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(Exit::data, msg("{} is not an mbov database ({})", source, e.what()));
  }
}

// Refuses to overwrite a file that is not an mbov database (an empty one is fine). Its schema is
// not checked: a restore is how a database changed behind mbov's back is repaired.
void require_ours(SQLite::Database& db, const std::string& path) {
  const int app = db.execAndGet("PRAGMA application_id").getInt();
  if (app != application_id && db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() != 0)
    throw Error(Exit::data, msg("{} is not an mbov database (an SQLite file of another kind)", path), {},
                msg("check --db / MBOV_DB"));
}

void remove_new_file(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((path + suffix).c_str());
}

}  // namespace

void restore_database(const Invocation& how, const std::string& source) {
  SQLite::Database from = checked_source(source);
  const int from_version = from.execAndGet("PRAGMA user_version").getInt();
  // The restored database with its audit row, made aside (a temporary file SQLite deletes), so
  // that copying it over the database is one transaction: a crash leaves the old one or this.
  SQLite::Database image("", SQLite::OPEN_READWRITE);
  configure_connection(image, how.busy_timeout_ms);
  copy_database(from, image);
  audit::record(image, stamp(how), "database", "schema", "restore",
                Object().add("source", source).add("schema_version", from_version));
  const bool fresh = create_file(how.db_path);
  try {
    SQLite::Database to(how.db_path, SQLite::OPEN_READWRITE);
    configure_connection(to, how.busy_timeout_ms);
    if (fresh) {
      copy_database(image, to);  // a new file takes the image's page size, then becomes WAL
      use_wal(to);
      return;
    }
    require_ours(to, how.db_path);
    use_wal(to);
    // A copy into a WAL database keeps its page size: one of another size goes in through the
    // rollback journal (as atomic), which needs the database to itself for that moment.
    if (image.execAndGet("PRAGMA page_size").getInt() != to.execAndGet("PRAGMA page_size").getInt() &&
        to.execAndGet("PRAGMA journal_mode = DELETE").getString() != "delete")
      throw Error(Exit::tempfail, msg("the backup has another page size, and another process holds the database open"), {},
                  msg("close the other program and run the same command again"));
    copy_database(image, to);
    use_wal(to);
  } catch (...) {
    if (fresh) remove_new_file(how.db_path);
    throw;
  }
}

}  // namespace mbov
