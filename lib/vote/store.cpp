#include "vote/store.hpp"
#include "core/as_of.hpp"
#include "member/store.hpp"
#include <mbov/core/msg.hpp>

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

std::vector<Attendance> attendance(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s),
                      "SELECT a.member, m.name, a.since,"
                      " (SELECT max(l.at) FROM presence l WHERE l.meeting = a.meeting AND l.member = a.member AND l.event = 'leave'"
                      "   AND NOT EXISTS (SELECT 1 FROM presence b WHERE b.meeting = l.meeting AND b.member = l.member"
                      "                   AND b.event = 'arrive' AND b.id > l.id))"
                      " FROM attendance a JOIN member m ON m.code = a.member WHERE a.meeting = ? ORDER BY a.member");
  q.bind(1, meeting);
  std::vector<Attendance> out;
  while (q.executeStep()) {
    Attendance a{.member = q.getColumn(0).getString(),
                 .name = q.getColumn(1).getString(),
                 .since = Timestamp::parse(q.getColumn(2).getString(), "attendance.since")};
    if (!q.getColumn(3).isNull()) a.left_at = Timestamp::parse(q.getColumn(3).getString(), "presence.at");
    out.push_back(std::move(a));
  }
  return out;
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
  if (!q.executeStep()) fail_data(msg("no ballot {}", id), {}, msg("see 'mbov vote ballots MOTION --format json'"));
  return {id, q.getColumn(0).getInt64(), q.getColumn(1).getString(), choice_of(q.getColumn(2).getString()),
          q.getColumn(3).getInt() == 1, Timestamp::parse(q.getColumn(4).getString(), "cast_at")};
}

