// mbov-xlsx.so: writes a workbook libmbov has decided with libxlsxwriter (core/xlsx_book.hpp says
// why a module). It knows nothing of mbov but the Page it is given.
#include <xlsxwriter.h>

#include <type_traits>

#include "core/xlsx_book.hpp"

namespace {

using mbov::xlsx::Cell;
using mbov::xlsx::Failure;
using mbov::xlsx::Page;

struct Formats {
  lxw_format* head;
  lxw_format* date;
  lxw_format* moment;
  lxw_format* euro;
};

Formats formats(lxw_workbook* book) {
  const auto with = [book](const char* number) {
    lxw_format* f = workbook_add_format(book);
    format_set_num_format(f, number);
    return f;
  };
  Formats f{workbook_add_format(book), with("yyyy-mm-dd"), with("yyyy-mm-dd hh:mm:ss"),
            with("[$\xE2\x82\xAC-413] #,##0.00;[$\xE2\x82\xAC-413] -#,##0.00")};
  format_set_bold(f.head);
  return f;
}

lxw_error cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const Cell& v, const Formats& f) {
  switch (v.kind) {
    case Cell::Kind::empty: return LXW_NO_ERROR;
    case Cell::Kind::text: return worksheet_write_string(ws, r, c, v.text.c_str(), nullptr);
    case Cell::Kind::number: return worksheet_write_number(ws, r, c, v.number, nullptr);
    case Cell::Kind::euro: return worksheet_write_number(ws, r, c, v.number, f.euro);
    case Cell::Kind::boolean: return worksheet_write_boolean(ws, r, c, v.number != 0, nullptr);
    case Cell::Kind::date:
    case Cell::Kind::moment: {
      lxw_datetime when{v.year, v.month, v.day, v.hour, v.minute, v.second};
      return worksheet_write_datetime(ws, r, c, &when, v.kind == Cell::Kind::date ? f.date : f.moment);
    }
  }
  return LXW_NO_ERROR;
}

// The first error of writing one page, LXW_NO_ERROR when none.
lxw_error page(lxw_worksheet* ws, const Page& p, const Formats& f) {
  lxw_error e = LXW_NO_ERROR;
  const auto keep = [&e](lxw_error next) {
    if (e == LXW_NO_ERROR) e = next;
  };
  for (std::size_t c = 0; c < p.head.size(); ++c)
    keep(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), p.head[c].c_str(), f.head));
  for (std::size_t r = 0; r < p.rows.size() && e == LXW_NO_ERROR; ++r)
    for (std::size_t c = 0; c < p.rows[r].size(); ++c)
      keep(cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), p.rows[r][c], f));
  for (std::size_t c = 0; c < p.widths.size(); ++c)
    keep(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), p.widths[c], nullptr));
  worksheet_freeze_panes(ws, 1, 0);
  if (!p.head.empty())
    keep(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(p.rows.size()), static_cast<lxw_col_t>(p.head.size() - 1)));
  return e;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) Failure mbov_write_xlsx(const std::vector<Page>& pages,
                                                                          const std::string& path, std::string& detail) {
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return Failure::open;
  const Formats f = formats(book);
  for (const Page& p : pages) {
    lxw_worksheet* ws = workbook_add_worksheet(book, p.name.c_str());
    const lxw_error e = ws ? page(ws, p, f) : LXW_NO_ERROR;
    if (!ws || e != LXW_NO_ERROR) {
      workbook_close(book);
      detail = ws ? lxw_strerror(e) : p.name;
      return ws ? Failure::write : Failure::sheet;
    }
  }
  if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
    detail = lxw_strerror(e);
    return Failure::write;
  }
  return Failure::none;
}

static_assert(std::is_same_v<decltype(&mbov_write_xlsx), mbov::xlsx::WriteBook>);
