// R-VOTE-11, a property: for random meetings (members joining and leaving, attendance, leavers,
// advance ballots, in-person overrides, withdrawals, policies), the roll that `vote ballots
// --format csv` writes, tallied by the stateless reader, equals the result stored at the close
// field for field; and a recount equals it too. A failure prints the seed and the meeting.
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <optional>
#include <random>
#include <sstream>

#include <mbov/core/error.hpp>
#include <mbov/core/output.hpp>
#include "core/sql.hpp"
#include "testdb.hpp"
#include <mbov/vote/ballots.hpp>
#include <mbov/vote/vote.hpp>

using namespace mbov;

namespace {

constexpr unsigned kSeed = 20261118;
constexpr int kMeetings = 1000;
const char* const kJoined[] = {"2020-01-01", "2026-03-01", "2026-09-01"};
const char* const kLeft[] = {nullptr, nullptr, "2026-05-31", "2026-10-15"};

std::string roll_csv(Session& s, const vote::Motion& m) {
  std::vector<Object> rows;
  for (const vote::RollEntry& e : vote::roll(s, m)) rows.push_back(vote::to_object(e));
  return render_list(Format::csv, {"member", "choice", "advance", "present"}, rows);
}

std::string json_of(const vote::Tally& t) { return render_object(Format::json, vote::to_object(t, std::nullopt)); }

template <class F>
void attempt(F&& f) {  // a random step the rules may refuse; a refusal changes nothing
  try {
    f();
  } catch (const Error&) {
  }
}

}  // namespace

TEST_CASE("R-VOTE-11: tallying the exported roll equals the stored result, over 1,000 random meetings") {
  test::TestDb t("2026-01-01");  // withdrawals are stamped then: before every meeting
  // A session per meeting: it fixes the policy when it opens, and each meeting draws its own.
  std::optional<Session> open(std::in_place, t.how, Session::Access::write);
  std::mt19937 rng(kSeed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::vector<std::string> codes;
  for (int i = 0; i < 10; ++i) {
    codes.push_back("M" + std::to_string(i));
    SQLite::Statement q(sql(*open), "INSERT INTO member (code, name, contracting_authority, joined, left_on)"
                                " VALUES (?, ?, 1, ?, ?)");
    q.bind(1, codes.back());
    q.bind(2, "Lid " + codes.back());
    q.bind(3, kJoined[pick(3)]);
    if (const char* left = kLeft[pick(4)]) q.bind(4, left);
    q.exec();
  }
  test::unaudited(*open);
  const char* const thresholds[] = {"1/2", "2/3", "3/4", "1/1"};
  const VoteBase bases[] = {VoteBase::present_or_advance, VoteBase::cast, VoteBase::all_members};
  int tallied = 0, empty = 0;
  for (int i = 0; i < kMeetings; ++i) {
    INFO("seed ", kSeed, ", meeting ", i + 1);
    Policy::Vote& p = t.how.policy.vote;  // the next session's policy
    p.threshold = parse_fraction(thresholds[pick(4)]);
    p.base = bases[pick(3)];
    p.consensus = pick(2) ? Consensus::no_objection : Consensus::unanimous;
    p.quorum = pick(3) == 0 ? pick(4) : 0;
    p.in_person_overrides_advance = pick(4) != 0;
    p.withdrawal_restores_advance = pick(2) == 0;
    open->commit();
    open.reset();
    open.emplace(t.how, Session::Access::write);
    Session& s = *open;

    const Date date = Date::from_ymd(2026, 1 + pick(12), 1 + pick(28));
    const std::string day = date.str();
    const std::int64_t meeting = vote::add_meeting(s, {.date = date, .kind = vote::MeetingKind::av, .title = std::nullopt});
    const std::int64_t motion = vote::add_motion(
        s, {.meeting = meeting, .title = "Motie", .text = std::nullopt, .kind = vote::MotionKind::ordinary, .repeats = std::nullopt});
    std::vector<std::int64_t> ballots;
    const auto choice = [&] { return static_cast<vote::Choice>(pick(3)); };
    for (int step = 0, steps = 4 + pick(30); step < steps; ++step) {
      const std::string& who = codes[static_cast<std::size_t>(pick(10))];
      switch (pick(6)) {
        case 0:
          attempt([&] {
            const vote::BallotInput in{
                .member = who, .choice = choice(), .advance = true, .at = Timestamp::parse(day + "T09:00", "at")};
            ballots.push_back(vote::cast(s, motion, in).id);
          });
          break;
        case 1:
        case 2:
          attempt([&] { vote::attend(s, meeting, {who}, Timestamp::parse(day + "T19:00", "at")); });
          break;
        case 3:
          attempt([&] { vote::leave(s, meeting, {who}, Timestamp::parse(day + "T20:30", "at"), "weg"); });
          break;
        case 4:
          attempt([&] {
            const vote::BallotInput in{.member = who, .choice = choice(), .at = Timestamp::parse(day + "T20:00", "at")};
            ballots.push_back(vote::cast(s, motion, in).id);
          });
          break;
        default:
          if (!ballots.empty())
            attempt([&] { vote::withdraw(s, ballots[static_cast<std::size_t>(pick(static_cast<int>(ballots.size())))], "typo"); });
      }
    }
    const vote::Tally closed = vote::close_motion(s, motion, Timestamp::parse(day + "T22:00", "at"));
    // Records after the close change nothing, whatever their clock time.
    attempt([&] { vote::attend(s, meeting, {codes[static_cast<std::size_t>(pick(10))]}, Timestamp::parse(day + "T08:00", "at")); });
    attempt([&] { vote::leave(s, meeting, {codes[static_cast<std::size_t>(pick(10))]}, Timestamp::parse(day + "T08:00", "at"), "weg"); });
    const vote::Tally stored = vote::motion_tally(s, motion);
    CHECK(json_of(stored) == json_of(closed));
    CHECK(json_of(vote::recount(s, motion)) == json_of(stored));

    const std::string csv = roll_csv(s, vote::find_motion(s, motion));
    INFO("roll:\n", csv);
    std::istringstream in(csv);
    if (stored.turnout.yes + stored.turnout.no + stored.turnout.abstain == 0) {
      CHECK_THROWS_WITH_AS(vote::read_ballots(in, "roll", p, {}), "roll: no ballots", Error);
      ++empty;
      continue;
    }
    const vote::Tally streamed = vote::tally(p, vote::read_ballots(in, "roll", p, {}));
    CHECK(json_of(streamed) == json_of(stored));
    ++tallied;
  }
  CHECK(tallied > kMeetings / 2);
  CHECK(empty > 0);
}
