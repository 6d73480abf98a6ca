// Ballots: in person or in advance (R-VOTE-2, 5, 6), one at a time or from a CSV file.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/audit.hpp"
#include "core/sql.hpp"
#include "vote/ballots.hpp"
#include "core/error.hpp"
#include "core/session.hpp"
#include "vote/vote.hpp"

namespace mbov::vote {
namespace {

bool is_present(Session& s, std::int64_t meeting, const std::string& member) {
  SQLite::Statement& q = statement(s, "SELECT 1 FROM attendance WHERE meeting = ? AND member = ?");
  q.bind(1, meeting);
  q.bind(2, member);
  return q.executeStep();
}

void require_open(const Motion& m) {
  if (m.closed_at)
    fail_data(fmt::format("motion {} is closed: no ballots after {}", m.id,
                          Timestamp::parse(*m.closed_at, "closed_at").local()),
              "R-VOTE-6");
}

struct Previous {
  std::int64_t id = 0;
  std::string choice;
  bool advance = false;
};

std::optional<Previous> ballot_of(Session& s, std::int64_t motion, const std::string& member) {
  SQLite::Statement& q = statement(s,
                      "SELECT id, choice, advance FROM ballot WHERE motion = ? AND member = ? AND replaced_by IS NULL");
  q.bind(1, motion);
  q.bind(2, member);
  if (!q.executeStep()) return std::nullopt;
  return Previous{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt() == 1};
}

}  // namespace

std::int64_t cast(Session& s, std::int64_t motion, const BallotInput& in) {
  const Motion m = find_motion(s, motion);
  require_open(m);
  const std::string member = voting_member(s, in.member, m.date);
  if (in.advance && in.at.local_date() > m.date)
    fail_data(fmt::format("an advance ballot is cast before the meeting of {}, not at {}", m.date.str(), in.at.local()),
              "R-VOTE-5", "vote in person at the meeting, or give --at");
  if (!in.advance && !is_present(s, m.meeting, member))
    fail_data(fmt::format("member {} is not present at meeting {}", member, m.meeting), "R-VOTE-2",
              fmt::format("record it with 'mbov vote attend {} {}', or cast with --advance before the meeting",
                          m.meeting, member));

  const std::optional<Previous> previous = ballot_of(s, motion, member);
  // R-VOTE-5: only an in-person ballot replaces an advance one, and only when the policy says so.
  const bool replaces = previous && previous->advance && !in.advance && s.policy.vote.in_person_overrides_advance;
  if (previous && !replaces)
    fail_data(fmt::format("member {} already has {} ballot on motion {} ({})", member,
                          previous->advance ? "an advance" : "a", motion, previous->choice),
              "R-VOTE-6",
              previous->advance && !in.advance ? "the policy's vote.in_person_overrides_advance is false" : "");

  SQLite::Statement& insert = statement(s, "INSERT INTO ballot (motion, member, choice, advance, cast_at) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, motion);
  insert.bind(2, member);
  insert.bind(3, std::string(choice_name(in.choice)));
  insert.bind(4, in.advance ? 1 : 0);
  insert.bind(5, in.at.utc());
  insert.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "ballot", std::to_string(id), "cast",
                Object().add("motion", motion).add("member", member).add("choice", choice_name(in.choice))
                    .add("advance", in.advance).add("at", in.at.utc()));
  if (replaces) {
    SQLite::Statement& update = statement(s, "UPDATE ballot SET replaced_by = ? WHERE id = ?");
    update.bind(1, id);
    update.bind(2, previous->id);
    update.exec();
    audit::record(s, "ballot", std::to_string(previous->id), "replace",
                  Object().add("motion", motion).add("member", member).add("advance_choice", previous->choice)
                      .add("in_person_choice", choice_name(in.choice)).add("replaced_by", id));
  }
  return id;
}

std::int64_t import_ballots(Session& s, std::int64_t motion, std::istream& in, const std::string& source) {
  require_open(find_motion(s, motion));
  CsvReader csv(in, source);
  BallotReader ballots(csv);
  std::int64_t count = 0;
  while (ballots.next()) {
    try {
      cast(s, motion, {std::string(ballots.member()), ballots.choice(), ballots.advance(), s.now});
    } catch (const Error& e) {
      ballots.fail(e.rule().empty() ? e.what() : e.rule() + ": " + e.what());
    }
    ++count;
  }
  return count;
}

std::vector<Object> list_ballots(Session& s, std::int64_t motion) {
  find_motion(s, motion);
  SQLite::Statement q(sql(s),
                      "SELECT member, choice, advance, cast_at FROM ballot"
                      " WHERE motion = ? AND replaced_by IS NULL ORDER BY member");
  q.bind(1, motion);
  std::vector<Object> rows;
  while (q.executeStep()) {
    Object o;
    o.add("member", q.getColumn(0).getString())
        .add("choice", q.getColumn(1).getString())
        .add("advance", q.getColumn(2).getInt() == 1)
        .add("at", Timestamp::parse(q.getColumn(3).getString(), "cast_at").local());
    rows.push_back(std::move(o));
  }
  return rows;
}

}  // namespace mbov::vote
