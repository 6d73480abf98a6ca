// Tests for lib/dpia/purge.cpp (R-DPIA-5): a former contact's data is kept the policy's retention
// months after its last role ended, overdue from the day after, erased by purge unless still
// needed; a dry run erases nothing. Rows are written as sqlite3 would.
#include <doctest/doctest.h>

#include "core/sql.hpp"
#include <mbov/dpia/dpia.hpp>
#include "testdb.hpp"

using namespace mbov;

namespace {

// Ann's role at 12AB ended on 2025-03-01; Bob's on 2025-02-28; Cas still holds one.
void former_contacts(Session& s) {
  sql(s).exec(R"sql(
    INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');
    INSERT INTO person (id, name, email) VALUES (1, 'Ann', 'ann@example.nl'), (2, 'Bob', NULL), (3, 'Cas', NULL);
    INSERT INTO contact (member, person, role, since, until) VALUES ('12AB', 1, 'contact', '2020-01-01', '2025-03-01'),
      ('12AB', 2, 'representative', '2020-01-01', '2025-02-28'), ('12AB', 3, 'contact', '2020-01-01', NULL);)sql");
}

std::vector<std::string> purge_names(const std::vector<dpia::Expired>& list) {
  std::vector<std::string> out;
  for (const dpia::Expired& e : list)
    out.push_back(std::to_string(e.person) + " " + e.retention_end.str() + (e.name ? " " + *e.name : " erased"));
  return out;
}

}  // namespace

TEST_CASE("purge (R-DPIA-5): the retention end is the policy's months after the last role, overdue the day after") {
  test::TestDb t("2026-03-01");
  t.how.policy.member.personal_data_retention_months = 12;
  Session s = t.write();
  former_contacts(s);
  // Ann: 2025-03-01 + 12 months = 2026-03-01, today: not yet past. Bob: 2026-02-28, past.
  CHECK(purge_names(dpia::retention_ends(s)) == std::vector<std::string>{"1 2026-03-01 Ann", "2 2026-02-28 Bob"});
  CHECK(purge_names(dpia::past_retention(s)) == std::vector<std::string>{"2 2026-02-28 Bob"});
  CHECK(purge_names(dpia::purge(s, true)) == std::vector<std::string>{"2 2026-02-28 Bob"});  // a dry run
  CHECK(sql(s).execAndGet("SELECT name FROM person WHERE id = 2").getString() == "Bob");
  CHECK(purge_names(dpia::purge(s, false)) == std::vector<std::string>{"2 2026-02-28 erased"});
  CHECK(sql(s).execAndGet("SELECT name IS NULL FROM person WHERE id = 2").getInt() == 1);
  CHECK(dpia::past_retention(s).empty());
  CHECK(sql(s).execAndGet("SELECT name FROM person WHERE id = 1").getString() == "Ann");
  const Object o = dpia::to_object(dpia::retention_ends(s).front());
  CHECK(o.keys == std::vector<std::string>{"person", "name", "member", "role", "until", "retention_end", "spared", "reason"});
  CHECK(o.find("until")->text() == "2025-03-01");
  CHECK(o.find("spared")->text() == "false");
}
