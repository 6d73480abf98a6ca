#include <doctest/doctest.h>

#include <cstdio>
#include <random>
#include <string>
#include <unordered_map>

#include "vote/fingerprints.hpp"

using namespace mbov;

TEST_CASE("fingerprints: every distinct code has its own mark, short, long and non-ASCII alike") {
  // A property test: random codes against an exact map; the seed is printed to replay a failure.
  const unsigned seed = std::random_device{}();
  std::printf("test_fingerprints seed %u\n", seed);
  std::mt19937 rng(seed);
  const std::string alphabet = "ABCabc019\xc3\xa9-_ ";
  vote::Fingerprints table;
  std::unordered_map<std::string, std::uint32_t> exact;
  for (int n = 0; n < 50000; ++n) {
    std::string code;
    const int size = 1 + static_cast<int>(rng() % 12);  // both sides of the 8-byte inline keys
    for (int i = 0; i < size; ++i) code += alphabet[rng() % alphabet.size()];
    auto [it, added] = exact.emplace(code, static_cast<std::uint32_t>(exact.size() + 1));
    vote::Mark& m = table.find_or_add(code);
    if (added) {
      CHECK_MESSAGE(std::uint32_t{m.line} == 0, "a new code found another code's mark: ", code);
      m.line = it->second;
    } else {
      CHECK(std::uint32_t{m.line} == it->second);
    }
  }
  std::size_t marked = 0;
  table.each([&](const vote::Mark& m) { marked += m.line != 0; });
  CHECK(marked == exact.size());
}

TEST_CASE("fingerprints: codes that differ only past 8 bytes or in one byte stay apart") {
  vote::Fingerprints table;
  auto line = [&](std::string_view code) { return std::uint32_t{table.find_or_add(code).line}; };
  table.find_or_add("ABCDEFGH").line = 1;
  table.find_or_add("ABCDEFGHI").line = 2;
  table.find_or_add("ABCDEFGh").line = 3;
  table.find_or_add("\xc3\xa9").line = 4;
  CHECK(line("ABCDEFGH") == 1);
  CHECK(line("ABCDEFGHI") == 2);
  CHECK(line("ABCDEFGh") == 3);
  CHECK(line("\xc3\xa9") == 4);
  CHECK(line("ABCDEFG") == 0);
}
