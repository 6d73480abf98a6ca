#pragma once
// The parts of `mbov vote` (cmd/vote/vote.cpp registers the group).
#include "context.hpp"

namespace mbov::cli {

// vote cast|import|withdraw|ballots|close|tally (cmd/vote/ballots.cpp).
void register_vote_ballots(CLI::App& vote, Context& ctx);
// vote screen (cmd/vote/screen.cpp).
void register_vote_screen(CLI::App& vote, Context& ctx);

}  // namespace mbov::cli