void require_open(const Motion& m, fmt::format_string<std::int64_t, std::string> refused, const char* rule) {
  if (m.closed_at)
    fail_data(msg(refused, m.id, m.closed_at->local()), rule,
              msg("a closed motion is never reopened: put a re-vote with "
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
  q.bind(++i, std::string(vote_base_name(t.policy.base)));
  q.bind(++i, std::string(consensus_name(t.policy.consensus)));
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
  t.policy.base = parse_vote_base(q.getColumn(13).getString(), "motion_result.base_rule");
  t.policy.consensus = parse_consensus(q.getColumn(14).getString(), "motion_result.consensus_rule");
  t.policy.quorum = static_cast<int>(n(15));
  t.policy.in_person_overrides_advance = n(16) == 1;
  return t;
}

namespace {

// The first column of every row, as ids.
std::vector<std::int64_t> ids_of(SQLite::Statement& q) {
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

}  // namespace

std::optional<Ballot> live_ballot(Session& s, std::int64_t motion, const std::string& member) {
  SQLite::Statement& q = statement(s, "SELECT id FROM ballot WHERE motion = ? AND member = ? AND replaced_by IS NULL"
                                      " AND withdrawn_at IS NULL");
  q.bind(1, motion);
  q.bind(2, member);
  if (!q.executeStep()) return std::nullopt;
  return find_ballot(s, q.getColumn(0).getInt64());
}

std::int64_t insert_ballot(Session& s, std::int64_t motion, const std::string& member, Choice choice, bool advance,
                           Timestamp at) {
  SQLite::Statement& insert = statement(s, "INSERT INTO ballot (motion, member, choice, advance, cast_at) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, motion);
  insert.bind(2, member);
  insert.bind(3, std::string(choice_name(choice)));
  insert.bind(4, advance ? 1 : 0);
  insert.bind(5, at.utc());
  insert.exec();
  return sql(s).getLastInsertRowid();
}

void set_replaced_by(Session& s, std::int64_t ballot, std::optional<std::int64_t> by) {
  SQLite::Statement update(sql(s), "UPDATE ballot SET replaced_by = ? WHERE id = ?");
  if (by) update.bind(1, *by);
  update.bind(2, ballot);
  update.exec();
}

BallotEnd ballot_end(Session& s, std::int64_t ballot) {
  SQLite::Statement state(sql(s), "SELECT replaced_by, withdrawn_at FROM ballot WHERE id = ?");
  state.bind(1, ballot);
  state.executeStep();
  return {!state.getColumn(0).isNull(), !state.getColumn(1).isNull()};
}

void set_withdrawn(Session& s, std::int64_t ballot, Timestamp at, const std::string& reason) {
  SQLite::Statement update(sql(s), "UPDATE ballot SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?");
  update.bind(1, at.utc());
  update.bind(2, reason);
  update.bind(3, ballot);
  update.exec();
}

std::optional<std::int64_t> replaced_by(Session& s, std::int64_t ballot) {
  SQLite::Statement replaced(sql(s), "SELECT id FROM ballot WHERE replaced_by = ?");
  replaced.bind(1, ballot);
  if (!replaced.executeStep()) return std::nullopt;
  return replaced.getColumn(0).getInt64();
}

std::vector<std::int64_t> counting_ballots(Session& s, std::int64_t motion) {
  SQLite::Statement b(sql(s),
                      "SELECT id FROM ballot WHERE motion = ? AND replaced_by IS NULL AND withdrawn_at IS NULL");
  b.bind(1, motion);
  return ids_of(b);
}

std::vector<std::int64_t> open_in_person_ballots(Session& s, std::int64_t meeting, const std::string& member) {
  SQLite::Statement q(sql(s),
                      "SELECT b.id FROM ballot b JOIN motion m ON m.id = b.motion WHERE m.meeting = ? AND b.member = ?"
                      " AND m.closed_at IS NULL AND b.advance = 0 AND b.replaced_by IS NULL AND b.withdrawn_at IS NULL"
                      " ORDER BY b.id");
  q.bind(1, meeting);
  q.bind(2, member);
  return ids_of(q);
}

std::int64_t insert_meeting(Session& s, const MeetingInput& in) {
  SQLite::Statement insert(sql(s), "INSERT INTO meeting (kind, date, title) VALUES (?, ?, ?)");
  insert.bind(1, std::string(meeting_kind_name(in.kind)));
  insert.bind(2, in.date.str());
  bind_opt(insert, 3, in.title);
  insert.exec();
  return sql(s).getLastInsertRowid();
}

std::vector<MeetingSummary> meeting_summaries(Session& s, std::optional<int> year) {
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
                     parse_meeting_kind(q.getColumn(2).getString(), "meeting.kind"), opt_text(q.getColumn(3))},
                    q.getColumn(4).getInt64(),
                    q.getColumn(5).getInt64()});
  return rows;
}

std::optional<Meeting> load_meeting(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s), "SELECT date, kind, title FROM meeting WHERE id = ?");
  q.bind(1, meeting);
  if (!q.executeStep()) return std::nullopt;
  return Meeting{meeting, Date::parse(q.getColumn(0).getString(), "meeting date"),
                 parse_meeting_kind(q.getColumn(1).getString(), "meeting.kind"), opt_text(q.getColumn(2))};
}

namespace {

// R-VOTE-2: the SQL condition "member row has a vote on date ?1": it is a member then (member::store::member_during).
const std::string& has_vote_on_1() {
  static const std::string text = member::store::member_during("member", "?1", "?1");
  return text;
}

}  // namespace

std::optional<MemberTerm> member_term(Session& s, std::string_view code, Date date) {
  static const std::string text = fmt::format(
      "WITH period(joined, left_on) AS (SELECT joined, left_on FROM member WHERE code = ?2 UNION ALL "
      "SELECT joined, left_on FROM membership WHERE member = ?2) "
      "SELECT code, p.joined, p.left_on, {} FROM member, period p WHERE code = ?2 "
      "ORDER BY p.joined <= ?1 DESC, CASE WHEN p.joined <= ?1 THEN p.joined END DESC, p.joined LIMIT 1",
      has_vote_on_1());
  SQLite::Statement& q = statement(s, text);  // once a ballot in an import
  q.bind(1, date.str());
  q.bind(2, std::string(code));
  if (!q.executeStep()) return std::nullopt;
  return MemberTerm{q.getColumn(0).getString(), q.getColumn(1).getString(), opt_text(q.getColumn(2)),
                    q.getColumn(3).getInt() == 1};
}

