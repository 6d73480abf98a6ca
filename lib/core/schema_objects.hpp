#pragma once
// The objects of a database's schema as one text, for comparing a file with what mbov's
// migrations make (core/schema_check.cpp; cmake/schema_gen.cpp digests it at build time).
#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>

namespace mbov {

// One line per table, index, view and trigger, by name: "name\ttype\ttable\tsql\n", the SQL
// without whitespace (ALTER TABLE ADD COLUMN lays a column out otherwise than CREATE TABLE does).
// SQLite's own statistics tables (ANALYZE) are no one's objects and left out.
std::string schema_objects(SQLite::Database& db);

// The objects the migrations up to `version` make, built in a database in memory.
std::string reference_objects(int version);

// SHA-256 of reference_objects(version), computed at build time; "" for an unknown version.
std::string_view reference_digest(int version);

}  // namespace mbov
