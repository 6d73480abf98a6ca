#pragma once
// The SQLite connection behind a Session, for lib/ only (not installed): every statement of
// lib/ runs on sql(session), prepared with bound parameters.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <string_view>

#include "core/audit.hpp"
#include "core/session.hpp"

namespace mbov {

struct Session::Connection {
  SQLite::Database db;
};

inline SQLite::Database& sql(const Session& s) { return s.connection().db; }

// Connection settings every command uses: busy timeout, foreign keys, WAL.
void configure_connection(SQLite::Database& db, int busy_timeout_ms);

// Refuses a file that is not an mbov database or whose schema is not this mbov's.
// upgrading: an older schema is fine (init upgrades it).
void check_schema(SQLite::Database& db, const std::string& path, bool upgrading);

namespace audit {
// audit::record on a bare connection (init and restore, before any Session exists).
void record(SQLite::Database& db, const Stamp& stamp, std::string_view entity_kind, std::string_view entity_id,
            std::string_view action, const Object& details);
}  // namespace audit

}  // namespace mbov
