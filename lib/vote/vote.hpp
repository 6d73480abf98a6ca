#pragma once
// The General Assembly (AV) and board meetings: attendance, motions, ballots, the result fixed at
// the close, corrections and the yearly meeting check (R-VOTE-1..11). The tally rule itself is
// tally.hpp; ballot files are ballots.hpp. Rules take and return the structs below; `to_object`
// turns them into output (the only place field names appear).
#include <cstdint>
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/value.hpp>
#include <mbov/vote/tally.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::vote {

// ---- meetings and attendance (meeting.cpp)

// A General Assembly (av) or a board meeting; stored and printed as its word: av, board.
enum class MeetingKind { av, board };
// The word of a kind, as stored and as English prints it.
std::string_view meeting_kind_name(MeetingKind kind);
// A kind from its word (--kind, a database row); Exit::data "WHAT TEXT is not av or board" otherwise.
MeetingKind parse_meeting_kind(std::string_view text, std::string_view what);
// Every kind's word, in MeetingKind's order (what completes --kind).
std::span<const std::string_view> meeting_kind_words();

struct MeetingInput {
  Date date;
  MeetingKind kind = MeetingKind::av;
  std::optional<std::string> title;
};
std::int64_t add_meeting(Session& s, const MeetingInput& in);

struct Meeting {
  std::int64_t id = 0;
  Date date;
  MeetingKind kind = MeetingKind::av;
  std::optional<std::string> title;
};
// Exit::data for an unknown id.
Meeting find_meeting(Session& s, std::int64_t meeting);

struct MeetingSummary {
  Meeting meeting;
  std::int64_t present = 0;  // members that attended
  std::int64_t motions = 0;
};
// By date.
std::vector<MeetingSummary> list_meetings(Session& s, std::optional<int> year);
Object to_object(const MeetingSummary& m);  // id, date, kind, title, present, motions

// R-VOTE-2: the member's code as registered when it has a vote on `date` (a member then, in any
// of its membership periods: a member whose last day is the meeting day votes);
// Exit::data otherwise, naming the member and the reason.
std::string voting_member(Session& s, std::string_view code, Date date);

// R-VOTE-2: records the members present from `at` on; all or nothing, every unknown code named
// with the nearest registered one; a member present already stays so.
void attend(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at);

struct Ballot {
  std::int64_t id = 0;
  std::int64_t motion = 0;
  std::string member;
  Choice choice = Choice::abstain;
  bool advance = false;
  Timestamp at;
};

// R-VOTE-10: the members leave the meeting at `at`; all or nothing, each must be present.
// Returns the in-person ballots on open motions that no longer count (unless the member comes
// back before the close).
std::vector<Ballot> leave(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at,
                          const std::optional<std::string>& reason);
// A member that attended a meeting: present from `since`; `left_at`: when it left without coming
// back (R-VOTE-10), none while present.
struct Attendance {
  std::string member, name;
  Timestamp since;
  std::optional<Timestamp> left_at;
};
// The members that attended `meeting`, by code (what the minutes show).
std::vector<Attendance> attendance(Session& s, std::int64_t meeting);

// ---- motions (motion.cpp)

// What a motion decides (R-VOTE-9); stored and printed as its word: ordinary, pdc, budget, board.
enum class MotionKind { ordinary, pdc, budget, board };
// The word of a kind, as stored and as English prints it.
std::string_view motion_kind_name(MotionKind kind);
// A kind from its word (--kind, a database row); Exit::data "WHAT TEXT is not ordinary, pdc,
// budget or board" for any other text.
MotionKind parse_motion_kind(std::string_view text, std::string_view what);
// Every kind's word, in MotionKind's order (what completes --kind).
std::span<const std::string_view> motion_kind_words();

struct MotionInput {
  std::int64_t meeting = 0;
  std::string title;
  std::optional<std::string> text;
  MotionKind kind = MotionKind::ordinary;
  std::optional<std::int64_t> repeats;  // R-VOTE-10: the closed motion this re-vote repeats
  std::optional<int> year;              // the year a budget motion approves (budget only; budget::approve)
};
std::int64_t add_motion(Session& s, const MotionInput& in);

struct Motion {
  std::int64_t id = 0;
  std::int64_t meeting = 0;
  Date date;  // of its meeting
  std::string title;
  std::optional<std::string> text;
  MotionKind kind = MotionKind::ordinary;
  MeetingKind meeting_kind = MeetingKind::av;
  std::optional<Timestamp> closed_at;
  std::optional<std::int64_t> closed_presence;  // the last attendance record the close saw
  std::optional<std::int64_t> repeats;  // the motion this one repeats
  std::optional<int> year;  // the year a budget motion approves (budget::approve)
};
// Exit::data for an unknown id.
Motion find_motion(Session& s, std::int64_t motion);

