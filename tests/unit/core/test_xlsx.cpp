#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <mbov/core/value.hpp>
#include <mbov/core/xlsx.hpp>

using namespace mbov;

// The workbook's cells are checked by a real reader in tests/e2e/xlsx.sh (openpyxl); here, that
// any title becomes a tab name Excel takes (libxlsxwriter refuses the others, and render_xlsx
// would throw), one sheet each: a zip's entry names are stored uncompressed.
TEST_CASE("xlsx: any title is made a valid, unique sheet name") {
  const Object row = Object().add("code", "0123").add("joined", "2026-01-05").add("amount", 12.5).add("n", 3);
  const std::vector<std::string> titles = {
      "Deadlines until 20 January 2027 and much later still",  // over 31 characters
      "a/b\\c[d]*e?f:g",                                      // Excel's forbidden characters
      "'quoted'",                                              // no ' at either end
      "Data", "DATA", "data",                                  // unique, case aside
      "",                                                      // empty
      "Termijnen tot en met 20 januari 2027 \xC3\xA9\xC3\xA9\xC3\xA9",  // UTF-8 cut on a character
  };
  std::vector<Sheet> sheets;
  for (const auto& t : titles) sheets.push_back({.name = t, .columns = {"code", "joined", "amount", "n"}, .rows = {&row}});
  const std::string bytes = render_xlsx(sheets);
  CHECK(bytes.substr(0, 4) == "PK\x03\x04");
  for (std::size_t i = 1; i <= titles.size(); ++i)
    CHECK(bytes.find("xl/worksheets/sheet" + std::to_string(i) + ".xml") != std::string::npos);
  CHECK(bytes.find("xl/worksheets/sheet" + std::to_string(titles.size() + 1) + ".xml") == std::string::npos);
}
