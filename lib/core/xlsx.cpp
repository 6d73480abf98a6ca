#include <mbov/core/xlsx.hpp>
#include <mbov/core/msg.hpp>
#include "core/utf8.hpp"
#include "core/text.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include <mbov/core/dates.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/output.hpp>

#include "core/xlsx_book.hpp"

namespace mbov {
namespace {

constexpr std::size_t sheet_name_max = 31;  // Excel's limit, in characters
constexpr double widest_column = 60;

// The file libxlsxwriter writes the workbook to (it takes a path, not a buffer); removed after.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    path_ = fmt::format("{}/mbov-XXXXXX", dir && *dir ? dir : "/tmp");
    const int fd = ::mkstemp(path_.data());
    if (fd < 0) throw Error(Exit::ioerr, msg("cannot create a temporary file in {}", path_));
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
    if (!in) throw Error(Exit::ioerr, msg("cannot read {}", path_));
    return std::move(out).str();
  }

 private:
  std::string path_;
};

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

// A date, or a timestamp at its local wall-clock time; nullopt before Excel's first day (1900).
std::optional<xlsx::Cell> datetime(Date d) {
  if (d.year() < 1900) return std::nullopt;
  return xlsx::Cell{.kind = xlsx::Cell::Kind::date, .year = d.year(), .month = d.month(), .day = d.day()};
}

std::optional<xlsx::Cell> datetime(Timestamp t) {
  const std::string local = t.local();  // 2026-11-25T16:00:00+01:00
  auto when = datetime(t.local_date());
  if (when) {
    when->kind = xlsx::Cell::Kind::moment;
    when->hour = std::atoi(local.c_str() + 11);
    when->minute = std::atoi(local.c_str() + 14);
    when->second = static_cast<double>(std::atoi(local.c_str() + 17));
  }
  return when;
}

// One cell, and the characters it shows (for the column's width).
std::pair<xlsx::Cell, std::size_t> cell(const Value& v) {
  using Kind = xlsx::Cell::Kind;
  if (v.is_null()) return {{}, 0};
  if (const auto* b = std::get_if<bool>(&v.data)) return {{.kind = Kind::boolean, .number = *b ? 1.0 : 0.0}, 5};
  if (const auto* i = std::get_if<std::int64_t>(&v.data))
    return {{.kind = Kind::number, .number = static_cast<double>(*i)}, std::to_string(*i).size()};
  if (const auto* d = std::get_if<double>(&v.data)) return {{.kind = Kind::euro, .number = *d}, fmt::format("{:.2f}", *d).size() + 4};
  const auto* d = std::get_if<Date>(&v.data);
  const auto* t = std::get_if<Timestamp>(&v.data);
  if (auto when = d ? datetime(*d) : t ? datetime(*t) : std::nullopt) return {*when, d ? 10u : 19u};
  xlsx::Cell text{.kind = Kind::text};
  append_valid_utf8(text.text, std::holds_alternative<Message>(v.data) ? people_scalar(v) : cell_text(v));
  const std::size_t width = display_width(text.text);
  return {std::move(text), width};
}

xlsx::Page page(const Sheet& s, std::vector<std::string>& used) {
  xlsx::Page p{.name = sheet_name(s.name, used)};
  std::vector<std::size_t> width(s.columns.size());
  for (std::size_t c = 0; c < s.columns.size(); ++c) {
    append_valid_utf8(p.head.emplace_back(), label(s.columns[c]));
    width[c] = display_width(p.head.back()) + 3;  // room for the autofilter's button
  }
  for (const Object* row : s.rows) {
    std::vector<xlsx::Cell>& cells = p.rows.emplace_back(s.columns.size());
    for (std::size_t c = 0; c < s.columns.size(); ++c)
      if (const Value* v = row->find(s.columns[c])) {
        auto [shown, chars] = cell(*v);
        cells[c] = std::move(shown);
        width[c] = std::max(width[c], chars);
      }
  }
  for (std::size_t w : width) p.widths.push_back(std::min(static_cast<double>(w) + 1, widest_column));
  return p;
}

// mbov-xlsx.so beside libmbov (the build tree), else where it is installed (MBOV_XLSX_FROM_LIB),
// loaded once; a clear error naming the file when it is missing or broken.
xlsx::WriteBook writer() {
  static const xlsx::WriteBook write = [] {
    Dl_info info{};
    const std::filesystem::path lib = ::dladdr(reinterpret_cast<const void*>(&render_xlsx), &info) && info.dli_fname
                                          ? std::filesystem::path(info.dli_fname).parent_path().lexically_normal()
                                          : std::filesystem::path(".");
    std::string why;
    for (const std::filesystem::path& at : {lib / "mbov-xlsx.so", lib / MBOV_XLSX_FROM_LIB / "mbov-xlsx.so"}) {
      if (void* module = ::dlopen(at.c_str(), RTLD_NOW | RTLD_LOCAL))
        if (void* symbol = ::dlsym(module, xlsx::write_book_symbol)) return reinterpret_cast<xlsx::WriteBook>(symbol);
      why = ::dlerror();
      std::error_code ec;
      if (std::filesystem::exists(at, ec)) break;  // there but broken: its error, not the next one's
    }
    throw Error(Exit::software, msg("cannot load the xlsx writer: {}", why), {},
                msg("reinstall libmbov: mbov-xlsx.so belongs to it"));
  }();
  return write;
}

}  // namespace

namespace xlsx {

std::vector<Page> pages(const std::vector<Sheet>& sheets) {
  std::vector<Page> out;
  std::vector<std::string> used;
  for (const Sheet& s : sheets) out.push_back(page(s, used));
  return out;
}

}  // namespace xlsx

std::string render_xlsx(const std::vector<Sheet>& sheets) {
  const std::vector<xlsx::Page> pages = xlsx::pages(sheets);
  const xlsx::WriteBook write = writer();
  TempFile file;
  std::string detail;
  const xlsx::Failure failed = write(pages, file.path(), detail);
  if (failed == xlsx::Failure::open) throw Error(Exit::ioerr, msg("cannot write {}", file.path()));
  if (failed == xlsx::Failure::write)
    throw Error(Exit::ioerr, msg("cannot write the workbook: {}", detail));
  if (failed == xlsx::Failure::sheet) throw Error(Exit::software, fmt::format("bad worksheet name '{}'", detail));
  return file.bytes();
}

}  // namespace mbov
