// Watch: another connection's commit is seen (PRAGMA data_version); a read or a rollback is not.
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/core/watch.hpp>
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("Watch: a commit by another connection changes it once, reads and rollbacks do not") {
  test::TestDb t;
  Watch watch(t.how);
  CHECK_FALSE(watch.changed());
  { Session s = t.read(); }
  CHECK_FALSE(watch.changed());
  {
    Session s = t.write();
    sql(s).exec("INSERT INTO meeting (kind, date) VALUES ('av', '2026-05-04')");
  }  // rolled back
  CHECK_FALSE(watch.changed());
  {
    Session s = t.write();
    sql(s).exec("INSERT INTO meeting (kind, date) VALUES ('av', '2026-05-04')");
    test::unaudited(s);  // a fixture row, as sqlite3 would write it
    s.commit();
  }
  CHECK(watch.changed());
  CHECK_FALSE(watch.changed());
}

TEST_CASE("Watch: a missing database is Exit::noinput, as for a Session") {
  test::TestDb t;
  Invocation how = t.how;
  how.db_path += ".missing";
  try {
    Watch watch(how);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::noinput);
  }
}
