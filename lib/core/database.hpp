#pragma once
// The database file: creation, upgrade, connection settings, check, backup and restore.
#include <string>
#include <vector>

#include <mbov/core/session.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// "schema 1, SQLite 3.40.1": the storage versions that `mbov --version` names.
std::string storage_versions();

struct InitResult {
  bool created = false;  // a new file
  int from_version = 0;  // schema version before
  int to_version = 0;    // schema version after
};

// mbov init: creates the folder and the file (mode 0600: it holds personal data), or upgrades an
// older schema; changes nothing when the database is current.
InitResult init_database(const Invocation& how);

// The random id this database was given when it was made (32 hex digits, schema table instance):
// what tells its records from another database's where both meet (calendar UIDs).
std::string database_id(Session& s);

// mbov db check: integrity_check, foreign_key_check and the schema version; one row per check.
struct DbCheckRow {
  std::string check;
  bool ok;
  std::string detail;
};
std::vector<DbCheckRow> check_database(Session& s);

// mbov db backup: SQLite's online backup API into a new file (mode 0600).
void backup_database(Session& s, const std::string& target);

// mbov db restore: checks FILE (an mbov database, whole, not newer) and copies it over the
// database in one locked step; the audit log of the restored database records the restore.
void restore_database(const Invocation& how, const std::string& source);

}  // namespace mbov

MBOV_PUBLIC_END
