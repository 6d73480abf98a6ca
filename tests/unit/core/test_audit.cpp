#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include "core/audit.hpp"
#include "core/sql.hpp"
#include "core/error.hpp"
#include "core/person.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("the audit chain: whole after writes, broken by a change, whole after an erasure") {
  test::TestDb t;
  {
    Session s = t.write();
    audit::record(s, "member", "12AB", "add", Object().add("name", "ROC Voorbeeld"));
    sql(s).exec("INSERT INTO person (id, name, email) VALUES (7, 'Anna de Vries', 'anna@example.nl')");
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
    erase_person(s, 7);
    s.commit();
    scrub_free_pages(s);
  }
  {
    Session s = t.read();
    CHECK_FALSE(audit::verify(s).broken_row);
    std::string details = audit::log(s, std::string("contact"), std::nullopt)[0].find("details")->text();
    CHECK(details.find("anna@example.nl") == std::string::npos);
    CHECK(details.find("Anna de Vries") == std::string::npos);
    CHECK(details.find("\"role\":\"contact\"") != std::string::npos);  // the rest stays
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

TEST_CASE("erase_person refuses an unknown person") {
  test::TestDb t;
  Session s = t.write();
  CHECK_THROWS_AS(erase_person(s, 99), Error);
}
