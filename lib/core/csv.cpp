#include "core/hidden_chars.hpp"
#include <mbov/core/msg.hpp>
#include "core/utf8.hpp"
#include <mbov/core/csv.hpp>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include <mbov/core/error.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/i18n.hpp>

namespace mbov {

// ---------------------------------------------------------------------------------------------
// Writers

CsvDialect parse_csv_dialect(std::string_view name) {
  if (name == "rfc") return CsvDialect::rfc;
  if (name == "excel") return CsvDialect::excel;
  throw Error(Exit::usage, msg("unknown CSV dialect '{}' (want rfc or excel)", name));
}

char csv_separator(CsvDialect dialect) { return dialect == CsvDialect::excel ? ';' : ','; }

void csv_field(std::string& out, std::string_view field, char separator) {
  const char specials[] = {separator, '"', '\r', '\n', '\0'};
  const bool quote = field.find_first_of(specials) != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out += field;
    return;
  }
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '"') {
      out.append(field, run, i + 1 - run);  // the quote, then its double
      out += '"';
      run = i + 1;
    }
  }
  out.append(field, run, field.size() - run);
  out += '"';
}

namespace {

// -12, +3,5, 0.25: a number, which a spreadsheet reads as a number, never as a formula.
bool is_number(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  const std::size_t mark = s.find_first_of(".,");
  const auto all_digits = [](std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (mark == std::string_view::npos) return all_digits(s);
  return all_digits(s.substr(0, mark)) && all_digits(s.substr(mark + 1));
}

// A text a spreadsheet would run as a formula, after any ' already in front: such a text is
// written with one more ' (so a text that starts with ' and a trigger round-trips too).
bool needs_guard(std::string_view text) {
  const std::size_t first = text.find_first_not_of('\'');
  if (first == std::string_view::npos) return false;
  return std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos && !is_number(text);
}

// A text a spreadsheet's import would change by reading it as a number: a leading zero (member
// code 0123 -> 123), an exponent (01E5 -> 100000, 12E4 -> 120000), more than 15 digits (rounded).
// Quoted, such a text survives an import that keeps quoted fields as text (man mbov(1)); plain
// numbers (1234.50, 0.50, -3) read the same either way and stay unquoted.
bool changed_as_number(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  std::string_view mantissa = s, exponent;
  const std::size_t e = s.find_first_of("eE");
  if (e != std::string_view::npos) {
    mantissa = s.substr(0, e);
    exponent = s.substr(e + 1);
    if (!exponent.empty() && (exponent.front() == '-' || exponent.front() == '+')) exponent.remove_prefix(1);
    if (exponent.empty() || exponent.find_first_not_of("0123456789") != std::string_view::npos) return false;
  }
  if (!is_number(mantissa) || mantissa.front() == '-' || mantissa.front() == '+') return false;
  const auto digits = std::count_if(mantissa.begin(), mantissa.end(), [](char c) { return c >= '0' && c <= '9'; });
  return e != std::string_view::npos || (mantissa.size() > 1 && mantissa[0] == '0' && mantissa[1] != '.' && mantissa[1] != ',') ||
         digits > 15;
}

}  // namespace

void csv_text_field(std::string& out, std::string_view text, char separator) {
  if (changed_as_number(text)) {  // digits, a sign, a mark and an E: nothing inside to escape
    out += '"';
    out += text;
    out += '"';
    return;
  }
  if (!needs_guard(text)) return csv_field(out, text, separator);
  std::string guarded = "'";
  guarded += text;
  csv_field(out, guarded, separator);
}

void tsv_field(std::string& out, std::string_view field) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < field.size(); ++i) {
    const char c = field[i];
    const char* esc = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
    // Other controls and hidden format characters as \xNN / \uNNNN: a field never carries them raw.
    const HiddenChar hidden = esc ? HiddenChar{} : hidden_char_at(field, i);
    if (!esc && !hidden.length) continue;
    out.append(field, run, i - run);
    if (esc) out += esc;
    else if (hidden.cp < 0x80) out += fmt::format("\\x{:02x}", static_cast<unsigned>(hidden.cp));
    else out += fmt::format("\\u{:04x}", static_cast<unsigned>(hidden.cp));
    run = i + (esc ? 1 : hidden.length);
    i = run - 1;
  }
  out.append(field, run, field.size() - run);
}

