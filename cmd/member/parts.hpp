#pragma once
// The parts of `mbov member` (cmd/member/member.cpp registers the group).
#include <CLI/CLI.hpp>

#include <vector>

#include "context.hpp"
#include <mbov/core/value.hpp>

namespace mbov::cli {

// member contact ... and member board ... (cmd/member/people.cpp).
void register_people(CLI::App* member, Context& ctx);

// Records of the member area as output rows (member::to_object of each).
template <typename Record>
std::vector<Object> member_rows(const std::vector<Record>& records) {
  std::vector<Object> rows;
  rows.reserve(records.size());
  for (const Record& r : records) rows.push_back(member::to_object(r));
  return rows;
}

}  // namespace mbov::cli
