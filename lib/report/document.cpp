// The Document model and its plain writers: json, text (for mail), markdown.
#include <fmt/format.h>

#include <mbov/core/i18n.hpp>
#include "core/utf8.hpp"
#include "core/text.hpp"
#include <mbov/core/json.hpp>
#include <mbov/core/output.hpp>
#include <mbov/report/report.hpp>

namespace mbov::report {

Section& Document::table(std::string key, std::string title, std::vector<std::string> columns) {
  sections.push_back(Section{std::move(key), std::move(title), std::move(columns), {}, {}});
  return sections.back();
}

Section& Document::facts(std::string key, std::string title) { return table(std::move(key), std::move(title), {}); }

const Section* Document::find(std::string_view key) const {
  for (const Section& s : sections)
    if (s.key == key) return &s;
  return nullptr;
}

void write_json(std::ostream& out, const Document& d) {
  std::string text = "{";
  bool first = true;
  const auto key = [&](std::string_view name) {
    text += first ? "\n  " : ",\n  ";
    first = false;
    write_json_string(text, name);
    text += ": ";
  };
  for (std::size_t i = 0; i < d.head.size(); ++i) {
    key(d.head.keys[i]);
    write_json(text, d.head.values[i], 2, 1);
  }
  for (const Section& s : d.sections) {
    key(s.key);
    if (s.columns.empty()) {
      write_json(text, s.facts, 2, 1);
    } else if (s.rows.empty()) {
      text += "[]";
    } else {
      for (std::size_t i = 0; i < s.rows.size(); ++i) {
        text += i ? ",\n    " : "[\n    ";
        write_json(text, s.rows[i], 2, 2);
        out << text;
        text.clear();
      }
      text += "\n  ]";
    }
  }
  text += first ? "}" : "\n}";
  out << text;
}

namespace {

// The body of one section in a plain format, as people read it; an empty table says so instead
// of printing nothing.
std::string section_body(const Section& s, Format f) {
  if (s.columns.empty()) return render_object(f, s.facts);
  if (s.rows.empty()) return std::string(tr("(none)")) + '\n';
  return render_list(f, s.columns, s.rows);
}

}  // namespace

// Titles are English in the Document (marked N_ where made) and translated here, where shown;
// text and markdown are read by people: they print the shown head, facts and rows.
std::string to_text(const Document& d) {
  const std::string title = terminal_text(tr(d.title.c_str()));
  std::string out = title + '\n' + std::string(display_width(title), '=') + '\n' + render_object(Format::text, d.head);
  for (const Section& s : d.sections) {
    const std::string heading = terminal_text(tr(s.title.c_str()));
    out += '\n' + heading + '\n' + std::string(display_width(heading), '-') + '\n' + section_body(s, Format::table);
  }
  return out;
}

std::string to_markdown(const Document& d) {
  std::string out = "# " + markdown_text(tr(d.title.c_str())) + "\n\n";
  const Object& head = d.head;
  // The head's dates stay ISO; a message (the look-ahead) reads as people read it.
  for (std::size_t i = 0; i < head.size(); ++i) {
    const Value& v = head.values[i];
    const std::string text = std::holds_alternative<Message>(v.data) ? people_scalar(v) : v.text();
    out += fmt::format("- {}: {}\n", markdown_text(label(head.keys[i])), markdown_text(text));
  }
  for (const Section& s : d.sections)
    out += "\n## " + markdown_text(tr(s.title.c_str())) + "\n\n" + section_body(s, Format::markdown);
  return out;
}

}  // namespace mbov::report
