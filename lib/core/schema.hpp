#pragma once
// The database schema as numbered migrations on PRAGMA user_version.
#include <span>

namespace mbov {

// 'MBOV' in PRAGMA application_id marks a file as an mbov database.
inline constexpr int application_id = 0x4D424F56;

struct Migration {
  int version;      // PRAGMA user_version after this migration
  const char* sql;  // run inside the upgrade's transaction
};

std::span<const Migration> migrations();
int latest_schema_version();

}  // namespace mbov
