#include "core/hidden_chars.hpp"
#include <mbov/core/msg.hpp>
#include "core/utf8.hpp"
#include "core/text.hpp"
#include <mbov/core/output.hpp>
#include <mbov/core/i18n.hpp>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <type_traits>

#include <fmt/format.h>
#include <utf8proc.h>

#include <mbov/core/csv.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/xlsx.hpp>

namespace mbov {

namespace {

constexpr std::array<std::string_view, 10> format_names = {"table", "json", "csv",        "tsv", "markdown",
                                                           "text",  "html", "ics", "prometheus", "xlsx"};
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::string_view reset = "\x1b[0m";

// Numbers, and arrays (shown as their count), are right-aligned.
bool is_number(const Value& v) {
  return std::holds_alternative<std::int64_t>(v.data) || std::holds_alternative<double>(v.data) || v.is_array();
}

bool is_scalar(const Value& v) { return !v.is_array() && !v.is_object(); }

// Text, dates, timestamps and messages: what a csv cell guards as text.
bool is_text(const Value& v) {
  return std::holds_alternative<std::string>(v.data) || std::holds_alternative<Date>(v.data) ||
         std::holds_alternative<Timestamp>(v.data) || std::holds_alternative<Message>(v.data);
}

bool is_array_of_objects(const Value& v) {
  const auto* a = std::get_if<Array>(&v.data);
  return a && !a->empty() && std::all_of(a->begin(), a->end(), [](const Value& x) { return x.is_object(); });
}

const Value& null_value() {
  static const Value null;
  return null;
}

const Value& get(const Object& row, std::string_view column) {
  const Value* v = row.find(column);
  return v ? *v : null_value();
}

// --- text for terminals ----------------------------------------------------------------------

// s in upper case, letters beyond ASCII too (a Dutch label: "GEÏNFORMEERD").
std::string upper(std::string_view s) {
  std::string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return std::string(s);  // invalid UTF-8: as it is
    utf8proc_uint8_t buf[4];
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(utf8proc_encode_char(utf8proc_toupper(cp), buf)));
    p += n;
    left -= n;
  }
  return out;
}

// A value as a table cell or a key: value value, before terminal_text.
std::string people_text(const Value& v) {
  if (v.is_null()) return "-";
  return is_scalar(v) ? people_scalar(v) : cell_text(v);
}

struct Cell {
  std::string text;  // terminal-safe
  std::size_t width;
  bool null = false;
};

Cell make_cell(const Value& v) {
  Cell c;
  c.null = v.is_null();
  c.text = terminal_text(people_text(v));
  c.width = display_width(c.text);
  return c;
}

void pad(std::string& out, std::size_t n) { out.append(n, ' '); }

// Aligned columns; `indent` before every line. Nothing at all without rows.
void table(std::string& out, const std::vector<std::string>& columns, const std::vector<const Object*>& rows,
           Style style, std::size_t indent = 0) {
  if (rows.empty() || columns.empty()) return;
  const std::size_t n = columns.size();
  std::vector<Cell> cells;  // row-major
  cells.reserve(rows.size() * n);
  std::vector<std::size_t> width(n);
  std::vector<bool> right(n), any(n);
  std::vector<std::string> heads(n);
  for (std::size_t c = 0; c < n; ++c) {
    heads[c] = terminal_text(upper(label(columns[c])));
    width[c] = display_width(heads[c]);
    right[c] = true;
  }
  for (const Object* row : rows) {
    for (std::size_t c = 0; c < n; ++c) {
      const Value& v = get(*row, columns[c]);
      if (!v.is_null()) {
        any[c] = true;
        if (!is_number(v)) right[c] = false;
      }
      cells.push_back(make_cell(v));
      width[c] = std::max(width[c], cells.back().width);
    }
  }
  for (std::size_t c = 0; c < n; ++c) right[c] = right[c] && any[c];

  auto put = [&](std::string_view text, std::size_t w, std::size_t c, std::string_view colour) {
    if (c) out += "  ";
    const std::size_t gap = width[c] - w;
    if (right[c]) pad(out, gap);
    if (!colour.empty()) out += colour;
    out += text;
    if (!colour.empty()) out += reset;
    if (!right[c] && c + 1 < n) pad(out, gap);
  };
  pad(out, indent);
  for (std::size_t c = 0; c < n; ++c) put(heads[c], display_width(heads[c]), c, style.colour ? bold : "");
  out += '\n';
  for (std::size_t r = 0; r < rows.size(); ++r) {
    pad(out, indent);
    for (std::size_t c = 0; c < n; ++c) {
      const Cell& cell = cells[r * n + c];
      put(cell.text, cell.width, c, style.colour && cell.null ? dim : "");
    }
    out += '\n';
  }
}

