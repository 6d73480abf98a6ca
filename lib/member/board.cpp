// The board of the cooperative (R-VOTE-8): elected by the AV from the members' representatives,
// with a chair chosen among the sitting board.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/records.hpp>
#include <mbov/core/session.hpp>
#include <mbov/member/member.hpp>
#include "member/store.hpp"
#include <mbov/vote/vote.hpp>

namespace mbov::member {
namespace {

std::int64_t require_seat(Session& s, std::int64_t person, Date on) {
  require_person(s, person);
  auto seat = store::seat_of(s, person, on);
  if (!seat) fail_data(msg("person {} does not sit on the board on {}", person, human_date(on)), "R-VOTE-8",
                       msg("see 'mbov member board list'"));
  return *seat;
}

}  // namespace

const std::vector<std::string>& board_columns() {
  static const std::vector<std::string> columns{"id", "person", "name", "member", "from", "until", "chair", "motion"};
  return columns;
}

std::int64_t appoint(Session& s, const Appointment& a) {
  require_person(s, a.person);
  // R-VOTE-8: the AV elects the board from its midst, by an adopted motion of kind board.
  if (!store::represented_member(s, a.person, a.from))
    fail_data(msg("person {} is not a current representative of a current member", a.person), "R-VOTE-8",
              msg("the AV elects the board from the members' representatives ('mbov member contact add CODE ... --role representative')"));
  if (store::seat_of(s, a.person, a.from)) fail_data(msg("person {} already sits on the board", a.person), "R-VOTE-8");
  if (a.before_records) {
    require_before_records(s, a.from, "--from");
  } else {
    vote::Motion motion = vote::require_adopted(s, a.motion, vote::MotionKind::board, "R-VOTE-8");
    if (a.from < motion.date)
      fail_data(msg("--from {} is before the AV of {} that elected the person (motion {})", human_date(a.from),
                            human_date(motion.date), a.motion), "R-VOTE-8");
  }
  std::int64_t id = store::insert_seat(s, a);
  Object details;
  details.add("person", a.person).add("from", a.from.str());
  if (a.before_records) details.add("decided_before_records", true);
  else details.add("motion", a.motion);
  audit::record(s, "board_seat", std::to_string(id), "appoint", details);
  return id;
}

void leave_board(Session& s, std::int64_t person, Date on) {
  std::int64_t seat = require_seat(s, person, on);
  store::end_seat(s, seat, on);
  audit::record(s, "board_seat", std::to_string(seat), "leave", Object().add("person", person).add("on", on.str()));
}

// R-VOTE-8: the board chooses its chair among its members; there is one chair at a time. The
// chair's history only grows forward, so the minutes of a past meeting keep their chair (chair_on).
void choose_chair(Session& s, std::int64_t person, Date from) {
  std::int64_t seat = require_seat(s, person, from);
  if (auto latest = store::latest_chair_start(s); latest && *latest > from)
    fail_data(msg("--from {} is before the chair chosen from {}", from, *latest), "R-VOTE-8",
              msg("the chair's history only grows: give a day on or after it"));
  if (store::chair_seat(s, from) == seat) fail_data(msg("person {} is already the chair on {}", person, from), "R-VOTE-8");
  store::end_chairs(s, std::nullopt, from);
  store::insert_chair(s, seat, from);
  audit::record(s, "board_seat", std::to_string(seat), "chair",
                Object().add("person", person).add("from", from.str()));
}

std::vector<Seat> board(Session& s, bool all) { return store::seats(s, all, s.today); }

std::optional<Seat> chair_on(Session& s, Date on) {
  const std::optional<std::int64_t> seat = store::chair_seat(s, on);
  if (!seat) return std::nullopt;
  for (Seat& b : store::seats(s, true, on))
    if (b.id == *seat) return std::move(b);
  return std::nullopt;
}

std::vector<Seat> board_changes(Session& s, Date from, Date to) { return store::seats_changed(s, from, to, s.today); }

}  // namespace mbov::member
