#include <doctest/doctest.h>

#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <mbov/core/csv.hpp>
#include "core/csv_plain.hpp"

using namespace mbov;

namespace {

// The fields split_plain() gives for one line after a header of n columns, or nothing when it
// leaves the line to CsvReader; the text is padded as CsvReader's buffer is.
std::vector<std::string> split(const std::string& line, std::size_t n, char sep = ',') {
  const std::string padded = line + std::string(8, '\0');
  const std::string_view text(padded.data(), line.size());
  if (csv_plain::plain_prefix(text) != text.size()) return {};
  std::vector<std::string_view> fields(n);
  if (csv_plain::split_plain(text, sep, fields.data(), n) != line.size()) return {};
  return {fields.begin(), fields.end()};
}

// The fields of the line as CsvReader reads it, or nothing for an error.
std::vector<std::string> read(const std::string& line, std::size_t n, char sep = ',') {
  std::string header = "a";
  for (std::size_t i = 1; i < n; ++i) header += std::string(1, sep) + "b" + std::to_string(i);
  std::istringstream in(header + "\n" + line);
  try {
    CsvReader r(in, "t.csv");
    if (!r.next()) return {};
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < r.size(); ++i) fields.emplace_back(r.field(i));
    return fields;
  } catch (...) {
    return {};
  }
}

}  // namespace

TEST_CASE("plain lines: split as CsvReader reads them, anything else left to it") {
  CHECK(split("A,yes,1\n", 3) == std::vector<std::string>{"A", "yes", "1"});
  CHECK(split("A;yes\r\n", 2, ';') == std::vector<std::string>{"A", "yes"});
  CHECK(split(" A ,,\r\n", 3) == std::vector<std::string>{" A ", "", ""});
  CHECK(split("a-longer-member-code,abstain\n", 2) == std::vector<std::string>{"a-longer-member-code", "abstain"});
  CHECK(split("A,yes\n", 3).empty());       // too few fields: CsvReader names the line
  CHECK(split("A,yes,1,2\n", 3).empty());   // too many
  CHECK(split("\n", 1).empty());            // blank
  CHECK(split("\r\n", 1).empty());
  CHECK(split("\"A\",yes\n", 2).empty());   // quoted
  CHECK(split("'=A,yes\n", 2).empty());     // csv_text_field's guard
  CHECK(split("Zo\xC3\xAB,yes\n", 2).empty());  // UTF-8 is checked by CsvReader
  CHECK(split("A\rB,yes\n", 2).empty());    // a CR inside a field
  CHECK(split(std::string(5000, 'A') + ",yes\n", 2).empty());
  CHECK(csv_plain::plain_prefix(std::string(100, 'x') + "\"" + std::string(8, 'x')) == 100);
}

TEST_CASE("plain lines: random lines split alike or left to CsvReader") {
  const char* env = std::getenv("MBOV_TEST_SEED");
  const std::uint64_t seed = env ? std::stoull(env) : 20261201;
  MESSAGE("seed " << seed << " (MBOV_TEST_SEED)");
  std::mt19937_64 rng(seed);
  const std::string alphabet = "ab ,;\t\r\"'=\xC3\xAB";
  int plain = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::size_t n = 1 + rng() % 4;
    const char sep = n == 1 || rng() % 3 ? ',' : ';';  // a header of one column says ','
    std::string line;
    for (std::size_t k = rng() % 40; k > 0; --k)
      line += rng() % 4 ? alphabet[rng() % 3] : alphabet[rng() % alphabet.size()];
    line += rng() % 3 ? "\n" : "\r\n";
    const std::vector<std::string> fast = split(line, n, sep);
    INFO("line '" << line << "', " << n << " fields, separator " << sep);
    if (fast.empty()) continue;
    ++plain;
    CHECK(fast == read(line, n, sep));
  }
  CHECK(plain > 1000);
}
