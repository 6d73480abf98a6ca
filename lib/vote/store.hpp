#pragma once
// The vote area's storage helpers, shared by its sources (internal: not installed).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/sql.hpp"
#include <mbov/vote/vote.hpp>

namespace mbov::vote::store {

// R-VOTE-2: the SQL condition "member row has a vote on date ?1" (through its last day).
inline constexpr const char* has_vote_on_1 = "(joined <= ?1 AND (left_on IS NULL OR left_on >= ?1))";

// The members present at `meeting` after the attendance records up to id `upto` (all when
// nullopt): those whose last record is an arrival. By code.
std::vector<std::string> present_members(Session& s, std::int64_t meeting, std::optional<std::int64_t> upto);
// A motion closed without a recorded order (by an older mbov, or written by hand): the members
// whose attendance began by its close time.
std::vector<std::string> attended_by(Session& s, std::int64_t meeting, Timestamp closed_at);
bool is_present(Session& s, std::int64_t meeting, const std::string& member);
// The newest attendance record of a meeting (0: none).
std::int64_t last_presence(Session& s, std::int64_t meeting);
// Records an arrival or a departure.
void add_presence(Session& s, std::int64_t meeting, const std::string& member, std::string_view event, Timestamp at,
                  const std::optional<std::string>& reason);

// Exit::data for an unknown id.
Ballot find_ballot(Session& s, std::int64_t id);
// R-VOTE-6, R-VOTE-10: after the close nothing changes; `refused` (N_, translated here) says what
// is refused, with {} for the motion and {} for the moment of the close; `rule` says why.
void require_open(const Motion& m, const char* refused, const char* rule);

// The result stored at the close (R-VOTE-4).
void save_result(Session& s, std::int64_t motion, const Tally& t);
std::optional<Tally> load_result(Session& s, std::int64_t motion);

Choice choice_of(const std::string& stored);

}  // namespace mbov::vote::store

namespace mbov::vote::store {
// The result counted from the records (as of the close for a closed motion) under `policy`.
Tally count(Session& s, const Motion& m, const Policy::Vote& policy);
// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::vote::store