// The keys of a list of objects, in the order they first appear.
std::vector<std::string> union_keys(const Array& a) {
  std::vector<std::string> keys;
  for (const Value& v : a)
    for (const auto& k : std::get<Object>(v.data).keys)
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  return keys;
}

std::vector<const Object*> object_pointers(const Array& a) {
  std::vector<const Object*> rows;
  rows.reserve(a.size());
  for (const Value& v : a) rows.push_back(&std::get<Object>(v.data));
  return rows;
}

// The inline text of a value in key: value lines (before terminal_text).
std::string inline_text(const Value& v) {
  if (const auto* a = std::get_if<Array>(&v.data)) {
    if (a->empty()) return tr("(none)");
    std::string s;
    for (std::size_t i = 0; i < a->size(); ++i) {
      if (i) s += ", ";
      s += is_scalar((*a)[i]) ? people_text((*a)[i]) : to_json((*a)[i], 0);
    }
    return s;
  }
  return people_text(v);
}

// Sections: nested objects and non-empty arrays of objects, shown after the key: value lines.
bool is_section(const Value& v) { return v.is_object() || is_array_of_objects(v); }

void key_values(std::string& out, const Object& o, Style style, std::size_t indent) {
  std::vector<std::string> keys(o.size());
  std::size_t key_width = 0;
  bool any_line = false;
  for (std::size_t i = 0; i < o.size(); ++i) {
    keys[i] = terminal_text(label(o.keys[i]));
    if (is_section(o.values[i])) continue;
    key_width = std::max(key_width, display_width(keys[i]));
    any_line = true;
  }
  for (std::size_t i = 0; i < o.size(); ++i) {
    const Value& v = o.values[i];
    if (is_section(v)) continue;
    pad(out, indent);
    if (style.colour) out += bold;
    out += keys[i];
    out += ':';
    if (style.colour) out += reset;
    pad(out, key_width - display_width(keys[i]) + 1);
    const std::string text = terminal_text(inline_text(v), true);
    if (style.colour && v.is_null()) {
      out += dim;
      out += text;
      out += reset;
    } else {
      // Continuation lines of a multi-line value start at the value column.
      std::size_t start = 0;
      for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
        out.append(text, start, nl + 1 - start);
        pad(out, indent + key_width + 2);
      }
      out.append(text, start);
    }
    out += '\n';
  }
  for (std::size_t i = 0; i < o.size(); ++i) {
    const Value& v = o.values[i];
    if (!is_section(v)) continue;
    if (any_line || i) out += '\n';
    any_line = true;
    pad(out, indent);
    if (style.colour) out += bold;
    out += keys[i];
    out += ':';
    if (style.colour) out += reset;
    out += '\n';
    if (const auto* sub = std::get_if<Object>(&v.data)) {
      key_values(out, *sub, style, indent + 2);
    } else {
      const auto& a = std::get<Array>(v.data);
      table(out, union_keys(a), object_pointers(a), style, indent + 2);
    }
  }
}

// --- csv, tsv --------------------------------------------------------------------------------

