#pragma once
// The General Assembly (AV) and board meetings: attendance, motions, ballots, the stored tally
// and the yearly meeting check (R-VOTE-1..9). The tally rule itself is vote_tally.hpp.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/check.hpp"
#include "core/dates.hpp"
#include "core/value.hpp"
#include "vote/tally.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::vote {

// ---- meetings and attendance (vote_meeting.cpp)

struct MeetingInput {
  Date date;
  std::string kind = "av";  // "av" | "board"
  std::optional<std::string> title;
};
std::int64_t add_meeting(Session& s, const MeetingInput& in);
// id, date, kind, title, present, motions; by date
std::vector<Object> list_meetings(Session& s, std::optional<int> year);
struct Meeting {
  std::int64_t id = 0;
  Date date;
  std::string kind;
};
// Exit::data for an unknown id.
Meeting find_meeting(Session& s, std::int64_t meeting);

// R-VOTE-2: the member's code as registered when it has a vote on `date` (joined on or before
// it, not left on or before it); Exit::data otherwise, naming the member and the reason.
std::string voting_member(Session& s, std::string_view code, Date date);
// R-VOTE-2: how many members have a vote on `date`.
std::int64_t voting_members(Session& s, Date date);

// R-VOTE-2: records the members present from `at` on; all or nothing; a member already present
// stays so (since its first arrival).
void attend(Session& s, std::int64_t meeting, const std::vector<std::string>& codes, Timestamp at);

// ---- motions (vote_motion.cpp)

struct MotionInput {
  std::int64_t meeting = 0;
  std::string title;
  std::optional<std::string> text;
  std::string kind = "ordinary";  // "ordinary" | "pdc" | "budget" | "board" (R-VOTE-9)
};
std::int64_t add_motion(Session& s, const MotionInput& in);

struct Motion {
  std::int64_t id = 0;
  std::int64_t meeting = 0;
  Date date;  // of its meeting
  std::string title;
  std::string kind;          // "ordinary" | "pdc" | "budget" | "board"
  std::string meeting_kind;  // "av" | "board"
  std::optional<std::string> closed_at;  // UTC, as stored
};
// Exit::data for an unknown id.
Motion find_motion(Session& s, std::int64_t motion);
// id, meeting, date, kind, title, status, ballots, yes, no, abstain, adopted
std::vector<Object> list_motions(Session& s, std::optional<std::int64_t> meeting);
// R-VOTE-9 (and R-VOTE-8, R-INC-4, R-FIN-2, R-GOV-1): the motion that authorises a decision must
// be a closed, adopted motion of an AV meeting, of `kind` when one is given; Exit::data naming
// `rule` otherwise. Every area that cites an AV decision asks here.
Motion require_adopted(Session& s, std::int64_t motion, std::optional<std::string_view> kind, std::string_view rule);
// R-VOTE-6: no ballots after this.
void close_motion(Session& s, std::int64_t motion);

// ---- ballots (vote_cast.cpp)

struct BallotInput {
  std::string member;
  Choice choice = Choice::abstain;
  bool advance = false;
  Timestamp at;
};
// R-VOTE-2, 5, 6: records a ballot and returns its id; an in-person ballot replaces the member's
// advance ballot when the policy says so (and the audit log keeps the replacement).
std::int64_t cast(Session& s, std::int64_t motion, const BallotInput& in);
// The ballots of a CSV file (member,choice[,advance]) cast at s.now; all or nothing.
std::int64_t import_ballots(Session& s, std::int64_t motion, std::istream& in, const std::string& source);
// The ballots that count, as `vote import` reads them back: member, choice, advance, at.
std::vector<Object> list_ballots(Session& s, std::int64_t motion);

// ---- the stored tally (vote_count.cpp)

Tally motion_tally(Session& s, std::int64_t motion);
// tally_object plus `title`, `closed` and `votes`: who was present and voted what (the minutes).
Object motion_tally_object(Session& s, std::int64_t motion);

// ---- R-VOTE-1 (check.cpp)

// The previous and the current calendar year, or only `year`.
CheckReport check(Session& s, std::optional<int> year);
CheckReport check(Session& s);

}  // namespace mbov::vote

MBOV_PUBLIC_END
