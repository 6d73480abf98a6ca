#pragma once
// The parts of `mbov contract` (cmd/contract.cpp registers the group).
#include <optional>
#include <string>

#include "context.hpp"

namespace mbov::cli {

// contract product|supplier|cert (cmd/contract_catalog.cpp).
void register_contract_catalog(CLI::App& contract, Context& ctx);

// An optional date option: empty = not given; otherwise strict, exit 65 naming the option.
inline std::optional<Date> optional_date(const std::string& text, std::string_view option) {
  if (text.empty()) return std::nullopt;
  return Date::parse(text, option);
}

}  // namespace mbov::cli
