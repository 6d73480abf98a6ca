#include <mbov/core/xlsx.hpp>
#include "core/msg.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <mbov/core/dates.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/output.hpp>

namespace mbov {
namespace {

constexpr std::size_t sheet_name_max = LXW_SHEETNAME_MAX;  // Excel's limit, in characters
constexpr double widest_column = 60;

// The file libxlsxwriter writes the workbook to (it takes a path, not a buffer); removed after.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    path_ = fmt::format("{}/mbov-XXXXXX", dir && *dir ? dir : "/tmp");
    const int fd = ::mkstemp(path_.data());
    if (fd < 0) throw Error(Exit::ioerr, say("cannot create a temporary file in {}", path_));
    ::close(fd);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }
  std::string bytes() const {
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    if (!in) throw Error(Exit::ioerr, say("cannot read {}", path_));
    return std::move(out).str();
  }

 private:
  std::string path_;
};

void check(lxw_error e) {
  if (e != LXW_NO_ERROR) throw Error(Exit::ioerr, say("cannot write the workbook: {}", lxw_strerror(e)));
}

// A valid tab name: Excel's forbidden characters as spaces, no ' at either end, at most 31
// characters, and unique (case aside: " 2", " 3" ... at the end of a repeated one).
std::string sheet_name(const std::string& wanted, std::vector<std::string>& used) {
  std::string base;
  append_valid_utf8(base, wanted);
  for (char& c : base)
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos || static_cast<unsigned char>(c) < 0x20) c = ' ';
  const auto trim_apostrophes = [](std::string& s) {
    while (!s.empty() && s.front() == '\'') s.erase(0, 1);
    while (!s.empty() && s.back() == '\'') s.pop_back();
  };
  trim_apostrophes(base);
  const auto fold = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  };
  for (int n = 1;; ++n) {
    const std::string suffix = n == 1 ? "" : fmt::format(" {}", n);
    std::string name;
    std::size_t chars = 0, pos = 0;
    for (char32_t cp; pos < base.size() && chars + suffix.size() < sheet_name_max; ++chars) {
      const std::size_t len = decode_utf8(base, pos, cp);
      name.append(base, pos, len);
      pos += len;
    }
    trim_apostrophes(name);
    if (name.empty()) name = "mbov";
    name += suffix;
    if (std::none_of(used.begin(), used.end(), [&](const std::string& u) { return fold(u) == fold(name); })) {
      used.push_back(name);
      return name;
    }
  }
}

// A YYYY-MM-DD date, or a timestamp at its local wall-clock time; nullopt for other text.
std::optional<lxw_datetime> datetime(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  try {
    if (s.size() == 10) {
      const Date d = Date::parse(s, "");
      if (d.year() < 1900) return std::nullopt;  // before Excel's first day
      return lxw_datetime{d.year(), d.month(), d.day(), 0, 0, 0};
    }
    if (s.size() < 19 || s[10] != 'T') return std::nullopt;
    const std::string local = Timestamp::parse(s, "").local();  // 2026-11-25T16:00:00+01:00
    const Date d = Date::parse(std::string_view(local).substr(0, 10), "");
    if (d.year() < 1900) return std::nullopt;
    return lxw_datetime{d.year(), d.month(), d.day(), std::atoi(local.c_str() + 11), std::atoi(local.c_str() + 14),
                        static_cast<double>(std::atoi(local.c_str() + 17))};
  } catch (const Error&) {
    return std::nullopt;
  }
}

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

// Writes one cell; returns the characters it shows, for the column's width.
std::size_t cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const Value& v, const Formats& f) {
  if (v.is_null()) return 0;
  if (const auto* b = std::get_if<bool>(&v.data)) {
    check(worksheet_write_boolean(ws, r, c, *b, nullptr));
    return 5;
  }
  if (const auto* i = std::get_if<std::int64_t>(&v.data)) {
    check(worksheet_write_number(ws, r, c, static_cast<double>(*i), nullptr));
    return std::to_string(*i).size();
  }
  if (const auto* d = std::get_if<double>(&v.data)) {
    check(worksheet_write_number(ws, r, c, *d, f.euro));
    return fmt::format("{:.2f}", *d).size() + 4;
  }
  if (const auto* s = std::get_if<std::string>(&v.data)) {
    if (auto when = datetime(*s)) {
      check(worksheet_write_datetime(ws, r, c, &*when, s->size() == 10 ? f.date : f.moment));
      return s->size() == 10 ? 10 : 19;
    }
  }
  std::string text;
  append_valid_utf8(text, std::holds_alternative<Message>(v.data) ? people_scalar(v) : cell_text(v));
  check(worksheet_write_string(ws, r, c, text.c_str(), nullptr));
  return display_width(text);
}

void sheet(lxw_workbook* book, const Sheet& s, const Formats& f, std::vector<std::string>& used) {
  lxw_worksheet* ws = workbook_add_worksheet(book, sheet_name(s.name, used).c_str());
  if (!ws) throw Error(Exit::software, fmt::format("bad worksheet name '{}'", s.name));
  std::vector<std::size_t> width(s.columns.size());
  for (std::size_t c = 0; c < s.columns.size(); ++c) {
    std::string head;
    append_valid_utf8(head, label(s.columns[c]));
    check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), head.c_str(), f.head));
    width[c] = display_width(head) + 3;  // room for the autofilter's button
  }
  for (std::size_t r = 0; r < s.rows.size(); ++r)
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
      const Value* v = s.rows[r]->find(s.columns[c]);
      if (v) width[c] = std::max(width[c], cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), *v, f));
    }
  for (std::size_t c = 0; c < s.columns.size(); ++c)
    check(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                               std::min(static_cast<double>(width[c]) + 1, widest_column), nullptr));
  worksheet_freeze_panes(ws, 1, 0);
  if (!s.columns.empty())
    check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(s.rows.size()), static_cast<lxw_col_t>(s.columns.size() - 1)));
}

}  // namespace

std::string render_xlsx(const std::vector<Sheet>& sheets) {
  TempFile file;
  lxw_workbook* book = workbook_new(file.path().c_str());
  if (!book) throw Error(Exit::ioerr, say("cannot write {}", file.path()));
  try {
    const Formats f = formats(book);
    std::vector<std::string> used;
    for (const Sheet& s : sheets) sheet(book, s, f, used);
  } catch (...) {
    workbook_close(book);
    throw;
  }
  check(workbook_close(book));
  return file.bytes();
}

}  // namespace mbov
