#pragma once
// The parts of `mbov vote` (cmd/vote/vote.cpp registers the group).
#include "context.hpp"

namespace mbov::cli {

// vote cast|import|withdraw, vote ballots|close and vote tally (cmd/vote/ballots.cpp).
void register_vote_cast(CLI::App* vote, Context& ctx);
void register_vote_roll(CLI::App* vote, Context& ctx);
void register_vote_tally(CLI::App* vote, Context& ctx);
// vote screen (cmd/vote/screen.cpp).
void register_vote_screen(CLI::App* vote, Context& ctx);

}  // namespace mbov::cli
