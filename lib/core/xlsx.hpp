#pragma once
// --format xlsx: an Office Open XML workbook (what Excel and LibreOffice open without an import
// dialog), written by libxlsxwriter in libmbov's module mbov-xlsx.so (loaded for xlsx alone).
// Cells are typed, so nothing is guessed on opening:
//   text            a text cell, never a number or a formula: member code 0123 stays 0123, 01E5
//                   stays 01E5, '=1+1' stays text (no formula guard needed, none added)
//   integer         a number (counts, ids, years, percentages)
//   fraction        an amount in euros (budget::money gives xlsx and json a number): a number
//                   in the euro format [$€-413] #,##0.00
//   YYYY-MM-DD      a date (format yyyy-mm-dd)
//   a timestamp     a date and time, local wall-clock time (format yyyy-mm-dd hh:mm:ss)
//   boolean         a boolean cell (TRUE/FALSE; WAAR/ONWAAR in a Dutch spreadsheet)
//   null            an empty cell
//   array, object   as csv: its element count, its compact JSON
// The first row holds the columns' labels (label(): Dutch with --lang nl), bold, frozen (the
// pane at A2), with an autofilter over the columns.
#include <string>
#include <vector>

#include <mbov/core/export.hpp>
#include <mbov/core/value.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// One worksheet: its tab's name (made valid for Excel: at most 31 characters, none of []:*?/\,
// unique in the workbook), its columns (field names) and rows.
struct Sheet {
  std::string name;
  std::vector<std::string> columns;
  std::vector<const Object*> rows;
};

// The workbook's bytes. Throws Error(Exit::ioerr) when the temporary file it is built in cannot
// be written ($TMPDIR, else /tmp), Error(Exit::software) naming mbov-xlsx.so when that cannot be
// loaded.
std::string render_xlsx(const std::vector<Sheet>& sheets);

}  // namespace mbov

MBOV_PUBLIC_END