// Money is text with two decimals (budget::money: exact cents, no binary fraction) in these fields.
bool money_cell(std::string_view field, std::string_view text) {
  static constexpr std::string_view fields[] = {"acquisition", "amount", "budgeted", "left", "one_off", "spent", "total", "yearly"};
  if (std::find(std::begin(fields), std::end(fields), field) == std::end(fields)) return false;
  if (text.starts_with('-')) text.remove_prefix(1);
  const auto digits = [](std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  return text.size() >= 4 && text[text.size() - 3] == '.' && digits(text.substr(0, text.size() - 3)) && digits(text.substr(text.size() - 2));
}

// The text of a cell in the CSV dialect: excel writes a decimal comma (1234,5) in numbers with a
// fraction and in money, so a Dutch spreadsheet reads both as numbers.
std::string delimited_text(const Value& v, std::string_view field, CsvDialect dialect) {
  std::string text = cell_text(v);
  if (dialect == CsvDialect::excel && (std::holds_alternative<double>(v.data) || (std::holds_alternative<std::string>(v.data) && money_cell(field, text))))
    std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

void delimited(std::string& out, Format format, const std::vector<std::string>& columns,
               const std::vector<const Object*>& rows, CsvDialect dialect) {
  const bool csv = format == Format::csv;
  const std::string_view eol = csv ? "\r\n" : "\n";
  const char separator = csv ? csv_separator(dialect) : '\t';
  auto field = [&](std::string_view s) {
    if (csv) csv_field(out, s, separator);
    else tsv_field(out, s);
  };
  if (csv && dialect == CsvDialect::excel) out += "\xEF\xBB\xBF";
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (c) out += separator;
    field(columns[c]);
  }
  out += eol;
  for (const Object* row : rows) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c) out += separator;
      const Value& v = get(*row, columns[c]);
      const std::string text = delimited_text(v, columns[c], csv ? dialect : CsvDialect::rfc);
      // A lone empty field would be a blank line, which readers skip: write it as "".
      if (csv && columns.size() == 1 && text.empty()) out += "\"\"";
      else if (csv && is_text(v)) csv_text_field(out, text, separator);
      else field(text);
    }
    out += eol;
  }
}

// --- markdown --------------------------------------------------------------------------------

// A markdown cell's text: as csv, but a date or timestamp as people read it; null stays empty.
std::string people_markdown(const Value& v) { return v.is_null() ? std::string() : people_text(v); }

void markdown_cell(std::string& out, std::string_view s) {
  std::string valid;
  append_valid_utf8(valid, s);
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    switch (c) {
      case '|': out += "\\|"; break;
      case '\\': out += "\\\\"; break;
      case '<': out += "\\<"; break;
      case '\r':
        if (i + 1 < valid.size() && valid[i + 1] == '\n') break;  // CRLF: one line break
        out += "<br>";
        break;
      case '\n': out += "<br>"; break;
      case '*': case '_': case '`': case '[': case ']': case '#': case '~': out += '\\'; out += c; break;
      default:
        if (const HiddenChar h = hidden_char_at(valid, i); h.length) {
          if (h.cp < 0x20 || h.cp == 0x7F) out += ' ';
          else fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(h.cp));
          i += h.length - 1;
        } else {
          out += c;
        }
    }
  }
}

void markdown_table(std::string& out, const std::vector<std::string>& columns, const std::vector<const Object*>& rows) {
  if (columns.empty()) return;
  std::vector<bool> right(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    bool numeric = true, any = false;
    for (const Object* row : rows) {
      const Value& v = get(*row, columns[c]);
      if (v.is_null()) continue;
      any = true;
      numeric = numeric && is_number(v);
    }
    right[c] = numeric && any;
  }
  out += '|';
  for (const auto& col : columns) {
    out += ' ';
    markdown_cell(out, label(col));
    out += " |";
  }
  out += "\n|";
  for (std::size_t c = 0; c < columns.size(); ++c) out += right[c] ? "---:|" : "---|";
  out += '\n';
  for (const Object* row : rows) {
    out += '|';
    for (const auto& col : columns) {
      out += ' ';
      markdown_cell(out, people_markdown(get(*row, col)));
      out += " |";
    }
    out += '\n';
  }
}

