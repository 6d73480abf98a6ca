#pragma once
// The seed of a property test: $MBOV_TEST_SEED, else the test's own fixed one, printed, so a run
// is repeated exactly with MBOV_TEST_SEED=N (a failure names it too, through INFO/CAPTURE).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace mbov::test {

inline std::uint64_t seed(std::uint64_t fixed) {
  const char* env = std::getenv("MBOV_TEST_SEED");
  const std::uint64_t chosen = env && *env ? std::stoull(env) : fixed;
  MESSAGE("seed " << chosen << " (MBOV_TEST_SEED)");
  return chosen;
}

}  // namespace mbov::test