// ---------------------------------------------------------------------------------------------
// Reader

namespace {

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string size_text(std::size_t bytes) {
  if (bytes % (std::size_t{1} << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  return fmt::format("{} KiB", bytes >> 10);
}

constexpr std::size_t chunk = 8;  // the bytes of one read by scan() and plain_ascii()
constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;

std::uint64_t load(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, chunk);
  return w;
}

// The high bit of each zero byte of w (and maybe of bytes after the first zero byte).
std::uint64_t zero_bytes(std::uint64_t w) { return (w - ones) & ~w & highs; }

// The first byte at or after p that is `sep` or a line feed, or `end`. A field's bytes take one or
// two 8-byte reads instead of a loop per byte; they may read up to 8 bytes beyond `end`.
std::size_t scan(const char* b, std::size_t p, std::size_t end, char sep) {
  if constexpr (std::endian::native == std::endian::little) {  // the first byte is the lowest
    const std::uint64_t seps = ones * static_cast<unsigned char>(sep), lfs = ones * '\n';
    for (; p < end; p += chunk)
      if (const std::uint64_t hit = zero_bytes(load(b + p) ^ seps) | zero_bytes(load(b + p) ^ lfs))
        return std::min(end, p + static_cast<std::size_t>(std::countr_zero(hit)) / 8);
    return end;
  }
  while (p < end && b[p] != sep && b[p] != '\n') ++p;
  return p;
}

// ASCII without a NUL byte, as nearly every record is: 8 bytes at a time.
bool plain_ascii(std::string_view text) {
  std::size_t i = 0;
  for (; i + chunk <= text.size(); i += chunk) {
    const std::uint64_t w = load(text.data() + i);
    if ((w & highs) || zero_bytes(w)) return false;  // a byte >= 0x80, or a zero byte
  }
  for (; i < text.size(); ++i)
    if (text[i] == 0 || static_cast<unsigned char>(text[i]) >= 0x80) return false;
  return true;
}

// The separator, from the header row: ';' (Dutch spreadsheets) when the row has semicolons and
// no comma outside quotes, else ','.
char separator(std::string_view text) {
  bool quoted = false, semicolon = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c == '\n') break;
    else if (c == ',') return ',';
    else if (c == ';') semicolon = true;
  }
  return semicolon ? ';' : ',';
}
}  // namespace

