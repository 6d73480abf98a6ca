#include "vote/store.hpp"
#include "core/msg.hpp"

#include <fmt/format.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>

namespace mbov::vote::store {

std::vector<std::string> present_members(Session& s, std::int64_t meeting, std::optional<std::int64_t> upto) {
  // Recording order (the row id), never clock times: the last record up to `upto` decides.
  SQLite::Statement q(sql(s),
                      "SELECT p.member FROM presence p WHERE p.meeting = ?1 AND p.event = 'arrive' AND p.id ="
                      " (SELECT max(id) FROM presence x WHERE x.meeting = ?1 AND x.member = p.member"
                      " AND (?2 IS NULL OR x.id <= ?2)) ORDER BY p.member");
  q.bind(1, meeting);
  if (upto) q.bind(2, *upto);
  std::vector<std::string> codes;
  while (q.executeStep()) codes.push_back(q.getColumn(0).getString());
  return codes;
}

std::vector<std::string> attended_by(Session& s, std::int64_t meeting, Timestamp closed_at) {
  SQLite::Statement q(sql(s), "SELECT member FROM attendance WHERE meeting = ? AND since <= ? ORDER BY member");
  q.bind(1, meeting);
  q.bind(2, closed_at.utc());
  std::vector<std::string> codes;
  while (q.executeStep()) codes.push_back(q.getColumn(0).getString());
  return codes;
}

bool is_present(Session& s, std::int64_t meeting, const std::string& member) {
  SQLite::Statement& q =
      statement(s, "SELECT event FROM presence WHERE meeting = ? AND member = ? ORDER BY id DESC LIMIT 1");
  q.bind(1, meeting);
  q.bind(2, member);
  return q.executeStep() && q.getColumn(0).getString() == "arrive";
}

std::int64_t last_presence(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s), "SELECT coalesce(max(id), 0) FROM presence WHERE meeting = ?");
  q.bind(1, meeting);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

void add_presence(Session& s, std::int64_t meeting, const std::string& member, std::string_view event, Timestamp at,
                  const std::optional<std::string>& reason) {
  SQLite::Statement insert(sql(s), "INSERT INTO presence (meeting, member, event, at, reason) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, meeting);
  insert.bind(2, member);
  insert.bind(3, std::string(event));
  insert.bind(4, at.utc());
  bind_opt(insert, 5, reason);
  insert.exec();
  if (event == "arrive") {  // attendance: who attended at all, since its first arrival (reports)
    SQLite::Statement first(sql(s), "INSERT OR IGNORE INTO attendance (meeting, member, since) VALUES (?, ?, ?)");
    first.bind(1, meeting);
    first.bind(2, member);
    first.bind(3, at.utc());
    first.exec();
  }
  audit::record(s, "meeting", std::to_string(meeting), event == "arrive" ? "attend" : "leave",
                Object().add("member", member).add("at", at.utc()).add("reason", reason));
}

Choice choice_of(const std::string& stored) {
  if (stored == "yes") return Choice::yes;
  if (stored == "no") return Choice::no;
  return Choice::abstain;
}

Ballot find_ballot(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT motion, member, choice, advance, cast_at FROM ballot WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) fail_data(say("no ballot {}", id), {}, tr("see 'mbov vote ballots MOTION --format json'"));
  return {id, q.getColumn(0).getInt64(), q.getColumn(1).getString(), choice_of(q.getColumn(2).getString()),
          q.getColumn(3).getInt() == 1, Timestamp::parse(q.getColumn(4).getString(), "cast_at")};
}

void require_open(const Motion& m, const char* refused, const char* rule) {
  if (m.closed_at)
    // fmt::runtime: a msgid chosen at run time (a condition, a table of N_ messages).
    fail_data(fmt::format(fmt::runtime(tr(refused)), m.id, m.closed_at->local()), rule,
              say("a closed motion is never reopened: put a re-vote with "
                                          "'mbov vote motion add {} --title T --repeats {}'",
                          m.meeting, m.id));
}

void save_result(Session& s, std::int64_t motion, const Tally& t) {
  SQLite::Statement q(sql(s),
                      "INSERT INTO motion_result (motion, base, present, advance, members, yes, no, abstain, required,"
                      " quorum_met, consensus, adopted, rule, threshold, base_rule, consensus_rule, quorum,"
                      " in_person_overrides_advance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int i = 0;
  q.bind(++i, motion);
  for (std::int64_t n : {t.base, t.turnout.present, t.turnout.advance, t.turnout.members, t.turnout.yes, t.turnout.no,
                         t.turnout.abstain, t.required})
    q.bind(++i, n);
  for (bool b : {t.quorum_met, t.consensus, t.adopted}) q.bind(++i, b ? 1 : 0);
  q.bind(++i, t.rule);
  q.bind(++i, t.policy.threshold.str());
  q.bind(++i, t.policy.base);
  q.bind(++i, t.policy.consensus);
  q.bind(++i, t.policy.quorum);
  q.bind(++i, t.policy.in_person_overrides_advance ? 1 : 0);
  q.exec();
}

std::optional<Tally> load_result(Session& s, std::int64_t motion) {
  SQLite::Statement q(sql(s),
                      "SELECT base, present, advance, members, yes, no, abstain, required, quorum_met, consensus,"
                      " adopted, rule, threshold, base_rule, consensus_rule, quorum, in_person_overrides_advance"
                      " FROM motion_result WHERE motion = ?");
  q.bind(1, motion);
  if (!q.executeStep()) return std::nullopt;
  Tally t;
  const auto n = [&](int c) { return q.getColumn(c).getInt64(); };
  t.base = n(0);
  t.turnout = {.present = n(1), .advance = n(2), .members = n(3), .yes = n(4), .no = n(5), .abstain = n(6)};
  t.required = n(7);
  t.margin = t.turnout.yes - t.required;
  t.quorum_met = n(8) == 1;
  t.consensus = n(9) == 1;
  t.adopted = n(10) == 1;
  t.rule = q.getColumn(11).getString();
  t.policy = s.policy.vote;
  t.policy.threshold = parse_fraction(q.getColumn(12).getString());
  t.policy.base = q.getColumn(13).getString();
  t.policy.consensus = q.getColumn(14).getString();
  t.policy.quorum = static_cast<int>(n(15));
  t.policy.in_person_overrides_advance = n(16) == 1;
  return t;
}

}  // namespace mbov::vote::store
