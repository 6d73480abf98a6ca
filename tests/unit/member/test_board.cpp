#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "fixture.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::authority;
using test::contact;
using test::day;
using test::Decision;
using test::decided_motion;

namespace {
// Member 25AB with its representative (person 1), and 26CD (person 2), both voting members.
void register_two(Session& s) {
  member::add(s, authority("25AB"));
  member::add(s, authority("26CD"));
  member::add_contact(s, contact("25AB", "rep@example.nl", member::ContactRole::representative));
  member::add_contact(s, contact("26CD", "other@example.nl"));
}
const std::vector<std::string> voters{"25AB", "26CD"};
}  // namespace

TEST_CASE("R-VOTE-8: an appointment cites an adopted AV motion of kind board") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  register_two(s);
  std::int64_t elected = decided_motion(s, voters, "2025-06-01");
  std::int64_t budget = decided_motion(s, voters, "2025-06-02", {.kind = vote::MotionKind::budget, .year = 2026});
  std::int64_t rejected = decided_motion(s, voters, "2025-06-03", {.choice = vote::Choice::no});
  std::int64_t open = decided_motion(s, voters, "2025-06-04", {.close = false});
  std::int64_t board_meeting = decided_motion(s, voters, "2025-06-05", {.kind = vote::MotionKind::ordinary, .meeting_kind = vote::MeetingKind::board});
  for (std::int64_t motion : {budget, rejected, open, board_meeting, std::int64_t{999}})
    CHECK_THROWS_AS(member::appoint(s, {.person = 1, .from = day("2025-07-01"), .motion = motion}), Error);
  // Before the AV that elected the person: refused.
  CHECK_THROWS_AS(member::appoint(s, {.person = 1, .from = day("2025-05-31"), .motion = elected}), Error);
  CHECK(member::board(s, true).empty());
  std::int64_t seat = member::appoint(s, {.person = 1, .from = day("2025-06-01"), .motion = elected});
  std::vector<member::Seat> board = member::board(s, false);
  REQUIRE(board.size() == 1);
  CHECK(board[0].id == seat);
  CHECK(board[0].motion == elected);
  CHECK(board[0].member == std::optional<std::string>("25AB"));
  CHECK(!board[0].chair);
}

TEST_CASE("R-VOTE-8: only a current representative, once, the chair is one sitting member") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  register_two(s);
  std::int64_t elected = decided_motion(s, voters, "2025-06-01");
  // Person 2 is a contact, not a representative; person 9 does not exist.
  CHECK_THROWS_AS(member::appoint(s, {.person = 2, .from = day("2025-07-01"), .motion = elected}), Error);
  CHECK_THROWS_AS(member::appoint(s, {.person = 9, .from = day("2025-07-01"), .motion = elected}), Error);
  member::appoint(s, {.person = 1, .from = day("2025-07-01"), .motion = elected});
  CHECK_THROWS_AS(member::appoint(s, {.person = 1, .from = day("2025-08-01"), .motion = elected}), Error);
  CHECK_THROWS_AS(member::choose_chair(s, 2, s.today), Error);  // not on the board
  member::choose_chair(s, 1, s.today);
  CHECK(member::board(s, false)[0].chair);
  member::leave_board(s, 1, day("2026-03-01"));
  CHECK(member::board(s, false).empty());  // a seat ends ON its until day
  CHECK(!member::board(s, true)[0].chair);  // leaving ends the chair too
  CHECK_THROWS_AS(member::leave_board(s, 1, day("2026-03-02")), Error);
}