CsvReader::CsvReader(std::istream& in, std::string source)
    : in_(in), source_(source == "-" ? "stdin" : std::move(source)) {
  // The 8 bytes after the input are zeros, for the 8-byte reads of scan().
  buf_ = std::make_unique_for_overwrite<char[]>(csv_limits::record + chunk);
  cap_ = csv_limits::record;
  std::memset(buf_.get(), 0, chunk);
  fields_.reserve(16);
  // The first line whole (or the buffer full): the byte order mark and the separator are in it.
  while (!std::memchr(buf_.get(), '\n', end_) && end_ < cap_ && fill()) {
  }
  const std::string_view start(buf_.get(), end_);
  if (start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF") || start.find('\0') != std::string_view::npos)
    fail(1, 0, msg("UTF-16 or binary data, not UTF-8 text (save the file as CSV UTF-8)"));
  // A UTF-8 byte order mark (spreadsheets write one) is not part of the first column's name.
  if (start.starts_with("\xEF\xBB\xBF")) pos_ = 3;
  sep_ = separator(start.substr(pos_));
  std::size_t first_blank = 0;
  for (;;) {
    if (!read_record()) throw Error(Exit::data, msg("{}: empty file, want a header row", source_));
    if (!blank_) break;
    if (!first_blank) first_blank = line_;
  }
  if (first_blank) fail(first_blank, 0, msg("blank line, want the header row"));
  header_.reserve(fields_.size());
  for (std::size_t i = 0; i < fields_.size(); ++i) header_.emplace_back(field(i));
}

void CsvReader::fail(std::size_t line, std::size_t column, const Message& message) const {
  if (column == 0) throw Error(Exit::data, joined("{}:{}: {}", source_, line, message));
  if (column <= header_.size())
    throw Error(Exit::data, joined("{}:{}:{} ({}): {}", source_, line, column, header_[column - 1], message));
  throw Error(Exit::data, joined("{}:{}:{}: {}", source_, line, column, message));
}

bool CsvReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {  // keep the unparsed tail, at the front
    std::memmove(buf_.get(), buf_.get() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == cap_)  // one record fills the buffer: the limit, checked before memory grows
    fail(next_line_, 0, msg("a record longer than {} (the limit of a line)", size_text(csv_limits::record)));
  in_.read(buf_.get() + end_, static_cast<std::streamsize>(cap_ - end_));
  const auto n = static_cast<std::size_t>(in_.gcount());
  end_ += n;
  std::memset(buf_.get() + end_, 0, chunk);
  read_ += n;
  if (read_ > csv_limits::input)
    throw Error(Exit::data, msg("{}: larger than {} (the limit of an input file)", source_,
                                        size_text(csv_limits::input)));
  if (in_.bad()) throw Error(Exit::ioerr, msg("{}: read error", source_));
  if (!in_) eof_ = true;  // fewer bytes than asked for: the end of the input
  return n > 0;
}

CsvReader::Parse CsvReader::parse() {
  const char* b = buf_.get();
  std::size_t p = pos_;
  record_begin_ = pos_;
  fields_.clear();
  extra_lines_ = 0;
  blank_ = false;
  if (p == end_) return eof_ ? Parse::end : Parse::more;
  // A blank line: LF, CRLF, or a lone CR at the very end.
  if (b[p] == '\n' || b[p] == '\r') {
    if (b[p] == '\n' || (p + 1 < end_ && b[p + 1] == '\n') || (p + 1 == end_ && eof_)) {
      blank_ = true;
      pos_ = p + (b[p] == '\n' ? 1 : p + 1 < end_ ? 2 : 1);
      return Parse::record;
    }
    if (p + 1 == end_) return Parse::more;
  }
  for (;;) {
    if (p < end_ && b[p] == '"') {
      const std::size_t start = p + 1;
      const std::size_t open_line = next_line_ + extra_lines_;
      std::size_t q = start;
      bool unescape = false;
      for (;;) {
        const void* hit = q < end_ ? std::memchr(b + q, '"', end_ - q) : nullptr;
        if (!hit) {
          if (!eof_) return Parse::more;
          fail(open_line, fields_.size() + 1, msg("unterminated quoted field (its opening quote is never closed)"));
        }
        const auto k = static_cast<std::size_t>(static_cast<const char*>(hit) - b);
        extra_lines_ += static_cast<std::size_t>(std::count(b + q, b + k, '\n'));
        if (k + 1 < end_ && b[k + 1] == '"') {
          unescape = true;
          q = k + 2;
          continue;
        }
        fields_.push_back({start, k - start, unescape});
        p = k + 1;
        break;
      }
      if (p == end_) {
        if (!eof_) return Parse::more;
        pos_ = p;
        return Parse::record;
      }
      const char c = b[p];
      if (c == sep_) {
        ++p;
        continue;
      }
      if (c == '\n') {
        pos_ = p + 1;
        return Parse::record;
      }
      if (c == '\r') {
        if (p + 1 < end_ && b[p + 1] == '\n') {
          pos_ = p + 2;
          return Parse::record;
        }
        if (p + 1 == end_ && !eof_) return Parse::more;
        if (p + 1 == end_) {
          pos_ = p + 1;
          return Parse::record;
        }
      }
      fail(next_line_ + extra_lines_, fields_.size(),
           "text after the closing quote (a quote inside a quoted field is written as two: \"\")");
    }
    // An unquoted field runs to the next comma or line end; a quote inside it is just a character.
    const std::size_t start = p;
    p = scan(b, p, end_, sep_);
    if (p == end_ && !eof_) return Parse::more;
    if (p < end_ && b[p] == sep_) {
      fields_.push_back({start, p - start, false});
      ++p;
      continue;
    }
    std::size_t e = p;  // a line end, or the end of the input
    if (e > start && b[e - 1] == '\r') --e;
    fields_.push_back({start, e - start, false});
    pos_ = p < end_ ? p + 1 : p;
    return Parse::record;
  }
}

std::string_view CsvReader::buffered_lines() {
  for (;;) {
    const std::string_view rest(buf_.get() + pos_, end_ - pos_);
    const std::size_t last = rest.rfind('\n');
    if (last != std::string_view::npos) return rest.substr(0, last + 1);
    if (eof_ || (pos_ == 0 && end_ == cap_) || !fill()) return {};  // a full buffer: next() fails
  }
}

bool CsvReader::read_record() {
  Parse r;
  while ((r = parse()) == Parse::more) fill();
  if (r == Parse::end) return false;
  line_ = next_line_;
  next_line_ += 1 + extra_lines_;
  check_text();
  char* b = buf_.get();
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    Span& f = fields_[i];
    if (f.size > csv_limits::field)
      fail(line_, i + 1, msg("a field longer than {} (the limit of a field)", size_text(csv_limits::field)));
    if (f.size > 1 && b[f.begin] == '\'' && needs_guard({b + f.begin + 1, f.size - 1})) {  // csv_text_field's '
      ++f.begin;
      --f.size;
    }
    if (!f.unescape) continue;
    // "" -> ": compact the field in place (it only shrinks), now that the record is whole.
    std::size_t w = f.begin;
    for (std::size_t r = f.begin, e = f.begin + f.size; r < e; ++r) {
      b[w++] = b[r];
      if (b[r] == '"') ++r;
    }
    f.size = w - f.begin;
    f.unescape = false;
  }
  return true;
}

