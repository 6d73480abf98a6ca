#include <doctest/doctest.h>

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <mbov/core/value.hpp>
#include <mbov/core/xlsx.hpp>

#include "core/xlsx_book.hpp"

using namespace mbov;

namespace {

// mbov-xlsx.so by its path in the build tree (the unit tests are not beside the library, where
// render_xlsx looks).
xlsx::WriteBook module_writer() {
  void* module = ::dlopen(MBOV_XLSX_MODULE, RTLD_NOW | RTLD_LOCAL);
  REQUIRE_MESSAGE(module != nullptr, ::dlerror());
  void* symbol = ::dlsym(module, xlsx::write_book_symbol);
  REQUIRE(symbol != nullptr);
  return reinterpret_cast<xlsx::WriteBook>(symbol);
}

// What the module makes of these pages: its failure, the reason, the workbook's bytes.
struct Written {
  xlsx::Failure failed;
  std::string detail, bytes;
};
Written written(const std::vector<xlsx::Page>& pages) {
  const xlsx::WriteBook write = module_writer();
  char path[] = "/tmp/mbov-test-XXXXXX";
  const int fd = ::mkstemp(path);
  REQUIRE(fd >= 0);
  ::close(fd);
  Written out;
  out.failed = write(pages, path, out.detail);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  out.bytes = std::move(bytes).str();
  return out;
}

}  // namespace

// The workbook's cells are checked by a real reader in tests/e2e/xlsx.sh (openpyxl); here, that
// any title becomes a tab name Excel takes (libxlsxwriter refuses the others, and the module
// would fail), one sheet each: a zip's entry names are stored uncompressed.
TEST_CASE("xlsx: any title is made a valid, unique sheet name") {
  const Object row = Object().add("code", "0123").add("joined", Date::from_ymd(2026, 1, 5)).add("amount", 12.5).add("n", 3);
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
  const std::vector<xlsx::Page> pages = xlsx::pages(sheets);
  REQUIRE(pages.size() == titles.size());
  CHECK(pages[0].name == "Deadlines until 20 January 2027");
  CHECK(pages[1].name == "a b c d  e f g");
  CHECK(pages[2].name == "quoted");
  CHECK(pages[3].name == "Data");
  CHECK(pages[4].name == "DATA 2");
  CHECK(pages[5].name == "data 3");
  CHECK(pages[6].name == "mbov");
  CHECK(pages[7].name == "Termijnen tot en met 20 januari");
  // Typed cells: text, a date, an amount in euros, a count.
  using Kind = xlsx::Cell::Kind;
  const std::vector<xlsx::Cell>& cells = pages[0].rows.at(0);
  CHECK(cells[0].kind == Kind::text);
  CHECK(cells[0].text == "0123");
  CHECK((cells[1].kind == Kind::date && cells[1].year == 2026 && cells[1].month == 1 && cells[1].day == 5));
  CHECK((cells[2].kind == Kind::euro && cells[2].number == 12.5));
  CHECK((cells[3].kind == Kind::number && cells[3].number == 3));
  const Written book = written(pages);
  CHECK_MESSAGE(book.failed == xlsx::Failure::none, book.detail);
  const std::string& bytes = book.bytes;
  CHECK(bytes.substr(0, 4) == "PK\x03\x04");
  for (std::size_t i = 1; i <= titles.size(); ++i)
    CHECK(bytes.find("xl/worksheets/sheet" + std::to_string(i) + ".xml") != std::string::npos);
  CHECK(bytes.find("xl/worksheets/sheet" + std::to_string(titles.size() + 1) + ".xml") == std::string::npos);
}

TEST_CASE("xlsx: a name Excel refuses is a failure of the module, naming the sheet") {
  const Written book = written({{.name = "a/b"}});
  CHECK(book.failed == xlsx::Failure::sheet);
  CHECK(book.detail == "a/b");
}
