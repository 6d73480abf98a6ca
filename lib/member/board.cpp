// The board of the cooperative (R-VOTE-8): elected from the members' representatives, with a
// chair chosen among the sitting board.
#include <fmt/format.h>

#include "core/keys.hpp"
#include "core/audit.hpp"
#include "core/sql.hpp"
#include "core/error.hpp"
#include "member/member.hpp"
#include "member/store.hpp"
#include "core/session.hpp"

namespace mbov::member {
namespace {

// The member a person currently represents, if any (R-VOTE-8: the board comes from the AV's midst).
std::optional<std::string> represented_member(Session& s, std::int64_t person, Date on) {
  SQLite::Statement q(sql(s), fmt::format("SELECT c.member FROM contact c JOIN member m ON m.code = c.member "
                                        "WHERE c.person = :p AND c.role = 'representative' AND {} AND {} LIMIT 1",
                                        current_role, current_member));
  q.bind(":p", person);
  q.bind(":t", on.str());
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

// The seat a person holds on `on`, if any.
std::optional<std::int64_t> seat_of(Session& s, std::int64_t person, Date on) {
  SQLite::Statement q(sql(s), "SELECT id FROM board_seat WHERE person = ? AND from_date <= ? AND (until IS NULL OR until > ?)");
  q.bind(1, person);
  q.bind(2, on.str());
  q.bind(3, on.str());
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::int64_t require_seat(Session& s, std::int64_t person, Date on) {
  require_person(s, person);
  auto seat = seat_of(s, person, on);
  if (!seat) fail_data(fmt::format("person {} does not sit on the board on {}", person, on.str()), "R-VOTE-8",
                       "see 'mbov member board list'");
  return *seat;
}

}  // namespace

std::int64_t appoint(Session& s, std::int64_t person, Date from, std::optional<std::int64_t> motion) {
  require_person(s, person);
  if (!represented_member(s, person, from))
    fail_data(fmt::format("person {} is not a current representative of a current member", person), "R-VOTE-8",
              "the AV elects the board from the members' representatives ('mbov member contact add CODE ... --role representative')");
  if (seat_of(s, person, from)) fail_data(fmt::format("person {} already sits on the board", person), "R-VOTE-8");
  if (motion) {
    SQLite::Statement q(sql(s), "SELECT 1 FROM motion WHERE id = ?");
    q.bind(1, *motion);
    if (!q.executeStep()) fail_data(fmt::format("no motion with id {}", *motion), {}, "see 'mbov vote motion list'");
  }
  SQLite::Statement ins(sql(s), "INSERT INTO board_seat (person, from_date, motion) VALUES (?, ?, ?)");
  ins.bind(1, person);
  ins.bind(2, from.str());
  if (motion) ins.bind(3, *motion);
  ins.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "board_seat", std::to_string(id), "appoint",
                Object().add("person", person).add("from", from.str()).add("motion", motion));
  return id;
}

void leave_board(Session& s, std::int64_t person, Date on) {
  std::int64_t seat = require_seat(s, person, on);
  SQLite::Statement q(sql(s), "UPDATE board_seat SET until = ?, chair = 0 WHERE id = ?");
  q.bind(1, on.str());
  q.bind(2, seat);
  q.exec();
  audit::record(s, "board_seat", std::to_string(seat), "leave", Object().add("person", person).add("on", on.str()));
}

// R-VOTE-8: the board chooses its chair among its members; there is one chair at a time.
void choose_chair(Session& s, std::int64_t person) {
  std::int64_t seat = require_seat(s, person, s.today);
  SQLite::Statement q(sql(s), "UPDATE board_seat SET chair = (id = ?) WHERE chair = 1 OR id = ?");
  q.bind(1, seat);
  q.bind(2, seat);
  q.exec();
  audit::record(s, "board_seat", std::to_string(seat), "chair", Object().add("person", person));
}

std::vector<Object> board(Session& s, bool all) {
  SQLite::Statement q(sql(s), fmt::format(R"(
    SELECT b.id, b.person, p.name,
      (SELECT c.member FROM contact c WHERE c.person = b.person AND c.role = 'representative' AND {}
        ORDER BY c.id DESC LIMIT 1),
      b.from_date, b.until, b.chair, b.motion
    FROM board_seat b JOIN person p ON p.id = b.person
    WHERE :all OR (b.from_date <= :t AND (b.until IS NULL OR b.until > :t))
    ORDER BY b.chair DESC, b.from_date, b.id)", current_role));
  q.bind(":all", all ? 1 : 0);
  q.bind(":t", s.today.str());
  std::vector<Object> out;
  while (q.executeStep())
    out.push_back(Object()
                      .add("id", q.getColumn(0).getInt64())
                      .add("person", q.getColumn(1).getInt64())
                      .add("name", text_or_null(q.getColumn(2)))
                      .add("member", text_or_null(q.getColumn(3)))
                      .add("from", q.getColumn(4).getString())
                      .add("until", text_or_null(q.getColumn(5)))
                      .add("chair", q.getColumn(6).getInt() == 1)
                      .add("motion", q.getColumn(7).isNull() ? Value() : Value(q.getColumn(7).getInt64())));
  return out;
}

}  // namespace mbov::member
