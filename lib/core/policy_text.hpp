#pragma once
// Internal: reading a policy text (policy.cpp), for a policy file (Policy::load, policy_file.cpp)
// and for the built-in policy at build time (cmake/policy_gen.cpp).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/error.hpp>
#include <mbov/core/policy.hpp>

namespace mbov {

// `text` (TOML) read over `p` key by key, every key checked for its type and range and the
// cross-key rules after; returns per key (in the order of entries()) the line that set it, 0 when
// the text does not. The first problem in the text throws Error(code, "NAME:LINE:COLUMN: WHAT").
std::vector<std::uint32_t> read_policy_text(Policy& p, std::string_view text, const std::string& name, Exit code);

// The built-in policy: `text` (data/policy.toml) read like a policy file, every key required, as
// C++ statements that set each member of a Policy `p` ("  p.vote.quorum = 0;"). Throws
// Error(Exit::software) on any problem, so a broken data/policy.toml fails the build.
std::string builtin_policy_cpp(std::string_view text, const std::string& name);

}  // namespace mbov
