#include <doctest/doctest.h>

#include <string>

#include "vote/member_table.hpp"

using namespace mbov::vote;

TEST_CASE("the member table: one slot per code, short, 8-byte and long codes alike") {
  MemberTable table;
  // Short codes packed; 8 bytes with a non-ASCII last byte and longer codes go to the arena.
  const std::string codes[] = {"A", "AB", "25LZ", "M0000001", "M000000\xC3", "M00000001", "M00000002",
                               std::string(300, 'X'), std::string(300, 'X') + "Y"};
  std::uint32_t line = 1;
  for (const std::string& code : codes) table.find_or_add(code).line = line++;
  CHECK(table.size() == std::size(codes));
  line = 1;
  for (const std::string& code : codes) CHECK(std::uint32_t{table.find_or_add(code).line} == line++);
  CHECK(table.size() == std::size(codes));
  // A prefix of a packed code is another member.
  CHECK(std::uint32_t{table.find_or_add("M000000").line} == 0);
}

TEST_CASE("the member table grows and keeps every mark") {
  MemberTable table;
  const int n = 200'000;
  for (int i = 1; i <= n; ++i) {
    Mark& m = table.find_or_add((i % 7 ? "M" : "a long member code ") + std::to_string(i));
    m.line = static_cast<std::uint32_t>(i);
    m.present = i % 2;
  }
  CHECK(table.size() == n);
  for (int i = 1; i <= n; ++i)
    REQUIRE(std::uint32_t{table.find_or_add((i % 7 ? "M" : "a long member code ") + std::to_string(i)).line} == static_cast<std::uint32_t>(i));
  long lines = 0, present = 0;
  table.each([&](const Mark& m) {
    lines += m.line != 0;
    present += m.present;
  });
  CHECK(lines == n);
  CHECK(present == n / 2);
}
