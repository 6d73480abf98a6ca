#pragma once
// The vote area's storage helpers, shared by its sources (internal: not installed).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/sql.hpp"
#include <mbov/vote/screen.hpp>
#include <mbov/vote/vote.hpp>

namespace mbov::vote::store {

// The members present at `meeting` after the attendance records up to id `upto` (all when
// nullopt): those whose last record is an arrival. By code.
std::vector<std::string> present_members(Session& s, std::int64_t meeting, std::optional<std::int64_t> upto);
// A motion closed without a recorded order (by an older mbov, or written by hand): the members
// whose attendance began by its close time.
std::vector<std::string> attended_by(Session& s, std::int64_t meeting, Timestamp closed_at);
bool is_present(Session& s, std::int64_t meeting, const std::string& member);
// R-VOTE-10: who attended, from when, and the last departure not followed by an arrival; by code.
std::vector<Attendance> attendance(Session& s, std::int64_t meeting);
// The newest attendance record of a meeting (0: none).
std::int64_t last_presence(Session& s, std::int64_t meeting);
// Records an arrival or a departure.
void add_presence(Session& s, std::int64_t meeting, const std::string& member, std::string_view event, Timestamp at,
                  const std::optional<std::string>& reason);

// Exit::data for an unknown id.
Ballot find_ballot(Session& s, std::int64_t id);
// R-VOTE-6, R-VOTE-10: after the close nothing changes; `refused` (N_, checked at compile time) says what
// is refused, with {} for the motion and {} for the moment of the close; `rule` says why.
void require_open(const Motion& m, fmt::format_string<std::int64_t, std::string> refused, const char* rule);

// The result stored at the close (R-VOTE-4).
void save_result(Session& s, std::int64_t motion, const Tally& t);
std::optional<Tally> load_result(Session& s, std::int64_t motion);

Choice choice_of(const std::string& stored);

}  // namespace mbov::vote::store

namespace mbov::vote::store {

// Ballots.
// The member's ballot that counts now (not replaced, not withdrawn), if any.
std::optional<Ballot> live_ballot(Session& s, std::int64_t motion, const std::string& member);
std::int64_t insert_ballot(Session& s, std::int64_t motion, const std::string& member, Choice choice, bool advance,
                           Timestamp at);
// The ballot that replaced `ballot` (nullopt: it counts again).
void set_replaced_by(Session& s, std::int64_t ballot, std::optional<std::int64_t> by);
struct BallotEnd {
  bool replaced = false;
  bool withdrawn = false;
};
BallotEnd ballot_end(Session& s, std::int64_t ballot);
void set_withdrawn(Session& s, std::int64_t ballot, Timestamp at, const std::string& reason);
// The ballot that `ballot` replaced, if any.
std::optional<std::int64_t> replaced_by(Session& s, std::int64_t ballot);
// The ballots of a motion that count: not replaced, not withdrawn.
std::vector<std::int64_t> counting_ballots(Session& s, std::int64_t motion);
// The in-person ballots of `member` on the open motions of `meeting` that count.
std::vector<std::int64_t> open_in_person_ballots(Session& s, std::int64_t meeting, const std::string& member);

// Meetings and members.
std::int64_t insert_meeting(Session& s, const MeetingInput& in);
std::vector<MeetingSummary> meeting_summaries(Session& s, std::optional<int> year);
std::optional<Meeting> load_meeting(Session& s, std::int64_t meeting);
// A member row and whether it has a vote on `date` (R-VOTE-2).
// The member's period that decides its vote on a day: the latest begun by then, else its first.
struct MemberTerm {
  std::string code;
  std::string joined;
  std::optional<std::string> left_on;
  bool has_vote = false;
};
std::optional<MemberTerm> member_term(Session& s, std::string_view code, Date date);
std::vector<std::string> member_codes(Session& s);
std::string member_name(Session& s, const std::string& code);
// Every member with a vote on the motion's date, a ballot on it or a presence record at its
// meeting, by code.
std::vector<ScreenMember> roll_members(Session& s, const Motion& m);
// The members with a vote in `year` and the AV meetings of `year` (R-VOTE-1).
std::int64_t members_in_year(Session& s, int year);
std::int64_t av_meetings_in_year(Session& s, int year);

// Motions.
std::int64_t insert_motion(Session& s, const MotionInput& in);
std::optional<Motion> load_motion(Session& s, std::int64_t motion);
// The motions of `meeting` (all when nullopt), by meeting date and id.
std::vector<std::int64_t> motion_ids(Session& s, std::optional<std::int64_t> meeting);
// The open motions of `meeting`, the latest ballot first, then the latest on the agenda.
std::vector<std::int64_t> open_motions_by_activity(Session& s, std::int64_t meeting);
// The motions that repeat `motion` (R-VOTE-10).
std::vector<std::int64_t> repeats_of(Session& s, std::int64_t motion);
// The latest moment recorded for a motion: its meeting's attendance, its ballots cast or withdrawn.
std::optional<Timestamp> last_record(Session& s, const Motion& m);
void set_closed(Session& s, std::int64_t motion, Timestamp at, std::int64_t presence);

// The meeting's departures and withdrawals, in recording order (R-VOTE-10); `back` left false.
std::vector<Departure> departures(Session& s, std::int64_t meeting);
std::vector<Withdrawal> withdrawals(Session& s, std::int64_t meeting);

// The result counted from the records (as of the close for a closed motion) under `policy`.
Tally count(Session& s, const Motion& m, const Policy::Vote& policy);
// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::vote::store
