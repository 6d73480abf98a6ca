// Meetings and attendance (R-VOTE-2).
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/audit.hpp"
#include "core/sql.hpp"
#include "core/error.hpp"
#include "core/session.hpp"
#include "vote/vote.hpp"

namespace mbov::vote {

std::int64_t add_meeting(Session& s, const MeetingInput& in) {
  if (in.kind != "av" && in.kind != "board")
    fail_data(fmt::format("--kind {} is not av or board", in.kind));
  SQLite::Statement insert(sql(s), "INSERT INTO meeting (kind, date, title) VALUES (?, ?, ?)");
  insert.bind(1, in.kind);
  insert.bind(2, in.date.str());
  if (in.title) insert.bind(3, *in.title);
  insert.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "meeting", std::to_string(id), "add",
                Object().add("kind", in.kind).add("date", in.date.str()).add("title", in.title));
  return id;
}

std::vector<Object> list_meetings(Session& s, std::optional<int> year) {
  SQLite::Statement q(sql(s),
                      "SELECT id, date, kind, title,"
                      " (SELECT count(*) FROM attendance WHERE meeting = m.id),"
                      " (SELECT count(*) FROM motion WHERE meeting = m.id)"
                      " FROM meeting m WHERE ?1 IS NULL OR substr(date, 1, 4) = printf('%04d', ?1)"
                      " ORDER BY date, id");
  if (year) q.bind(1, *year);
  std::vector<Object> rows;
  while (q.executeStep()) {
    Object o;
    o.add("id", q.getColumn(0).getInt64())
        .add("date", q.getColumn(1).getString())
        .add("kind", q.getColumn(2).getString())
        .add("title", q.getColumn(3).isNull() ? Value() : Value(q.getColumn(3).getString()))
        .add("present", q.getColumn(4).getInt64())
        .add("motions", q.getColumn(5).getInt64());
    rows.push_back(std::move(o));
  }
  return rows;
}

Meeting find_meeting(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s), "SELECT date, kind FROM meeting WHERE id = ?");
  q.bind(1, meeting);
  if (!q.executeStep())
    fail_data(fmt::format("no meeting {}", meeting), {}, "see 'mbov vote meeting list'");
  return {meeting, Date::parse(q.getColumn(0).getString(), "meeting date"), q.getColumn(1).getString()};
}

namespace {
// R-VOTE-2: a member has a vote from the day it joined until the day it left (that day not).
constexpr const char* has_vote_on_1 = "(joined <= ?1 AND (left_on IS NULL OR left_on > ?1))";
}  // namespace

std::string voting_member(Session& s, std::string_view code, Date date) {
  SQLite::Statement& q = statement(s, fmt::format("SELECT code, joined, left_on, {} FROM member WHERE code = ?2", has_vote_on_1));
  q.bind(1, date.str());
  q.bind(2, std::string(code));
  if (!q.executeStep()) fail_data(fmt::format("no member {}", code), {}, "see 'mbov member list --all'");
  std::string registered = q.getColumn(0).getString();
  if (q.getColumn(3).getInt() == 1) return registered;
  if (q.getColumn(1).getString() > date.str())
    fail_data(fmt::format("member {} joined on {}, after the meeting of {}: it has no vote", registered,
                          q.getColumn(1).getString(), date.str()),
              "R-VOTE-2");
  fail_data(fmt::format("member {} left on {}, on or before the meeting of {}: it has no vote", registered,
                        q.getColumn(2).getString(), date.str()),
            "R-VOTE-2");
}

std::int64_t voting_members(Session& s, Date date) {
  SQLite::Statement q(sql(s), fmt::format("SELECT count(*) FROM member WHERE {}", has_vote_on_1));
  q.bind(1, date.str());
  q.executeStep();
  return q.getColumn(0).getInt64();
}

void attend(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at) {
  const Date date = find_meeting(s, meeting).date;
  SQLite::Statement insert(sql(s), "INSERT OR IGNORE INTO attendance (meeting, member, since) VALUES (?, ?, ?)");
  for (const std::string& code : codes) {
    const std::string member = voting_member(s, code, date);
    insert.bind(1, meeting);
    insert.bind(2, member);
    insert.bind(3, at.utc());
    const bool added = insert.exec() > 0;
    insert.reset();
    if (added) audit::record(s, "meeting", std::to_string(meeting), "attend", Object().add("member", member).add("since", at.utc()));
  }
}

}  // namespace mbov::vote