TEST_CASE("R-VOTE-8, R-GOV-3: the chair has a history, each chair stops when the next starts") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  register_two(s);
  member::add_contact(s, contact("26CD", "rep2@example.nl", member::ContactRole::representative));  // person 3
  std::int64_t elected = decided_motion(s, voters, "2025-06-01");
  std::int64_t a = member::appoint(s, {.person = 1, .from = day("2025-07-01"), .motion = elected});
  std::int64_t b = member::appoint(s, {.person = 3, .from = day("2025-07-01"), .motion = elected});
  CHECK(!member::chair_on(s, day("2025-07-01")));
  member::choose_chair(s, 1, day("2025-07-01"));
  member::choose_chair(s, 3, day("2026-01-10"));
  CHECK(member::chair_on(s, day("2025-07-01"))->id == a);
  CHECK(member::chair_on(s, day("2026-01-09"))->id == a);  // the day before
  CHECK(member::chair_on(s, day("2026-01-10"))->id == b);  // the day of
  CHECK(member::chair_on(s, day("2026-01-11"))->id == b);  // the day after
  CHECK(!member::chair_on(s, day("2025-06-30")));
  CHECK(member::board(s, false)[0].id == b);  // chair first, today
  CHECK(member::board(s, false)[0].chair);
  // The history only grows; the chair is not chosen twice; a chair sits on the board that day.
  CHECK_THROWS_AS(member::choose_chair(s, 1, day("2026-01-09")), Error);
  CHECK_THROWS_AS(member::choose_chair(s, 3, day("2026-02-01")), Error);
  try {  // translated where printed (they were English in every language)
    member::choose_chair(s, 1, day("2026-01-09"));
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "--from 2026-01-09 is before the chair chosen from 2026-01-10");
    if (std::getenv("MBOV_LOCALEDIR")) {
      CHECK(render(e.message(), Language::nl) == "--from 9 januari 2026 ligt voor de voorzitter die gekozen is vanaf 10 januari 2026");
      CHECK(render(e.hint(), Language::nl) == "de voorzitters volgen elkaar alleen op: geef die dag of een latere");
    }
  }
  try {
    member::choose_chair(s, 3, day("2026-02-01"));
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "person 3 is already the chair on 2026-02-01");
    if (std::getenv("MBOV_LOCALEDIR")) CHECK(render(e.message(), Language::nl) == "persoon 3 is op 1 februari 2026 al voorzitter");
  }
  CHECK_THROWS_AS(member::choose_chair(s, 1, day("2025-06-30")), Error);
  // Leaving ends the chair; the board has none from that day.
  member::leave_board(s, 3, day("2026-02-01"));
  CHECK(member::chair_on(s, day("2026-01-31"))->id == b);
  CHECK(!member::chair_on(s, day("2026-02-01")));
}

TEST_CASE("R-VOTE-8: board_changes: seats begun or ended in the period, chair when a chair period shares a day with it") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  register_two(s);
  member::NewContact second = contact("26CD", "rep2@example.nl");  // person 3, a representative as person 1 is
  second.role = member::contacts(s, {.member = "25AB"})[0].role;
  member::add_contact(s, second);
  std::int64_t elected = decided_motion(s, voters, "2025-06-01");
  std::int64_t a = member::appoint(s, {.person = 1, .from = day("2025-07-01"), .motion = elected});
  std::int64_t b = member::appoint(s, {.person = 3, .from = day("2025-07-01"), .motion = elected});
  member::choose_chair(s, 3, day("2025-12-31"));
  member::choose_chair(s, 1, day("2025-12-31"));  // person 3's period: no day at all
  member::choose_chair(s, 3, day("2026-01-10"));  // person 1 chairs through 9 January
  member::leave_board(s, 1, day("2026-02-01"));
  const auto changes = [&](const char* from, const char* to) {
    std::vector<std::pair<std::int64_t, bool>> out;
    for (const member::Seat& seat : member::board_changes(s, day(from), day(to))) out.emplace_back(seat.id, seat.chair);
    return out;
  };
  using Changes = std::vector<std::pair<std::int64_t, bool>>;
  CHECK(changes("2025-01-01", "2026-01-01") == Changes{{a, true}, {b, false}});  // b chairs from 10 January on
  CHECK(changes("2026-01-01", "2027-01-01") == Changes{{a, true}});  // a left: a change; b began before
  CHECK(changes("2026-01-10", "2027-01-01") == Changes{{a, false}});  // a's chair ended ON 10 January
  CHECK(changes("2025-07-02", "2026-01-01").empty());
  const member::Seat seat = member::board_changes(s, day("2025-01-01"), day("2026-01-01"))[0];
  CHECK(seat.person == 1);
  CHECK(seat.name == std::optional<std::string>("Anna"));
  CHECK(seat.from == day("2025-07-01"));
  CHECK(seat.until == day("2026-02-01"));
  CHECK(seat.motion == elected);
  CHECK(seat.member == std::optional<std::string>("25AB"));
}
