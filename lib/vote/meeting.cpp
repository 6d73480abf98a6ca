// Meetings and attendance (R-VOTE-2), members leaving (R-VOTE-10).
#include <fmt/format.h>
#include "core/msg.hpp"
#include <fmt/ranges.h>

#include <algorithm>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/spelling.hpp"
#include <mbov/vote/ballots.hpp>
#include "vote/store.hpp"
#include "vote/text.hpp"

namespace mbov::vote {

std::int64_t add_meeting(Session& s, const MeetingInput& in) {
  if (in.kind != "av" && in.kind != "board")
    fail_data(say("--kind {} is not av or board", in.kind));
  SQLite::Statement insert(sql(s), "INSERT INTO meeting (kind, date, title) VALUES (?, ?, ?)");
  insert.bind(1, in.kind);
  insert.bind(2, in.date.str());
  bind_opt(insert, 3, in.title);
  insert.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "meeting", std::to_string(id), "add",
                Object().add("kind", in.kind).add("date", in.date.str()).add("title", in.title));
  return id;
}

std::vector<MeetingSummary> list_meetings(Session& s, std::optional<int> year) {
  SQLite::Statement q(sql(s),
                      "SELECT id, date, kind, title,"
                      " (SELECT count(*) FROM attendance WHERE meeting = m.id),"
                      " (SELECT count(*) FROM motion WHERE meeting = m.id)"
                      " FROM meeting m WHERE ?1 IS NULL OR substr(date, 1, 4) = printf('%04d', ?1)"
                      " ORDER BY date, id");
  if (year) q.bind(1, *year);
  std::vector<MeetingSummary> rows;
  while (q.executeStep())
    rows.push_back({{q.getColumn(0).getInt64(), Date::parse(q.getColumn(1).getString(), "meeting date"),
                     q.getColumn(2).getString(), opt_text(q.getColumn(3))},
                    q.getColumn(4).getInt64(),
                    q.getColumn(5).getInt64()});
  return rows;
}

Object to_object(const MeetingSummary& m) {
  return Object()
      .add("id", m.meeting.id)
      .add("date", m.meeting.date.str())
      .add("kind", m.meeting.kind)
      .add("title", m.meeting.title)
      .add("present_count", m.present)
      .add("motions_count", m.motions);
}

Meeting find_meeting(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s), "SELECT date, kind, title FROM meeting WHERE id = ?");
  q.bind(1, meeting);
  if (!q.executeStep())
    fail_data(say("no meeting {}", meeting), {}, tr("see 'mbov vote meeting list'"));
  return {meeting, Date::parse(q.getColumn(0).getString(), "meeting date"), q.getColumn(1).getString(),
          opt_text(q.getColumn(2))};
}

std::string voting_member(Session& s, std::string_view code, Date date) {
  static const std::string text =
      fmt::format("SELECT code, joined, left_on, {} FROM member WHERE code = ?2", store::has_vote_on_1);
  SQLite::Statement& q = statement(s, text);  // once a ballot in an import
  q.bind(1, date.str());
  q.bind(2, std::string(trim(code)));
  if (!q.executeStep())
    fail_data(say("no member with code '{}'", trim(code)), {}, tr("see 'mbov member list --all'"));
  std::string registered = q.getColumn(0).getString();
  if (q.getColumn(3).getInt() == 1) return registered;
  if (q.getColumn(1).getString() > date.str())
    fail_data(say("member {} joined on {}, after the meeting of {}: it has no vote", registered,
                          human_date(Date::parse(q.getColumn(1).getString(), "joined")), human_date(date)),
              "R-VOTE-2");
  fail_data(say("member {} left on {} (its last day), before the meeting of {}: it has no vote", registered,
                        human_date(Date::parse(q.getColumn(2).getString(), "left")), human_date(date)),
            "R-VOTE-2");
}

namespace {

// Every code that is not in the register, each with the nearest registered code; all at once,
// so that a typo on the evening costs one retry, not one per typo.
void require_registered(Session& s, const std::vector<std::string>& codes) {
  std::vector<std::string> registered;
  SQLite::Statement all(sql(s), "SELECT code FROM member ORDER BY code");
  while (all.executeStep()) registered.push_back(all.getColumn(0).getString());
  std::vector<std::string> keys(registered.size());
  for (std::size_t i = 0; i < registered.size(); ++i) member_key(registered[i], keys[i]);
  std::vector<std::string> unknown;
  std::string key;
  for (const std::string& code : codes) {
    member_key(code, key);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    const std::string_view near = nearest(key, keys);
    std::string text = fmt::format("'{}'", trim(code));
    for (std::size_t i = 0; i < keys.size() && !near.empty(); ++i)
      if (keys[i].data() == near.data())
        text = say("'{}' (did you mean {}?)", trim(code), registered[i]);
    unknown.push_back(std::move(text));
  }
  if (!unknown.empty())
    fail_data(say("no member with code {}: nothing recorded", fmt::join(unknown, ", ")), {},
              tr("see 'mbov member list --all'"));
}

}  // namespace

void attend(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at) {
  const Date date = find_meeting(s, meeting).date;
  require_registered(s, codes);
  for (const std::string& code : codes) {
    const std::string member = voting_member(s, code, date);
    if (!store::is_present(s, meeting, member)) store::add_presence(s, meeting, member, "arrive", at, std::nullopt);
  }
}

std::vector<Ballot> leave(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at,
                          const std::optional<std::string>& reason) {
  const Date date = find_meeting(s, meeting).date;
  require_registered(s, codes);
  std::vector<std::string> members, absent;
  for (const std::string& code : codes) {
    members.push_back(voting_member(s, code, date));
    if (!store::is_present(s, meeting, members.back())) absent.push_back(members.back());
  }
  if (!absent.empty())
    fail_data(say("not present at meeting {}: {}", meeting, fmt::join(absent, ", ")), "R-VOTE-10",
              tr("see 'mbov vote status MEETING'"));
  std::vector<Ballot> lost;
  SQLite::Statement q(sql(s),
                      "SELECT b.id FROM ballot b JOIN motion m ON m.id = b.motion WHERE m.meeting = ? AND b.member = ?"
                      " AND m.closed_at IS NULL AND b.advance = 0 AND b.replaced_by IS NULL AND b.withdrawn_at IS NULL"
                      " ORDER BY b.id");
  for (const std::string& member : members) {
    store::add_presence(s, meeting, member, "leave", at, reason);
    q.bind(1, meeting);
    q.bind(2, member);
    while (q.executeStep()) lost.push_back(store::find_ballot(s, q.getColumn(0).getInt64()));
    q.reset();
  }
  return lost;
}

}  // namespace mbov::vote