void CsvReader::check_text() const {
  const std::string_view raw(buf_.get() + record_begin_, pos_ - record_begin_);
  if (plain_ascii(raw)) return;
  std::size_t line = line_;
  for (std::size_t i = 0; i < raw.size();) {
    const auto c = static_cast<unsigned char>(raw[i]);
    if (c == '\n') ++line;
    if (c == 0) fail(line, 0, msg("a NUL byte: not UTF-8 text (UTF-16 or binary data? save the file as CSV UTF-8)"));
    if (c < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t n = decode_utf8(raw, i, cp);
    if (cp == 0xFFFD && raw.substr(i, n) != "\xEF\xBF\xBD")
      fail(line, 0, msg("invalid UTF-8 (save the file as CSV UTF-8, not in a legacy code page)"));
    i += n;
  }
}

// A row of several fields, each empty but for spaces and tabs: what a spreadsheet writes for a
// row it once used (";;" in Dutch Excel). It holds nothing: the readers pass over it.
bool CsvReader::empty_row() const {
  if (fields_.size() < 2) return false;
  for (std::size_t i = 0; i < fields_.size(); ++i)
    if (field(i).find_first_not_of(" \t") != std::string_view::npos) return false;
  return true;
}

bool CsvReader::next() {
  std::size_t first_blank = 0;
  for (;;) {
    if (!read_record()) return false;  // blank lines at the end are not records
    if (blank_) {
      if (!first_blank) first_blank = line_;
      continue;
    }
    if (empty_row()) continue;
    if (first_blank)
      fail(first_blank, 0,
           msg("blank line, want {} (an empty value in a single-column file is written \"\")",
                       plural(header_.size(), "field")));
    break;
  }
  if (fields_.size() != header_.size())
    fail(line_, 0, msg("{}, the header has {}", plural(fields_.size(), "field"), header_.size()));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Columns by name

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}
}  // namespace

