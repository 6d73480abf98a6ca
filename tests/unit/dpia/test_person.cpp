#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>

#include <mbov/dpia/person.hpp>
#include "core/sql.hpp"
#include "testdb.hpp"

using namespace mbov;

namespace {
std::optional<std::string> needed(Session& s, std::int64_t person, const char* day) {
  return dpia::still_needed(s, person, Date::parse(day, "test"));
}
}  // namespace

TEST_CASE("still_needed (R-DPIA-5): each kind of role until the day it ends, one that starts later too") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec(R"sql(
    INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');
    INSERT INTO person (id, name) VALUES (1, 'contact'), (2, 'seat'), (3, 'holder'), (4, 'deputy'), (5, 'group'),
      (6, 'nothing'), (7, 'later');
    INSERT INTO contact (id, member, person, role, since, until) VALUES
      (1, '12AB', 1, 'representative', '2020-01-01', '2026-03-02'),
      (2, '12AB', 5, 'contact', '2020-01-01', '2025-01-01'),
      (3, '12AB', 6, 'contact', '2020-01-01', '2025-01-01');
    INSERT INTO board_seat (id, person, from_date, until) VALUES (4, 2, '2025-01-01', '2026-03-02');
    INSERT INTO role (id, role, scope, person, deputy, from_date, until) VALUES
      (5, 'mailbox-owner', 'support@', 3, 4, '2025-01-01', '2026-03-02'),
      (6, 'general-manager', '', 7, NULL, '2027-01-01', NULL);
    INSERT INTO group_member (id, grp, contact, from_date, until) VALUES (7, 'expert-group', 2, '2024-01-01', '2026-03-02');
  )sql");
  CHECK(needed(s, 1, "2026-03-01") == "contact 1 (representative of 12AB)");
  CHECK(needed(s, 2, "2026-03-01") == "board seat 4");
  CHECK(needed(s, 3, "2026-03-01") == "role 5 (mailbox-owner support@)");
  CHECK(needed(s, 4, "2026-03-01") == "deputy in role 5 (mailbox-owner support@)");
  CHECK(needed(s, 5, "2026-03-01") == "group membership 7 (expert-group)");
  CHECK(needed(s, 7, "2026-03-01") == "role 6 (general-manager)");
  CHECK_FALSE(needed(s, 6, "2026-03-01"));
  CHECK_FALSE(needed(s, 99, "2026-03-01"));
  // Each ends ON its until day: held the day before, no longer that day or after.
  for (std::int64_t person : {1, 2, 3, 4, 5}) {
    CHECK(needed(s, person, "2026-03-01"));
    CHECK_FALSE(needed(s, person, "2026-03-02"));
    CHECK_FALSE(needed(s, person, "2026-03-03"));
  }
}
