// The Document as spreadsheets take it: csv (one list with a section column) and xlsx (a sheet
// per section).
#include <algorithm>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/xlsx.hpp>
#include <mbov/report/report.hpp>

namespace mbov::report {
namespace {

void add_columns(std::vector<std::string>& columns, const std::vector<std::string>& more) {
  for (const std::string& c : more)
    if (std::find(columns.begin(), columns.end(), c) == columns.end()) columns.push_back(c);
}

// A head or facts object with `section` in front.
Object part_row(std::string section, const Object& part) {
  Object row;
  row.add("section", std::move(section));
  row.keys.insert(row.keys.end(), part.keys.begin(), part.keys.end());
  row.values.insert(row.values.end(), part.values.begin(), part.values.end());
  return row;
}

}  // namespace

std::string to_csv(const Document& d, Style style) {
  std::vector<std::string> columns = {"section"};
  std::vector<Object> rows = {part_row("head", d.head)};
  add_columns(columns, d.head.keys);
  for (const Section& s : d.sections) {
    if (s.columns.empty()) {
      rows.push_back(part_row(s.key, s.facts));
      add_columns(columns, s.facts.keys);
      continue;
    }
    add_columns(columns, s.columns);
    for (const Object& r : s.rows) rows.push_back(part_row(s.key, r));
  }
  return render_list(Format::csv, columns, rows, style);
}

std::string to_xlsx(const Document& d) {
  std::vector<Sheet> sheets = {{.name = tr(d.title.c_str()), .columns = d.head.keys, .rows = {&d.head}}};
  for (const Section& s : d.sections) {
    Sheet& sheet = sheets.emplace_back(Sheet{.name = tr(s.title.c_str()), .columns = s.columns});
    if (s.columns.empty()) {
      sheet.columns = s.facts.keys;
      sheet.rows = {&s.facts};
      continue;
    }
    for (const Object& r : s.rows) sheet.rows.push_back(&r);
  }
  return render_xlsx(sheets);
}

}  // namespace mbov::report