namespace {
// The Dutch names of the import columns (the labels of Dutch tables): a Dutch spreadsheet's
// header reads alike (case, spaces or underscores aside). Documented per import in the man pages.
constexpr std::pair<std::string_view, std::string_view> dutch_columns[] = {
    {"aanbestedende dienst", "contracting_authority"},
    {"aanwezig", "present"},
    {"bevestigd", "acknowledged"},
    {"bevestiging uiterlijk", "confirmation_due"},
    {"betrokkenen geinformeerd", "subjects_notified"},
    {"betrokkenen geïnformeerd", "subjects_notified"},
    {"contactpersonen", "contacts"},
    {"escalatie", "escalation"},
    {"fundamenteel", "fundamental"},
    {"geen risico", "no_risk"},
    {"gemeld", "opened"},
    {"gesloten", "closed"},
    {"groep", "group"},
    {"keuze", "choice"},
    {"laatst bevestigd", "last_confirmed"},
    {"leden geinformeerd", "members_notified"},
    {"leden geïnformeerd", "members_notified"},
    {"lid", "member"},
    {"lid sinds", "joined"},
    {"melder", "reporter"},
    {"motie", "motion"},
    {"naam", "name"},
    {"oplossen voor", "resolve_by"},
    {"oplossen vóór", "resolve_by"},
    {"opgelost", "resolved"},
    {"plaats", "city"},
    {"prioriteit", "priority"},
    {"probleem", "problem"},
    {"probleemhouder", "problem_holder"},
    {"reageren voor", "respond_by"},
    {"reageren vóór", "respond_by"},
    {"reden geen risico", "no_risk_reason"},
    {"reden te laat", "late_reason"},
    {"soort", "kind"},
    {"termijn toezichthouder", "authority_deadline"},
    {"titel", "title"},
    {"toezichthouder geinformeerd", "authority_notified"},
    {"toezichthouder geïnformeerd", "authority_notified"},
    {"uitgetreden", "left"},
    {"vertegenwoordiger", "representative"},
    {"vooraf", "advance"},
};

// A header's name as the columns are declared (lower case, '_' between words): the English
// name, or the one of a Dutch name.
std::string column_name(std::string_view name) {
  std::string key(name);
  for (char& c : key) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [dutch, english] : dutch_columns)
    if (key == dutch) return std::string(english);
  std::replace(key.begin(), key.end(), ' ', '_');
  return key;
}
}  // namespace

std::optional<bool> parse_yes_no(std::string_view cell) {
  std::string v(cell);
  for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (v == "true" || v == "yes" || v == "ja" || v == "1") return true;
  if (v == "false" || v == "no" || v == "nee" || v == "0") return false;
  return std::nullopt;
}

CsvColumns::CsvColumns(const CsvReader& reader, std::vector<std::string> required,
                       std::vector<std::string> optional) {
  const std::size_t n_required = required.size();
  names_ = std::move(required);
  names_.insert(names_.end(), std::make_move_iterator(optional.begin()), std::make_move_iterator(optional.end()));
  index_.assign(names_.size(), std::nullopt);

  std::string want;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (i < n_required) want += fmt::format("{}{}", i ? ", " : "", names_[i]);
    else want += fmt::format("[{}{}]", i ? ", " : "", names_[i]);
  }
  const auto& header = reader.header();
  const auto& source = reader.source();
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string_view name = trim(header[c]);
    const auto it = std::find(names_.begin(), names_.end(), column_name(name));
    if (it == names_.end()) {
      if (name.empty())
        throw Error(Exit::data, msg("{}:1:{}: a column without a name (want {})", source, c + 1, want));
      throw Error(Exit::data, msg("{}:1:{}: unknown column '{}' (want {})", source, c + 1, name, want));
    }
    auto& slot = index_[static_cast<std::size_t>(it - names_.begin())];
    if (slot)
      throw Error(Exit::data,
                  msg("{}:1:{}: duplicate column '{}' (also column {})", source, c + 1, name, *slot + 1));
    slot = c;
  }
  for (std::size_t i = 0; i < n_required; ++i)
    if (!index_[i])
      throw Error(Exit::data, msg("{}:1: missing column '{}' (want {})", source, names_[i], want));
}

std::optional<std::size_t> CsvColumns::index(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == name) return index_[i];
  throw Error(Exit::software, msg("internal error: CSV column '{}' was not declared", name));
}

std::string_view CsvColumns::get(const CsvReader& reader, std::string_view name) const {
  const auto i = index(name);
  return i ? reader.field(*i) : std::string_view{};
}

void fail_at(const CsvReader& reader, std::size_t column, Message message) {
  fail_at(reader, reader.line(), column, std::move(message));
}

void fail_at(const CsvReader& reader, std::size_t line, std::size_t column, Message message) {
  const auto& header = reader.header();
  if (column < header.size())
    throw Error(Exit::data, joined("{}:{}:{} ({}): {}", reader.source(), line, column + 1, header[column], message));
  throw Error(Exit::data, joined("{}:{}:{}: {}", reader.source(), line, column + 1, message));
}

}  // namespace mbov
