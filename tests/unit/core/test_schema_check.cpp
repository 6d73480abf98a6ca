// Tests for lib/core/schema_check.cpp: a file holds exactly the objects mbov's migrations make;
// one added, changed or dropped behind mbov's back is refused (65) and named.
#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/schema.hpp"
#include "core/sql.hpp"

using namespace mbov;

namespace {

// A database in memory with every migration run, changed by `change`; the refusal, or "".
std::string schema_refusal(const char* change) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  for (const Migration& m : migrations()) db.exec(m.sql);
  db.exec(change);
  try {
    check_objects(db, latest_schema_version(), "x.db");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(english(e.hint()).find("mbov db restore") != std::string::npos);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("schema check: the objects the migrations make pass, any other is named") {
  set_language(Language::en);
  CHECK(schema_refusal("SELECT 1") == "");
  CHECK(schema_refusal("ANALYZE") == "");  // statistics are no object
  CHECK(schema_refusal("CREATE TABLE notes (x)") == "x.db holds table notes, which mbov did not create");
  CHECK(schema_refusal("CREATE TRIGGER t AFTER INSERT ON member BEGIN SELECT 1; END") ==
        "x.db holds trigger t, which mbov did not create");
  CHECK(schema_refusal("DROP INDEX contact_member") == "x.db lacks index contact_member of mbov's schema");
  CHECK(schema_refusal("DROP INDEX contact_member; CREATE INDEX contact_member ON contact(person)") ==
        "x.db: index contact_member differs from the one mbov created");
}

TEST_CASE("schema check: a file judged against an older version than its own is refused") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  for (const Migration& m : migrations()) db.exec(m.sql);
  CHECK_THROWS_AS(check_objects(db, latest_schema_version() - 1, "x.db"), Error);
  CHECK_NOTHROW(check_objects(db, latest_schema_version(), "x.db"));
}