// A motion with its result: the stored one once closed, the count so far while open.
struct MotionSummary {
  Motion motion;
  std::int64_t ballots = 0;  // the ballots that count
  Tally tally;
};
std::vector<MotionSummary> list_motions(Session& s, std::optional<std::int64_t> meeting);
// id, meeting, date, kind, title, status, ballots, yes, no, abstain, adopted, repeats
Object to_object(const MotionSummary& m);

// R-VOTE-9 (and the AV decisions of the board, changes, budgets, documents): the motion that authorises a decision must
// be a closed motion of an AV meeting adopted by its stored result, of `kind` when one is given;
// Exit::data naming `rule` otherwise. Every area that cites an AV decision asks here.
Motion require_adopted(Session& s, std::int64_t motion, std::optional<MotionKind> kind, std::string_view rule);

// R-VOTE-4, R-VOTE-6: closes the motion at `at` and stores its result, in one transaction. A close
// earlier than a recorded attendance or ballot is refused. Returns the stored result.
Tally close_motion(Session& s, std::int64_t motion, Timestamp at);

// ---- ballots (cast.cpp)

struct BallotInput {
  std::string member;
  Choice choice = Choice::abstain;
  bool advance = false;
  Timestamp at;
};
struct Cast {
  std::int64_t id = 0;
  std::optional<Ballot> replaced;  // R-VOTE-5: the advance ballot this one replaced
};
// R-VOTE-2, 5, 6: records a ballot; an in-person ballot replaces the member's advance ballot
// when the policy says so (and the audit log keeps the replacement). In person, the member must
// be present (refused otherwise: `vote attend` records presence).
Cast cast(Session& s, std::int64_t motion, const BallotInput& in);
// The records of a ballot file or roll cast at s.now; all or nothing. A roll's present members
// are recorded present first. Returns the number of ballots.
std::int64_t import_ballots(Session& s, std::int64_t motion, std::istream& in, const std::string& source);

// R-VOTE-10: withdraws a ballot of an open motion, with a reason. Returns the advance ballot
// that counts again (policy vote.withdrawal_restores_advance), if any.
std::optional<Ballot> withdraw(Session& s, std::int64_t ballot, const std::string& reason);

// ---- the roll and the result (roll.cpp)

// One member on a motion's roll: every member with a vote on the meeting date, present or not,
// with the ballot that counts (as of the close for a closed motion).
struct RollEntry {
  std::string member;
  std::string name;
  bool present = false;
  std::optional<Choice> choice;
  bool advance = false;
  std::optional<std::int64_t> ballot;
  std::optional<Timestamp> at;
};
std::vector<RollEntry> roll(Session& s, const Motion& m);
// member, choice, advance, present (the columns `vote import` and `vote tally --ballots` read),
// then ballot, at.
Object to_object(const RollEntry& e);

// The result of a motion: the one stored at the close, or (open, or closed before results were
// stored) counted from the records as of now or the close under the session's policy.
Tally motion_tally(Session& s, std::int64_t motion);
// R-VOTE-4: the closed motion's result counted again from the records as of its close, under
// the policy stored with it.
Tally recount(Session& s, std::int64_t motion);

// A motion, its result and its roll: `vote show`, `vote tally`, the minutes.
struct MotionView {
  Motion motion;
  Tally tally;
  bool stored = false;  // the result was fixed at the close
  std::vector<RollEntry> roll;
  std::vector<std::int64_t> repeated_by;  // re-votes of this motion
};
MotionView view_motion(Session& s, std::int64_t motion);
// to_object(Tally) plus title, meeting, date, kind, closed, stored, repeats, repeated_by and
// votes: the members present or with a ballot that counts.
Object to_object(const MotionView& v);

// ---- the evening at a glance (status.cpp)

struct MeetingStatus {
  Meeting meeting;
  std::vector<std::string> present;
  std::optional<Motion> open;          // the open motion asked for, or the one with the latest activity
  std::vector<RollEntry> voted;        // its ballots that count
  std::vector<std::string> missing;    // present members without a ballot on it
  std::vector<std::int64_t> other_open;  // every other open motion, the latest activity first
};
// `motion`: that open motion of the meeting (Exit::data otherwise); none: the open motion with the
// latest ballot, else the last one put on the agenda.
MeetingStatus meeting_status(Session& s, std::int64_t meeting, std::optional<std::int64_t> motion = std::nullopt);
Object to_object(const MeetingStatus& st);

// ---- R-VOTE-1 (check.cpp)

// The previous and the current calendar year, or only `year`.
CheckReport check(Session& s, std::optional<int> year);
CheckReport check(Session& s);

}  // namespace mbov::vote

MBOV_PUBLIC_END
