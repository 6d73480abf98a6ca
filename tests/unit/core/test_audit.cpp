#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <mbov/core/audit.hpp>
#include "core/sql.hpp"
#include <mbov/core/error.hpp>
#include <mbov/dpia/person.hpp>
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("the audit chain: whole after writes, broken by a change, whole after an erasure") {
  test::TestDb t;
  {
    Session s = t.write();
    audit::record(s, "member", "12AB", "add", Object().add("name", "ROC Voorbeeld"));
    sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');"
                "INSERT INTO person (id, name, email) VALUES (7, 'Anna de Vries', 'anna@example.nl');"
                "INSERT INTO contact (id, member, person, role, since) VALUES (1, '12AB', 7, 'contact', '2020-01-01')");
    audit::record(s, "contact", "1", "add",
                  Object().add("name", "Anna de Vries").add("email", "anna@example.nl").add("role", "contact"));
    s.commit();
  }
  {
    Session s = t.read();
    audit::Verdict v = audit::verify(s);
    CHECK(v.rows == 3);
    CHECK_FALSE(v.broken_row);
    auto rows = audit::log(s, std::string("contact"), std::nullopt);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].find("details")->text().find("anna@example.nl") != std::string::npos);
  }
  {
    Session s = t.write();
    dpia::erase_person(s, 7);
    s.commit();
    dpia::scrub_free_pages(s);
  }
  {
    Session s = t.read();
    CHECK_FALSE(audit::verify(s).broken_row);
    std::string details = audit::log(s, std::string("contact"), std::nullopt)[0].find("details")->text();
    CHECK(details.find("anna@example.nl") == std::string::npos);
    CHECK(details.find("Anna de Vries") == std::string::npos);
    CHECK(details.empty());  // an erased row carries no details at all
    CHECK(audit::log(s, std::string("person"), std::nullopt)[0].find("details")->text() ==
          R"({"audit_rows_erased":1,"erased_audit_rows":[3]})");
    CHECK(sql(s).execAndGet("SELECT count(*) FROM person WHERE id = 7 AND email IS NULL AND erased_on IS NOT NULL")
              .getInt() == 1);
  }
  {
    Session s = t.write();
    sql(s).exec("UPDATE audit SET action = 'remove' WHERE id = 2");
    s.commit();
  }
  Session s = t.read();
  audit::Verdict v = audit::verify(s);
  REQUIRE(v.broken_row);
  CHECK(*v.broken_row == 2);
}

TEST_CASE("audit head: rows and the last hash; parsed back from ROWS:SHA256") {
  test::TestDb t;
  Session s = t.read();
  const audit::Head h = audit::head(s);
  CHECK(h.rows == 1);
  CHECK(h.sha256.size() == 64);
  CHECK(audit::Head::parse("1:" + h.sha256, "--head").sha256 == h.sha256);
  CHECK(audit::verify(s, h).whole());
  CHECK_FALSE(audit::verify(s, audit::Head{.rows = 1, .sha256 = std::string(64, 'a')}).whole());
  CHECK_FALSE(audit::verify(s, audit::Head{.rows = 2, .sha256 = h.sha256}).whole());
  CHECK_THROWS_AS(audit::Head::parse("1:" + h.sha256.substr(1), "--head"), Error);
  CHECK_THROWS_AS(audit::Head::parse("x:" + h.sha256, "--head"), Error);
}

TEST_CASE("erase_personal_rows: only the personal rows of the records given, never the same text elsewhere") {
  test::TestDb t;
  Session s = t.write();
  audit::record(s, "contact", "1", "add", Object().add("name", "yes").add("phone", "contact"));
  audit::record(s, "contact", "1", "remove", Object().add("on", "2026-01-01"));
  audit::record(s, "contact", "2", "add", Object().add("name", "Piet").add("phone", "contact"));
  audit::record(s, "ballot", "1", "cast", Object().add("choice", "yes"));
  audit::record(s, "ballot", "2", "cast", Object().add("note", "\"name\":"));
  CHECK(audit::erase_personal_rows(s, {{"contact", "1"}, {"ballot", "2"}}) == std::vector<std::int64_t>{2});
  CHECK(sql(s).execAndGet("SELECT group_concat(id) FROM audit WHERE erased = 1").getString() == "2");
}

TEST_CASE("erase_person refuses an unknown person") {
  test::TestDb t;
  Session s = t.write();
  CHECK_THROWS_AS(dpia::erase_person(s, 99), Error);
}
