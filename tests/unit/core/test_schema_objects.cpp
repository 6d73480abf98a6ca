// Tests for lib/core/schema_objects.cpp: a schema as one text (a line per object by name, its SQL
// without whitespace), the reference the migrations make, and its digest computed at build time.
#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>

#include "core/schema.hpp"
#include "core/schema_objects.hpp"
#include "core/sha256.hpp"
#include "core/sql.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("schema objects: one line per object by name, whitespace left out, statistics tables left out") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  db.exec("CREATE TABLE b (x INTEGER,\n  y TEXT);\nCREATE INDEX a_idx ON b(x);\nCREATE VIEW c AS SELECT x FROM b");
  CHECK(schema_objects(db) ==
        "a_idx\tindex\tb\tCREATEINDEXa_idxONb(x)\n"
        "b\ttable\tb\tCREATETABLEb(xINTEGER,yTEXT)\n"
        "c\tview\tc\tCREATEVIEWcASSELECTxFROMb\n");
  db.exec("ANALYZE");
  CHECK(schema_objects(db).find("sqlite_stat1") == std::string::npos);
  // The same table laid out otherwise reads the same: ALTER TABLE ADD COLUMN writes it so.
  SQLite::Database other(":memory:", SQLite::OPEN_READWRITE);
  other.exec("CREATE TABLE b (x INTEGER); ALTER TABLE b ADD COLUMN y TEXT");
  CHECK(schema_objects(other) == "b\ttable\tb\tCREATETABLEb(xINTEGER,yTEXT)\n");
}

TEST_CASE("schema objects: each version's reference has the build-time digest, the latest is what init makes") {
  CHECK(reference_objects(0).empty());
  for (const Migration& m : migrations()) {
    INFO("version ", m.version);
    CHECK(reference_digest(m.version) == sha256_hex(reference_objects(m.version)));
  }
  CHECK(reference_digest(latest_schema_version() + 1).empty());
  CHECK(reference_objects(latest_schema_version()) != reference_objects(1));
  test::TestDb t;
  Session s = t.read();
  CHECK(schema_objects(sql(s)) == reference_objects(latest_schema_version()));
}
