// The html writer: one self-contained page (inline CSS and SVG, no scripts, no external assets),
// readable in a mail client and printable.
#include <fmt/format.h>

#include <mbov/core/i18n.hpp>
#include "core/text.hpp"
#include <mbov/core/output.hpp>
#include <mbov/report/report.hpp>
#include "report/svg.hpp"

namespace mbov::report {
namespace {

constexpr const char* style = R"css(
body { font-family: sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { border-bottom: 2px solid #0072B2; padding-bottom: .2em; }
h2 { margin-top: 1.6em; color: #0072B2; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: #eef4fa; }
td.n { text-align: right; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dt { font-weight: bold; }
dd { margin: 0; }
.none { color: #777; font-style: italic; }
figure { margin: 1em 0; }
)css";

// A nested value in a cell: an array as its count, an object as key: value pairs.
std::string cell(const Value& v) {
  if (const auto* a = std::get_if<Array>(&v.data)) return std::to_string(a->size());
  if (const auto* o = std::get_if<Object>(&v.data)) {
    std::string s;
    for (std::size_t i = 0; i < o->size(); ++i) s += (i ? ", " : "") + o->keys[i] + ": " + o->values[i].text();
    return html_escape(s);
  }
  return html_escape(people_scalar(v));
}

bool numeric(const Value& v) {
  return std::holds_alternative<std::int64_t>(v.data) || std::holds_alternative<double>(v.data);
}

std::string facts(const Object& given) {
  const Object o = people_words(given);
  std::string out = "<dl>\n";
  for (std::size_t i = 0; i < o.size(); ++i)
    out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(label(o.keys[i])), cell(o.values[i]));
  return out + "</dl>\n";
}

std::string table(const Section& s) {
  if (s.rows.empty()) return fmt::format("<p class=\"none\">{}</p>\n", tr("none"));
  const std::vector<std::string> columns = people_columns(s.columns);
  std::string out = "<table>\n<tr>";
  for (const std::string& c : columns) out += "<th>" + html_escape(label(c)) + "</th>";
  out += "</tr>\n";
  for (const Object& row : people_words(s.rows)) {
    out += "<tr>";
    for (const std::string& c : columns) {
      const Value* v = row.find(c);
      out += v && numeric(*v) ? "<td class=\"n\">" : "<td>";
      out += (v ? cell(*v) : std::string()) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

}  // namespace

std::string to_html(const Document& d) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{3}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{0}</title>\n"
      "<style>{1}</style>\n</head>\n<body>\n<h1>{0}</h1>\n{2}",
      html_escape(tr(d.title.c_str())), style, facts(d.head), language_code());
  for (const Section& s : d.sections) {
    out += fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n", html_escape(s.key), html_escape(tr(s.title.c_str())));
    out += s.columns.empty() ? facts(s.facts) : table(s);
    for (const Chart& c : d.charts)
      if (c.after == s.key) out += "<figure>\n" + c.svg + "\n</figure>\n";
    out += "</section>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace mbov::report
