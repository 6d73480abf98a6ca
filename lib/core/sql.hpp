#pragma once
// The SQLite connection behind a Session, for lib/ only (not installed): every statement of
// lib/ runs on sql(session), prepared with bound parameters.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <mbov/core/audit.hpp>
#include <mbov/core/session.hpp>
#include <mbov/core/value.hpp>

namespace mbov {

struct Session::Connection {
  SQLite::Database db;
  // The statements of statement(), by their text; destroyed before the database closes.
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>, Hash, std::equal_to<>> statements;
  std::string trace;  // Session::trace_sql()
  // The rows a writing session changed since its last audit row: (table, rowid), from SQLite's
  // update hook; audit::record takes their digests (core/audit_records.hpp).
  std::vector<std::pair<std::string, std::int64_t>> changed;
};

inline SQLite::Database& sql(const Session& s) { return s.connection().db; }

// The statement `text`, prepared on its first use in this session and reused after: reset, its
// parameters unbound. For statements a command runs once per row (imports, audit::record):
// preparing costs more than running them. Not for a statement that is still stepping when the
// same text runs again (recursion).
SQLite::Statement& statement(const Session& s, std::string_view text);

// The one row/bind helpers: a nullable column read as optional, an optional bound as NULL.
inline std::optional<std::string> opt_text(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}
inline Value text_or_null(const SQLite::Column& c) { return c.isNull() ? Value() : Value(c.getString()); }
// The first column of every row, as text.
inline std::vector<std::string> first_column(SQLite::Statement& q) {
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}
template <typename Key>
void bind_opt(SQLite::Statement& q, Key key, const std::optional<std::string>& v) {
  if (v) q.bind(key, *v);
  else q.bind(key);
}

// Connection settings every command uses: busy timeout, foreign keys, secure_delete, defensive
// mode and an untrusted schema.
void configure_connection(SQLite::Database& db, int busy_timeout_ms);
// WAL, with persistent -wal and -shm files; writers only, once check_schema accepted the file.
void use_wal(SQLite::Database& db);

// Refuses a file that is not an mbov database or whose schema is not this mbov's (check_objects
// included). upgrading: an older schema is fine (init upgrades it).
void check_schema(SQLite::Database& db, const std::string& path, bool upgrading);
// Exit::data naming the first table, index, view or trigger of the file that the migrations up to
// `version` did not make in just that form (compared with a reference built from them in memory),
// or that they made and the file lacks: a foreign trigger or view would run in mbov's statements.
void check_objects(SQLite::Database& db, int version, const std::string& path);

namespace audit {
// audit::record on a bare connection (init and restore, before any Session exists).
// `records`: those it produced (audit_records.hpp), "" for none.
void record(SQLite::Database& db, const Stamp& stamp, std::string_view entity_kind, std::string_view entity_id,
            std::string_view action, const Object& details, std::string_view records = {});
// What audit::verify on a bare connection (a file to restore, a database before its upgrade) checks.
struct Scope {
  // A schema older than 6, whose mbov erased rows keeping "[erased]" in their details and without
  // naming them (the upgrade to 6 names them).
  bool legacy_erasures = false;
  // The records' coverage too; without it, the chain, its numbering and its erasures only.
  bool records = true;
  // A schema from 11 on: every data row against the digest its last audit row recorded.
  bool data = true;
};
Verdict verify(SQLite::Database& db, const std::optional<Head>& witness, const Scope& scope = {});
// The first schema version whose erasures name the rows they erase.
inline constexpr int named_erasures_version = 6;
// The first schema version whose audit rows hold the digests of the records they produced.
inline constexpr int record_digests_version = 11;
}  // namespace audit

}  // namespace mbov