void markdown_object(std::string& out, const Object& o, int level) {
  out += fmt::format("| {} | {} |\n|---|---|\n", tr("field"), tr("value"));
  for (std::size_t i = 0; i < o.size(); ++i) {
    if (is_section(o.values[i])) continue;
    out += "| ";
    markdown_cell(out, label(o.keys[i]));
    out += " | ";
    const Value& v = o.values[i];
    markdown_cell(out, v.is_array() ? inline_text(v) : people_markdown(v));
    out += " |\n";
  }
  for (std::size_t i = 0; i < o.size(); ++i) {
    const Value& v = o.values[i];
    if (!is_section(v)) continue;
    out += '\n';
    out.append(static_cast<std::size_t>(std::min(level, 6)), '#');
    out += ' ';
    markdown_cell(out, label(o.keys[i]));
    out += "\n\n";
    if (const auto* sub = std::get_if<Object>(&v.data)) {
      markdown_object(out, *sub, level + 1);
    } else {
      const auto& a = std::get<Array>(v.data);
      markdown_table(out, union_keys(a), object_pointers(a));
    }
  }
}

void write_all(std::ostream& out, const std::string& s) {
  out.write(s.data(), static_cast<std::streamsize>(s.size()));
  out.flush();
  if (!out) throw Error(Exit::ioerr, msg("cannot write the output"));
}

// Wide (2 columns) and zero-width code points, after Markus Kuhn's wcwidth, in short.
struct Range {
  char32_t first, last;
};
constexpr Range zero_width[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064},
    {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};
constexpr Range wide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2E80, 0x303E},   {0x3041, 0x33FF},
    {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},   {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

bool in(const Range* begin, const Range* end, char32_t cp) {
  const Range* r = std::upper_bound(begin, end, cp, [](char32_t x, const Range& range) { return x < range.first; });
  return r != begin && cp <= (r - 1)->last;
}

}  // namespace

std::string people_scalar(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v.data)) return *s;
  if (const auto* d = std::get_if<Date>(&v.data)) return human_date(*d);
  if (const auto* t = std::get_if<Timestamp>(&v.data)) return human_moment(*t);
  if (const auto* m = std::get_if<Message>(&v.data)) return render(*m, language());
  if (const auto* b = std::get_if<bool>(&v.data)) return *b ? tr("true") : tr("false");
  std::string text = v.text();
  // A decimal comma in Dutch (85,7).
  if (std::holds_alternative<double>(v.data) && language() == Language::nl) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string markdown_text(std::string_view s) {
  std::string out;
  markdown_cell(out, s);
  return out;
}

std::string terminal_text(std::string_view s, bool keep_newlines) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t n = decode_utf8(s, i, cp);
    if (cp == '\n' && keep_newlines) out += '\n';
    else if (cp == '\n') out += "\\n";
    else if (cp == '\t') out += "\\t";
    else if (cp == '\r') out += "\\r";
    else if (cp < 0x20 || cp == 0x7F) fmt::format_to(std::back_inserter(out), "\\x{:02x}", static_cast<unsigned>(cp));
    else if (is_hidden_char(cp)) fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(cp));
    else if (cp == 0xFFFD) out += "\xEF\xBF\xBD";
    else out.append(s, i, n);
    i += n;
  }
  return out;
}

Format parse_format(std::string_view name) {
  for (std::size_t i = 0; i < format_names.size(); ++i)
    if (format_names[i] == name) return static_cast<Format>(i);
  throw Error(Exit::usage,
              msg("unknown format '{}' (want table, json, csv, tsv, markdown, text, html, ics, prometheus or xlsx)", name));
}

std::string_view format_name(Format format) { return format_names[static_cast<std::size_t>(format)]; }

bool for_people(Format format) {
  return format == Format::table || format == Format::markdown || format == Format::text || format == Format::html ||
         format == Format::xlsx;
}

