#pragma once
// The parts of `mbov contract` (cmd/contract/contract.cpp registers the group).
#include "context.hpp"

namespace mbov::cli {

// contract product|supplier|cert (cmd/contract/catalog.cpp).
void register_contract_catalog(CLI::App& group, Context& ctx);

}  // namespace mbov::cli
