// Tests for lib/member/confirm.cpp (R-MEM-4): when a member's contacts are due for confirmation,
// against the months of the policy counted by hand, and a confirmation recorded or refused.
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include <mbov/core/records.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include <mbov/member/member.hpp>
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using test::exit_of;

TEST_CASE("R-MEM-4: due contact_confirmation_months after the last confirmation, else after joining") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  REQUIRE(s.policy.member.contact_confirmation_months == 12);
  CHECK(member::confirmation_due(s, test::d("2024-05-15"), std::nullopt) == test::d("2025-05-15"));
  CHECK(member::confirmation_due(s, test::d("2024-05-15"), test::d("2025-09-30")) == test::d("2026-09-30"));
  // A month's last day clamps: 29 February plus a year is 28 February.
  CHECK(member::confirmation_due(s, test::d("2024-02-29"), std::nullopt) == test::d("2025-02-28"));
  // R-GEN-2: counted at the earliest from the day the records begin.
  set_records_from(s, test::d("2025-01-01"));
  CHECK(member::confirmation_due(s, test::d("2020-01-01"), std::nullopt) == test::d("2026-01-01"));
  CHECK(member::confirmation_due(s, test::d("2025-04-01"), std::nullopt) == test::d("2026-04-01"));
}

TEST_CASE("R-MEM-4: the months come from the policy, not a literal") {
  test::TestDb t("2026-03-01");
  t.how.policy.member.contact_confirmation_months = 6;
  Session s = t.write();
  CHECK(member::confirmation_due(s, test::d("2025-08-31"), std::nullopt) == test::d("2026-02-28"));
}

TEST_CASE("confirm: recorded for the member as stored, and its due date moves, and before joining or unknown refused") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2024-05-15')");
  CHECK(member::show(s, "25LZ").member.confirmation_due == test::d("2025-05-15"));
  member::confirm(s, {.member = "25lz", .on = test::d("2026-02-01")});
  const member::Member m = member::show(s, "25LZ").member;
  CHECK(m.last_confirmed == test::d("2026-02-01"));
  CHECK(m.confirmation_due == test::d("2027-02-01"));
  CHECK(exit_of([&] { member::confirm(s, {.member = "25LZ", .on = test::d("2024-05-14")}); }) == Exit::data);
  CHECK(exit_of([&] { member::confirm(s, {.member = "99QQ", .on = test::d("2026-02-01")}); }) == Exit::data);
  SQLite::Statement q(sql(s), "SELECT count(*), max(member) FROM confirmation");
  REQUIRE(q.executeStep());
  CHECK(q.getColumn(0).getInt64() == 1);  // the refused ones stored nothing
  CHECK(q.getColumn(1).getString() == "25LZ");
}
