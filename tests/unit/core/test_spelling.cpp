// Tests for lib/core/spelling.cpp: the edit distance behind "did you mean", against hand-worked
// distances and, on random words, a second computation (the recursive definition of optimal
// string alignment), and the hint it gives.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

#include "core/spelling.hpp"
#include <mbov/core/i18n.hpp>
#include "seed.hpp"

using namespace mbov;

namespace {

// Optimal string alignment by its recursive definition, memoised: the distance of the prefixes
// a[0..i) and b[0..j).
std::size_t osa(const std::string& a, const std::string& b, std::size_t i, std::size_t j,
                std::map<std::pair<std::size_t, std::size_t>, std::size_t>& memo) {
  if (i == 0) return j;
  if (j == 0) return i;
  if (auto it = memo.find({i, j}); it != memo.end()) return it->second;
  std::size_t d = std::min({osa(a, b, i - 1, j, memo) + 1, osa(a, b, i, j - 1, memo) + 1,
                            osa(a, b, i - 1, j - 1, memo) + (a[i - 1] == b[j - 1] ? 0 : 1)});
  if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, osa(a, b, i - 2, j - 2, memo) + 1);
  return memo[{i, j}] = d;
}

}  // namespace

TEST_CASE("edit distance: insertions, deletions, substitutions and an adjacent swap each count 1") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("dpia", "dpia") == 0);
  CHECK(edit_distance("dpai", "dpia") == 1);     // swapped
  CHECK(edit_distance("dpa", "dpia") == 1);      // one left out
  CHECK(edit_distance("dpiaa", "dpia") == 1);    // one too many
  CHECK(edit_distance("dpio", "dpia") == 1);     // one wrong
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("ca", "abc") == 3);        // OSA: no edit of a swapped pair (2 in full Damerau)
  CHECK(edit_distance("notice_months", "notcie_month") == 2);
}

TEST_CASE("edit distance, property: equal to the recursive definition, symmetric, at most the longer length") {
  const std::uint64_t seed = test::seed(4242);
  INFO("seed ", seed);
  std::mt19937_64 rng(seed);
  auto word = [&] {
    std::string w(rng() % 8, ' ');
    for (char& c : w) c = static_cast<char>('a' + rng() % 3);  // a small alphabet: many near misses
    return w;
  };
  for (int round = 0; round < 2000; ++round) {
    const std::string a = word(), b = word();
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> memo;
    INFO(a, " / ", b);
    const std::size_t d = edit_distance(a, b);
    CHECK(d == osa(a, b, a.size(), b.size(), memo));
    CHECK(d == edit_distance(b, a));
    CHECK(d <= std::max(a.size(), b.size()));
    CHECK((d == 0) == (a == b));
  }
}

TEST_CASE("nearest: the closest candidate within 1, 2 or 3 edits by the word's length, else none") {
  const std::vector<std::string> keys{"notice_months", "base_years", "vote", "dpia"};
  CHECK(nearest("dpai", keys) == "dpia");
  CHECK(nearest("vot", keys) == "vote");
  CHECK(nearest("vt", keys).empty());               // 2 edits from "vote": a short word allows 1
  CHECK(nearest("bsae_yeras", keys) == "base_years");  // 2 swaps, 10 letters allow 2
  CHECK(nearest("notce_mnths", keys) == "notice_months");
  CHECK(nearest("entirely_else", keys).empty());
}

TEST_CASE("did you mean: the known word as written, ignoring case, then the hint, or the hint alone when none is near") {
  set_language(Language::en);
  const std::vector<std::string> codes{"25LZ", "12AB"};
  CHECK(english(did_you_mean("25lz", codes, "")) == "did you mean '25LZ'?");
  CHECK(english(did_you_mean("25LX", codes, "see mbov member list")) == "did you mean '25LZ'? see mbov member list");
  CHECK(english(did_you_mean("99QQ", codes, "see mbov member list")) == "see mbov member list");
  CHECK(english(did_you_mean("99QQ", codes, "")).empty());
  CHECK(english(did_you_mean("x", {}, "")).empty());
}
