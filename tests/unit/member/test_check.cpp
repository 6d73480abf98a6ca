#include <doctest/doctest.h>

#include "fixture.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::authority;
using test::contact;
using test::count;
using test::day;

TEST_CASE("member check: R-MEM-3 thresholds come from the policy, former members do not count") {
  test::TestDb t("2026-03-01");
  t.how.policy.member.contacts_min = 2;
  t.how.policy.member.contacts_preferred = 3;
  Session s = t.write();
  member::add(s, authority("25AB", "2026-01-01"));
  member::add_contact(s, contact("25AB", "a@example.nl"));
  CheckReport r = member::check(s);
  CHECK(count(r, "R-MEM-3", Severity::critical) == 1);
  CHECK(count(r, "R-MEM-5", Severity::warning) == 1);
  CHECK(count(r, "R-MEM-4", Severity::warning) == 0);
  member::add_contact(s, contact("25AB", "b@example.nl"));
  CHECK(count(member::check(s), "R-MEM-3", Severity::warning) == 1);
  member::leave(s, "25AB", day("2026-02-28"));
  CHECK(member::check(s).findings.empty());
}

TEST_CASE("member check: R-MEM-4 follows R-CON-8 with the member warn window, not yet joined is skipped") {
  test::TestDb t("2026-03-01");
  t.how.policy.member.warn_days = 10;
  Session s = t.write();
  member::add(s, authority("25AB", "2025-03-11"));  // due 2026-03-11: 10 days, a warning
  member::add(s, authority("26CD", "2025-03-12"));  // due 2026-03-12: fine
  member::add(s, authority("27EF", "2025-02-28"));  // due 2026-02-28: overdue
  member::add(s, authority("28GH", "2026-03-02"));  // not yet a member
  CheckReport r = member::check(s);
  CHECK(count(r, "R-MEM-4", Severity::warning) == 1);
  CHECK(count(r, "R-MEM-4", Severity::critical) == 1);
  CHECK(count(r, "R-MEM-5", Severity::warning) == 3);
}

TEST_CASE("member check: R-VOTE-8 board size, chair and representatives") {
  test::TestDb t("2026-03-01");
  t.how.policy.board.size = 2;
  Session s = t.write();
  member::add(s, authority("25AB"));
  member::add(s, authority("26CD"));
  member::add_contact(s, contact("25AB", "a@example.nl", member::ContactRole::representative));
  member::add_contact(s, contact("26CD", "b@example.nl", member::ContactRole::representative));
  CHECK(count(member::check(s), "R-VOTE-8", Severity::critical) == 1);  // no board at all
  std::int64_t elected = test::decided_motion(s, {"25AB", "26CD"}, "2025-06-01");
  member::appoint(s, {.person = 1, .from = day("2025-07-01"), .motion = elected});
  member::appoint(s, {.person = 2, .from = day("2025-07-01"), .motion = elected});
  CheckReport r = member::check(s);
  CHECK(count(r, "R-VOTE-8", Severity::critical) == 1);  // the board has no chair
  member::choose_chair(s, 1, s.today);
  CHECK(count(member::check(s), "R-VOTE-8", Severity::critical) == 0);
  member::remove_contact(s, 2, day("2026-03-01"));  // no longer a representative: R-MEM-7, a violation
  CHECK(count(member::check(s), "R-VOTE-8", Severity::critical) == 1);
}