bool colour_wanted(int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  return ::isatty(fd) == 1;
}

std::string cell_text(const Value& value) {
  if (const auto* a = std::get_if<Array>(&value.data)) return fmt::format("{}", a->size());
  if (value.is_object()) return to_json(value, 0);
  return value.text();
}

std::size_t display_width(std::string_view s) {
  std::size_t width = 0, i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++width;
      ++i;
      continue;
    }
    char32_t cp;
    i += decode_utf8(s, i, cp);
    if (in(std::begin(zero_width), std::end(zero_width), cp)) continue;
    width += in(std::begin(wide), std::end(wide), cp) ? 2 : 1;
  }
  return width;
}

std::string render_list(Format format, const std::vector<std::string>& columns, const std::vector<Object>& rows,
                        Style style) {
  std::string out;
  if (format == Format::json) {
    if (rows.empty()) return "[]\n";
    out.reserve(rows.size() * 128);
    out += '[';
    for (std::size_t i = 0; i < rows.size(); ++i) {
      out += i ? ",\n  " : "\n  ";
      write_json(out, rows[i], 2, 1);
    }
    out += "\n]\n";
    return out;
  }
  if (format == Format::text || format == Format::html || format == Format::ics || format == Format::prometheus)
    throw Error(Exit::usage, msg("--format {} is not available for this command (use table, json, csv, tsv or markdown)",
                                         format_name(format)));
  if (format == Format::csv || format == Format::tsv) {
    std::vector<const Object*> pointers;
    pointers.reserve(rows.size());
    for (const auto& row : rows) pointers.push_back(&row);
    delimited(out, format, columns, pointers, style.csv);
    return out;
  }
  // People read closed-set values as words of their language (core/words.cpp); English as is.
  const bool words = language() != Language::en;
  std::vector<Object> shown;
  if (words) shown = people_words(rows);
  const std::vector<std::string> shown_columns = words ? people_columns(columns) : std::vector<std::string>{};
  std::vector<const Object*> pointers;
  pointers.reserve(rows.size());
  for (const auto& row : words ? shown : rows) pointers.push_back(&row);
  const std::vector<std::string>& header = words ? shown_columns : columns;
  if (format == Format::xlsx) return render_xlsx({{.name = "mbov", .columns = header, .rows = std::move(pointers)}});
  if (format == Format::markdown) markdown_table(out, header, pointers);
  else table(out, header, pointers, style);
  return out;
}

std::string render_object(Format format, const Object& given, Style style) {
  std::string out;
  // People read closed-set values as words of their language (core/words.cpp); English as is.
  Object shown;
  if (for_people(format) && language() != Language::en) shown = people_words(given);
  const Object& object = shown.size() ? shown : given;
  switch (format) {
    case Format::json:
      write_json(out, object);
      out += '\n';
      break;
    case Format::table:
    case Format::text: key_values(out, object, style, 0); break;
    case Format::csv:
    case Format::tsv:
    case Format::xlsx: {
      std::vector<std::string> scalars;
      for (std::size_t i = 0; i < object.size(); ++i)
        if (is_scalar(object.values[i])) scalars.push_back(object.keys[i]);
      if (format == Format::xlsx) return render_xlsx({{.name = "mbov", .columns = scalars, .rows = {&object}}});
      delimited(out, format, scalars, {&object}, style.csv);
      break;
    }
    case Format::markdown: markdown_object(out, object, 3); break;
    default:
      throw Error(Exit::usage, msg("--format {} is not available for this command (use table, text, json, csv, tsv or markdown)",
                                           format_name(format)));
  }
  return out;
}

void print_list(std::ostream& out, Format format, const std::vector<std::string>& columns,
                const std::vector<Object>& rows, Style style) {
  write_all(out, render_list(format, columns, rows, style));
}

void print_object(std::ostream& out, Format format, const Object& object, Style style) {
  write_all(out, render_object(format, object, style));
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace mbov
