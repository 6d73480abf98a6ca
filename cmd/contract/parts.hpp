#pragma once
// The parts of `mbov contract` (cmd/contract/contract.cpp registers the group).
#include "context.hpp"

namespace mbov::cli {

// contract product, contract supplier and contract cert (cmd/contract/catalog.cpp).
void register_contract_products(CLI::App* group, Context& ctx);
void register_contract_suppliers(CLI::App* group, Context& ctx);
void register_contract_certificates(CLI::App* group, Context& ctx);

}  // namespace mbov::cli
