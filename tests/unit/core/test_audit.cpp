#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <filesystem>
#include <random>

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

TEST_CASE("audit head: rows and the last hash, parsed back from ROWS:SHA256") {
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

namespace {

// A change made with sqlite3, behind mbov's back: on its own connection, no audit row.
void behind_mbovs_back(test::TestDb& t, const std::string& statement) {
  SQLite::Database db(t.how.db_path, SQLite::OPEN_READWRITE);
  db.exec(statement);
}

std::string verdict(test::TestDb& t) {
  Session s = t.read();
  const audit::Verdict v = audit::verify(s);
  return v.broken_row ? "row " + std::to_string(*v.broken_row) + ": " + v.reason : v.reason;
}

}  // namespace

TEST_CASE("the chain covers the data: each audit row holds the digests of the records it produced") {
  test::TestDb t;
  {
    Session s = t.read();
    // A new database commits to the records its schema made: the products and the instance.
    const std::string first = sql(s).execAndGet("SELECT records FROM audit WHERE id = 1").getString();
    CHECK(first.starts_with("8:instance0:64:"));
    CHECK(first.find("7:product5:CAMBO64:") != std::string::npos);
    CHECK(first.find("7:product3:VVA64:") != std::string::npos);
  }
  {
    Session s = t.write();
    sql(s).exec("INSERT INTO supplier (name) VALUES ('Een'), ('Twee')");
    sql(s).exec("INSERT INTO person (name) VALUES ('Anna')");
    audit::record(s, "supplier", "1", "add", Object());  // the person too: every row the change wrote
    const std::string records = sql(s).execAndGet("SELECT records FROM audit ORDER BY id DESC LIMIT 1").getString();
    CHECK(records.starts_with("6:person1:164:"));
    CHECK(records.find("8:supplier1:164:") != std::string::npos);
    CHECK(records.find("8:supplier1:264:") != std::string::npos);
    sql(s).exec("DELETE FROM supplier WHERE id = 2");
    audit::record(s, "supplier", "2", "remove", Object());
    CHECK(sql(s).execAndGet("SELECT records FROM audit ORDER BY id DESC LIMIT 1").getString() == "8:supplier1:20:");
    s.commit();
  }
  CHECK(verdict(t).empty());
  const std::string pristine = t.dir / "pristine.db";
  std::filesystem::copy_file(t.how.db_path, pristine);
  const std::pair<const char*, const char*> attacks[] = {
      {"UPDATE supplier SET name = 'Drie' WHERE id = 1", "supplier 1 differs from what its last audit row recorded"},
      {"UPDATE supplier SET name = 'Een ' WHERE id = 1", "supplier 1 differs"},
      {"INSERT INTO supplier (id, name) VALUES (2, 'Twee')", "supplier 2 has no audit row"},
      {"DELETE FROM person", "person 1 is gone, but its last audit row recorded it"},
      {"UPDATE product SET name = 'x' WHERE code = 'VVA'", "product VVA differs"},
      {"UPDATE instance SET id = lower(hex(randomblob(16)))", "instance differs"},
      {"INSERT INTO records_from (day) VALUES ('2020-01-01')", "records_from has no audit row"},
      {"UPDATE audit SET records = '' WHERE id = 2", "row 2: its contents were changed"},
      {"UPDATE audit SET records = '8:supplier' WHERE id = 2", "row 2: its contents were changed"},
  };
  for (const auto& [attack, named] : attacks) {
    INFO(attack);
    std::filesystem::copy_file(pristine, t.how.db_path, std::filesystem::copy_options::overwrite_existing);
    behind_mbovs_back(t, attack);
    CHECK(verdict(t).find(named) != std::string::npos);
  }
}

TEST_CASE("a writing session commits only when every change has its audit row") {
  test::TestDb t;
  {
    Session s = t.write();
    sql(s).exec("INSERT INTO supplier (name) VALUES ('Een')");
    CHECK_THROWS_AS(s.commit(), Error);
  }
  Session s = t.read();
  CHECK(sql(s).execAndGet("SELECT count(*) FROM supplier").getInt() == 0);
}

// Property: audited changes of random kinds on random records keep the log whole; one change
// behind mbov's back is named, by table and key, as the second computation (the test) expects.
TEST_CASE("verify names exactly the record changed behind mbov's back, over 300 random changes") {
  constexpr unsigned kSeed = 20261205;
  std::mt19937 rng(kSeed);
  test::TestDb t;
  std::vector<std::int64_t> suppliers;  // alive
  std::vector<std::string> members;
  for (int round = 0; round < 300; ++round) {
    INFO("seed ", kSeed, ", round ", round);
    {
      Session s = t.write();
      for (int n = 0; n < 3; ++n) {
        const unsigned what = rng() % 4;
        if (what == 0 || suppliers.empty()) {
          sql(s).exec(fmt::format("INSERT INTO supplier (name) VALUES ('S{}-{}')", round, n));
          suppliers.push_back(sql(s).getLastInsertRowid());
          audit::record(s, "supplier", std::to_string(suppliers.back()), "add", Object());
        } else if (what == 1) {
          const std::int64_t id = suppliers[rng() % suppliers.size()];
          sql(s).exec(fmt::format("UPDATE supplier SET name = 'R{}-{}' WHERE id = {}", round, n, id));
          audit::record(s, "supplier", std::to_string(id), "rename", Object());
        } else if (what == 2) {
          const std::size_t at = rng() % suppliers.size();
          sql(s).exec(fmt::format("DELETE FROM supplier WHERE id = {}", suppliers[at]));
          audit::record(s, "supplier", std::to_string(suppliers[at]), "remove", Object());
          suppliers.erase(suppliers.begin() + static_cast<std::ptrdiff_t>(at));
        } else {
          members.push_back(fmt::format("M{}X{}", round, n));
          sql(s).exec(fmt::format("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('{}', 'x', 1, "
                                  "'2020-01-01')", members.back()));
          audit::record(s, "member", members.back(), "add", Object());
        }
      }
      s.commit();
    }
    REQUIRE(verdict(t).empty());
    if (round % 10 != 9) continue;
    // One change with sqlite3, then undone: named while it is there, whole once it is gone.
    std::string named, attack, undo;
    const unsigned what = rng() % 3;
    if (what == 0 && !suppliers.empty()) {
      const std::int64_t id = suppliers[rng() % suppliers.size()];
      named = fmt::format("supplier {} differs", id);
      attack = fmt::format("UPDATE supplier SET name = name || '!' WHERE id = {}", id);
      undo = fmt::format("UPDATE supplier SET name = substr(name, 1, length(name) - 1) WHERE id = {}", id);
    } else if (what == 1 && !members.empty()) {
      const std::string code = members[rng() % members.size()];
      named = fmt::format("member {} is gone", code);
      attack = fmt::format("CREATE TEMP TABLE keep AS SELECT * FROM member WHERE code = '{0}'; "
                           "DELETE FROM member WHERE code = '{0}'", code);
      undo = "INSERT INTO member SELECT * FROM keep";
    } else {
      named = "supplier 100000 has no audit row";
      attack = "INSERT INTO supplier (id, name) VALUES (100000, 'Stiekem')";
      undo = "DELETE FROM supplier WHERE id = 100000";
    }
    SQLite::Database db(t.how.db_path, SQLite::OPEN_READWRITE);
    db.exec(attack);
    CHECK(verdict(t).find(named) != std::string::npos);
    db.exec(undo);
    CHECK(verdict(t).empty());
  }
}
