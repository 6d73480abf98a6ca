// Tests for lib/core/schema.cpp: the migrations numbered 1, 2, ... without a gap, the latest the
// last, each one running on what the ones before it made, and the file they make marked as mbov's.
#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>

#include "core/schema.hpp"
#include "core/sql.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("schema: migrations numbered 1 to the latest without a gap, each runs on those before it") {
  const std::span<const Migration> all = migrations();
  REQUIRE_FALSE(all.empty());
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(all[i].version == static_cast<int>(i) + 1);
    CHECK(std::string_view(all[i].sql).find_first_not_of(" \n\t") != std::string_view::npos);
  }
  CHECK(latest_schema_version() == all.back().version);
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  db.exec("PRAGMA foreign_keys = ON");
  for (const Migration& m : all) {
    INFO("migration ", m.version);
    CHECK_NOTHROW(db.exec(m.sql));
  }
  // Every table the areas use is there once the last has run.
  for (const char* table : {"member", "contact", "meeting", "motion", "ballot", "contract", "incident", "dpia", "plan",
                            "fee", "role", "group_member", "document_version", "audit", "records_from"})
    CHECK(db.tableExists(table));
}

TEST_CASE("schema: a new database carries mbov's application id and the latest version") {
  test::TestDb t;
  Session s = t.read();
  CHECK(sql(s).execAndGet("PRAGMA application_id").getInt() == application_id);
  CHECK(application_id == ('M' << 24 | 'B' << 16 | 'O' << 8 | 'V'));
  CHECK(sql(s).execAndGet("PRAGMA user_version").getInt() == latest_schema_version());
}
