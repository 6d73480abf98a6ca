#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "core/mo.hpp"

using namespace mbov;

namespace {

void put(std::string& bytes, std::size_t at, std::uint32_t w) { std::memcpy(bytes.data() + at, &w, 4); }

// A catalogue as msgfmt writes it (the machine's byte order), of sorted (original, translation)
// pairs.
std::string mo(const std::vector<std::pair<std::string, std::string>>& entries) {
  const auto n = static_cast<std::uint32_t>(entries.size());
  std::string bytes(28 + 16 * n, '\0');
  put(bytes, 0, 0x950412de);
  put(bytes, 8, n);
  put(bytes, 12, 28);
  put(bytes, 16, 28 + 8 * n);
  for (std::uint32_t i = 0; i < n; ++i) {
    for (const auto& [table, text] : {std::pair{28u, entries[i].first}, std::pair{28 + 8 * n, entries[i].second}}) {
      put(bytes, table + 8 * i, static_cast<std::uint32_t>(text.size()));
      put(bytes, table + 8 * i + 4, static_cast<std::uint32_t>(bytes.size()));
      bytes += text + '\0';
    }
  }
  return bytes;
}

}  // namespace

TEST_CASE("MoCatalogue: finds a translation and its plural forms") {
  const MoCatalogue c(mo({{"day", std::string("dag\0dagen", 9)}, {"nothing due", "niets te doen"}}));
  std::size_t size = 0;
  CHECK(std::string(c.find("nothing due", &size)) == "niets te doen");
  CHECK(size == 13);
  CHECK(std::string(c.find("day", &size)) == "dag");
  CHECK(size == 9);
  CHECK(c.find("not there", &size) == nullptr);
}

TEST_CASE("MoCatalogue: bytes that are no catalogue, or entries outside them, translate nothing") {
  std::size_t size = 0;
  CHECK(MoCatalogue("").find("day", &size) == nullptr);
  CHECK(MoCatalogue(std::string(64, 'x')).find("day", &size) == nullptr);
  std::string bytes = mo({{"day", "dag"}});
  bytes.resize(bytes.size() - 2);  // the translation runs past the end
  size = 99;
  CHECK(MoCatalogue(bytes).find("day", &size) == nullptr);
  CHECK(size == 0);  // tr_n reads `size` bytes: none of a translation that is not there
  bytes = mo({{"day", "dag"}});
  put(bytes, 28 + 8 + 4, 1u << 31);  // the translation's offset far outside
  CHECK(MoCatalogue(bytes).find("day", &size) == nullptr);
  put(bytes, 12, 1u << 30);  // the table of originals outside
  CHECK(MoCatalogue(bytes).find("day", &size) == nullptr);
}
