#pragma once
// What libmbov hands to mbov-xlsx.so (internal, not installed): a workbook already decided, cell
// by cell (core/xlsx.cpp), that the module only writes with libxlsxwriter (core/xlsx_module.cpp).
// The module is loaded for --format xlsx alone: libxlsxwriter links libminizip, libcrypto and
// zlib, and linking it into libmbov would load them at every start of every program that uses it.
#include <string>
#include <vector>

namespace mbov {
struct Sheet;  // core/xlsx.hpp
}

namespace mbov::xlsx {

// One cell, typed as core/xlsx.hpp says.
struct Cell {
  enum class Kind { empty, text, number, euro, boolean, date, moment } kind = Kind::empty;
  std::string text;                // text
  double number = 0;               // number, euro; boolean: 0 or 1
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
  double second = 0;               // date (the time 0), moment
};

// One worksheet: its name valid for Excel and unique, the bold head row, the rows, and the width of
// each column (frozen at A2, an autofilter over the columns).
struct Page {
  std::string name;
  std::vector<std::string> head;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;
};

// The sheets as the workbook shows them (libmbov; the module needs none of it).
std::vector<Page> pages(const std::vector<Sheet>& sheets);

// What went wrong, for libmbov's message: `detail` holds libxlsxwriter's reason or the sheet's name.
enum class Failure { none, open, write, sheet };

// The symbol mbov-xlsx.so exports: writes the pages as a workbook to `path`.
using WriteBook = Failure (*)(const std::vector<Page>& pages, const std::string& path, std::string& detail);
inline constexpr const char* write_book_symbol = "mbov_write_xlsx";

}  // namespace mbov::xlsx
