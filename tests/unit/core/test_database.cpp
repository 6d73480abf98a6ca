#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>
#include <sys/stat.h>

#include <mbov/core/database.hpp>
#include "core/sql.hpp"
#include <mbov/core/error.hpp>
#include "core/schema.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("init creates the latest schema with mode 0600, and a second init changes nothing") {
  test::TestDb t;
  struct stat st {};
  REQUIRE(::stat(t.how.db_path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  InitResult again = init_database(t.how);
  CHECK_FALSE(again.created);
  CHECK(again.from_version == latest_schema_version());
  CHECK(again.to_version == latest_schema_version());
  Session s = t.read();
  CHECK(sql(s).execAndGet("PRAGMA application_id").getInt() == application_id);
  CHECK(sql(s).execAndGet("SELECT count(*) FROM audit").getInt() == 1);
  CHECK(sql(s).execAndGet("SELECT count(*) FROM product WHERE code IN ('CAMBO', 'vva')").getInt() == 2);
  CHECK(sql(s).execAndGet("PRAGMA foreign_keys").getInt() == 1);
}

TEST_CASE("a newer or an older schema is refused by every command but init") {
  test::TestDb t;
  {
    SQLite::Database raw(t.how.db_path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = 42");
  }
  try {
    Session s = t.read();
    FAIL("a newer schema was opened");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()).find("newer") != std::string::npos);
  }
  CHECK_THROWS_AS(init_database(t.how), Error);
  {
    SQLite::Database raw(t.how.db_path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = 0");
  }
  try {
    Session s = t.read();
    FAIL("an older schema was opened");
  } catch (const Error& e) {
    CHECK(english(e.hint()).find("mbov init") != std::string::npos);
  }
}

TEST_CASE("a missing database is Exit::noinput with the hint mbov init") {
  test::TestDb t;
  Invocation how = t.how;
  how.db_path = (t.dir / "absent.db").string();
  try {
    Session s(how, Session::Access::read);
    FAIL("opened a missing database");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::noinput);
    CHECK(english(e.hint()).find("mbov init") != std::string::npos);
  }
}

TEST_CASE("a write session that is not committed leaves nothing behind") {
  test::TestDb t;
  {
    Session s = t.write();
    sql(s).exec("INSERT INTO product (code, name) VALUES ('X', 'x')");
  }
  Session s = t.read();
  CHECK(sql(s).execAndGet("SELECT count(*) FROM product").getInt() == 2);
}

TEST_CASE("db check, backup and restore") {
  test::TestDb t;
  {
    Session s = t.read();
    auto rows = check_database(s);
    REQUIRE(rows.size() == 5);
    for (const auto& r : rows) CHECK_MESSAGE(r.ok, r.check, ": ", r.detail);
    CHECK(rows[4].check == "audit");
    backup_database(s, (t.dir / "copy.db").string());
    CHECK_THROWS_AS(backup_database(s, (t.dir / "copy.db").string()), Error);
  }
  {
    Session s = t.write();
    sql(s).exec("INSERT INTO product (code, name) VALUES ('X', 'x')");
    test::unaudited(s);
    s.commit();
  }
  restore_database(t.how, (t.dir / "copy.db").string());
  {
    Session s = t.write();
    CHECK(sql(s).execAndGet("SELECT count(*) FROM product").getInt() == 2);
    CHECK(sql(s).execAndGet("SELECT action FROM audit ORDER BY id DESC LIMIT 1").getString() == "restore");
    // A direct insert has no audit row: db check's audit row says so, and how to proceed.
    sql(s).exec("INSERT INTO supplier (name) VALUES ('Stiekem')");
    test::unaudited(s);
    s.commit();
  }
  Session s = t.read();
  const auto rows = check_database(s);
  CHECK_FALSE(rows[4].ok);
  CHECK(rows[4].detail.find("supplier 1 has no audit row") != std::string::npos);
  CHECK(rows[4].detail.find("mbov db restore FILE") != std::string::npos);
}
