#pragma once
// The parts of `mbov vote` (cmd/vote/vote.cpp registers the group).
#include "context.hpp"

namespace mbov::cli {

// vote cast|import|withdraw|ballots|close|tally (cmd/vote/ballots.cpp).
void register_vote_ballots(CLI::App& vote, Context& ctx);

}  // namespace mbov::cli
