// Tests for lib/core/audit_records.cpp: the records under the audit chain. A record's digest is
// checked against one built by hand from its columns; a change, an insert and a delete made
// behind the log's back are each named; a malformed list of records is refused.
#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>

#include "core/audit_records.hpp"
#include <mbov/core/i18n.hpp>
#include "core/sha256.hpp"

using namespace mbov;

namespace {

// A database of two small tables: t keyed by its rowid, member by its code.
void records_tables(SQLite::Database& db) {
  db.exec(R"sql(CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, x REAL);
    CREATE TABLE member (code TEXT PRIMARY KEY, name TEXT);
    CREATE TABLE audit (id INTEGER PRIMARY KEY, records TEXT);
    INSERT INTO t VALUES (1, 'ab', NULL, 2.5);
    INSERT INTO member VALUES ('25LZ', 'ROC');)sql");
}

std::string records_field(std::string_view f) {
  std::string out;
  audit::append_field(out, f);
  return out;
}

}  // namespace

TEST_CASE("audit records: a field is its length, a colon and itself") {
  CHECK(records_field("") == "0:");
  CHECK(records_field("abc") == "3:abc");
  CHECK(records_field("10:x") == "4:10:x");
  CHECK(records_field("é") == "2:é");  // bytes, not characters
}

TEST_CASE("audit records: every record's digest, over its columns by type letter and length-prefixed value") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  records_tables(db);
  // t 1: id integer 1, name text "ab", n null, x real 2.5; member 25LZ: code and name text.
  const std::string t1 = sha256_hex("i1:1t2:abnr3:2.5");
  const std::string lz = sha256_hex("t4:25LZt3:ROC");
  CHECK(audit::all_records(db) == records_field("member") + records_field("25LZ") + records_field(lz) + records_field("t") + records_field("1") + records_field(t1));
}

TEST_CASE("audit records: the last digests match the data, and each change behind the log's back is named") {
  set_language(Language::en);
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  records_tables(db);
  audit::Digests last;
  REQUIRE(audit::add_records(audit::all_records(db), last));
  CHECK(last.size() == 2);
  CHECK(audit::unrecorded_change(db, last) == "");
  SUBCASE("changed") {
    db.exec("UPDATE t SET n = 0 WHERE id = 1");
    CHECK(audit::unrecorded_change(db, last) == "t 1 differs from what its last audit row recorded: it was changed outside mbov");
  }
  SUBCASE("inserted") {
    db.exec("INSERT INTO member VALUES ('12AB', 'x')");
    CHECK(audit::unrecorded_change(db, last) == "member 12AB has no audit row: it was written outside mbov");
  }
  SUBCASE("deleted") {
    db.exec("DELETE FROM t");
    CHECK(audit::unrecorded_change(db, last) == "t 1 is gone, but its last audit row recorded it: it was deleted outside mbov");
  }
  SUBCASE("a deletion the log recorded (an empty digest) is no change") {
    db.exec("DELETE FROM t");
    REQUIRE(audit::add_records(records_field("t") + records_field("1") + records_field(""), last));
    CHECK(audit::unrecorded_change(db, last) == "");
  }
}

TEST_CASE("audit records: a malformed list is refused, a later digest of a record replaces the earlier") {
  audit::Digests last;
  CHECK(audit::add_records("", last));
  CHECK_FALSE(audit::add_records("1:t", last));                 // a record of one field
  CHECK_FALSE(audit::add_records("1:t1:1x", last));             // no length
  CHECK_FALSE(audit::add_records("1:t1:19:abc", last));         // longer than what is left
  CHECK_FALSE(audit::add_records("12345678901:t", last));       // a length of more than ten digits
  REQUIRE(audit::add_records(records_field("t") + records_field("1") + records_field("a") + records_field("t") + records_field("1") + records_field("b"), last));
  CHECK(last.size() == 1);
  CHECK(last.begin()->second == "b");
}