std::vector<std::string> member_codes(Session& s) {
  SQLite::Statement all(sql(s), "SELECT code FROM member ORDER BY code");
  return first_column(all);
}

std::string member_name(Session& s, const std::string& code) {
  SQLite::Statement& q = statement(s, "SELECT name FROM member WHERE code = ?");
  q.bind(1, code);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::vector<ScreenMember> roll_members(Session& s, const Motion& m) {
  SQLite::Statement q(sql(s), fmt::format("SELECT code, name FROM member WHERE {} OR code IN (SELECT member FROM"
                                          " ballot WHERE motion = ?2) OR code IN (SELECT member FROM presence"
                                          " WHERE meeting = ?3) ORDER BY code",
                                          has_vote_on_1()));
  q.bind(1, m.date.str());
  q.bind(2, m.id);
  q.bind(3, m.meeting);
  std::vector<ScreenMember> rows;
  while (q.executeStep()) rows.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
  return rows;
}

namespace {

std::int64_t count_year(Session& s, const char* query, int year) {
  SQLite::Statement q(sql(s), query);
  q.bind(1, Date::from_ymd(year, 1, 1).str());
  q.bind(2, Date::from_ymd(year, 12, 31).str());
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace

std::int64_t members_in_year(Session& s, int year) {
  static const std::string text =
      fmt::format("SELECT count(*) FROM member WHERE {}", member::store::member_during("member", "?1", "?2"));
  return count_year(s, text.c_str(), year);
}

std::int64_t av_meetings_in_year(Session& s, int year) {
  return count_year(s, "SELECT count(*) FROM meeting WHERE kind = 'av' AND date BETWEEN ?1 AND ?2", year);
}

std::int64_t insert_motion(Session& s, const MotionInput& in) {
  SQLite::Statement insert(sql(s), "INSERT INTO motion (meeting, title, text, kind, repeats, year) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, in.meeting);
  insert.bind(2, in.title);
  bind_opt(insert, 3, in.text);
  insert.bind(4, std::string(motion_kind_name(in.kind)));
  if (in.repeats) insert.bind(5, *in.repeats);
  if (in.year) insert.bind(6, *in.year);
  insert.exec();
  return sql(s).getLastInsertRowid();
}

std::optional<Motion> load_motion(Session& s, std::int64_t motion) {
  // statement(): a ballot import looks the motion up for every ballot.
  SQLite::Statement& q = statement(s,
                                   "SELECT m.meeting, g.date, m.title, m.text, m.kind, g.kind, m.closed_at,"
                                   " m.closed_presence, m.repeats, m.year FROM motion m JOIN meeting g ON g.id = m.meeting"
                                   " WHERE m.id = ?");
  q.bind(1, motion);
  if (!q.executeStep()) return std::nullopt;
  Motion m;
  m.id = motion;
  m.meeting = q.getColumn(0).getInt64();
  m.date = Date::parse(q.getColumn(1).getString(), "meeting date");
  m.title = q.getColumn(2).getString();
  m.text = opt_text(q.getColumn(3));
  m.kind = parse_motion_kind(q.getColumn(4).getString(), "motion.kind");
  m.meeting_kind = parse_meeting_kind(q.getColumn(5).getString(), "meeting.kind");
  if (!q.getColumn(6).isNull()) m.closed_at = Timestamp::parse(q.getColumn(6).getString(), "closed_at");
  if (!q.getColumn(7).isNull()) m.closed_presence = q.getColumn(7).getInt64();
  if (!q.getColumn(8).isNull()) m.repeats = q.getColumn(8).getInt64();
  if (!q.getColumn(9).isNull()) m.year = q.getColumn(9).getInt();
  return m;
}

std::vector<std::int64_t> motion_ids(Session& s, std::optional<std::int64_t> meeting) {
  SQLite::Statement q(sql(s),
                      "SELECT m.id FROM motion m JOIN meeting g ON g.id = m.meeting"
                      " WHERE ?1 IS NULL OR m.meeting = ?1 ORDER BY g.date, m.id");
  if (meeting) q.bind(1, *meeting);
  return ids_of(q);
}

std::vector<std::int64_t> open_motions_by_activity(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s), "SELECT m.id FROM motion m WHERE m.meeting = ? AND m.closed_at IS NULL"
                              " ORDER BY (SELECT max(b.cast_at) FROM ballot b WHERE b.motion = m.id) DESC NULLS LAST,"
                              " m.id DESC");
  q.bind(1, meeting);
  return ids_of(q);
}

std::vector<std::int64_t> repeats_of(Session& s, std::int64_t motion) {
  SQLite::Statement q(sql(s), "SELECT id FROM motion WHERE repeats = ? ORDER BY id");
  q.bind(1, motion);
  return ids_of(q);
}

std::optional<Timestamp> last_record(Session& s, const Motion& m) {
  SQLite::Statement q(sql(s),
                      "SELECT max(t) FROM (SELECT at AS t FROM presence WHERE meeting = ?1"
                      " UNION ALL SELECT cast_at FROM ballot WHERE motion = ?2"
                      " UNION ALL SELECT withdrawn_at FROM ballot WHERE motion = ?2)");
  q.bind(1, m.meeting);
  q.bind(2, m.id);
  if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
  return Timestamp::parse(q.getColumn(0).getString(), "recorded at");
}

void set_closed(Session& s, std::int64_t motion, Timestamp at, std::int64_t presence) {
  SQLite::Statement update(sql(s), "UPDATE motion SET closed_at = ?, closed_presence = ? WHERE id = ?");
  update.bind(1, at.utc());
  update.bind(2, presence);
  update.bind(3, motion);
  update.exec();
}

std::vector<Departure> departures(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s),
                      "SELECT p.member, m.name, p.at, p.reason FROM presence p JOIN member m ON m.code = p.member"
                      " WHERE p.meeting = ? AND p.event = 'leave' ORDER BY p.id");
  q.bind(1, meeting);
  std::vector<Departure> rows;
  while (q.executeStep())
    rows.push_back({{q.getColumn(0).getString(), q.getColumn(1).getString()},
                    Timestamp::parse(q.getColumn(2).getString(), "presence time"),
                    opt_text(q.getColumn(3))});
  return rows;
}

std::vector<Withdrawal> withdrawals(Session& s, std::int64_t meeting) {
  SQLite::Statement q(sql(s),
                      "SELECT b.id, b.motion, b.member, m.name, b.withdrawn_at, b.withdrawn_reason FROM ballot b"
                      " JOIN motion mo ON mo.id = b.motion JOIN member m ON m.code = b.member"
                      " WHERE mo.meeting = ? AND b.withdrawn_at IS NOT NULL ORDER BY b.withdrawn_at, b.id");
  q.bind(1, meeting);
  std::vector<Withdrawal> rows;
  while (q.executeStep())
    rows.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                    {q.getColumn(2).getString(), q.getColumn(3).getString()},
                    Timestamp::parse(q.getColumn(4).getString(), "withdrawal time"),
                    opt_text(q.getColumn(5))});
  return rows;
}

}  // namespace mbov::vote::store

namespace mbov::vote::store {

void as_of(Session& s) {
  // R-GEN-1: a ballot, an arrival or a closing after now had not happened; a withdrawal or a
  // replacing ballot after now neither.
  as_of_view(s, "motion", "1", {{"closed_at", "CASE WHEN closed_at <= {now} THEN closed_at END"},
                               {"closed_presence", "CASE WHEN closed_at <= {now} THEN closed_presence END"}});
  as_of_view(s, "motion_result", "motion IN (SELECT id FROM main.motion WHERE closed_at <= {now})");
  as_of_view(s, "ballot", "cast_at <= {now}",
             {{"withdrawn_at", "CASE WHEN withdrawn_at <= {now} THEN withdrawn_at END"},
              {"withdrawn_reason", "CASE WHEN withdrawn_at <= {now} THEN withdrawn_reason END"},
              {"replaced_by", "CASE WHEN (SELECT r.cast_at FROM main.ballot r WHERE r.id = ballot.replaced_by) <= {now}"
                              " THEN replaced_by END"}});
  as_of_view(s, "attendance", "since <= {now}");
  as_of_view(s, "presence", "at <= {now}");
}

}  // namespace mbov::vote::store
