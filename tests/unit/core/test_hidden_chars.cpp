#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/hidden_chars.hpp"
#include <mbov/core/output.hpp>

using namespace mbov;

namespace {

// A second computation of what no human format may print raw, byte by byte: C0 but LF (and the
// separator TAB of tsv), DEL, C1 (C2 80..9F), U+200B..F, U+2028..E, U+2066..9, U+FEFF.
std::string first_raw_hidden(const std::string& s, bool tabs) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if ((b(0) < 0x20 && b(0) != '\n' && !(tabs && b(0) == '\t')) || b(0) == 0x7F) return "byte " + std::to_string(b(0));
    if (b(0) == 0xC2 && b(1) >= 0x80 && b(1) <= 0x9F) return "C1";
    if (b(0) == 0xE2 && b(1) == 0x80 && ((b(2) >= 0x8B && b(2) <= 0x8F) || (b(2) >= 0xA8 && b(2) <= 0xAE))) return "U+20xx";
    if (b(0) == 0xE2 && b(1) == 0x81 && b(2) >= 0xA6 && b(2) <= 0xA9) return "isolate";
    if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return "BOM";
  }
  return {};
}

std::string hostile(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Zoë", " ", "|", "\\", "*", "_", "`", "[", "]", "#", "<", "\n", "\r", "\r\n", "\t", "\x1b[31m", "\x07",
      "\x7f", "\x00", "\xc2\x9b", "\xc2\x85", "\xe2\x80\xae", "\xe2\x80\x8b", "\xe2\x80\x8f", "\xe2\x80\xaa",
      "\xe2\x81\xa6", "\xe2\x81\xa9", "\xe2\x80\xa8", "\xef\xbb\xbf", "\xff", "\xe2\x80", "日本", "\xf0\x9f\x98\x80"};
  std::string s;
  for (int n = std::uniform_int_distribution<int>(0, 12)(rng); n > 0; --n)
    s += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
  return s;
}

}  // namespace

TEST_CASE("hidden characters: no human format and no tsv prints a control or format character raw (property)") {
  const unsigned seed = std::random_device{}();
  INFO("seed " << seed);
  MESSAGE("hidden characters property test, seed " << seed);
  std::mt19937 rng(seed);
  for (int trial = 0; trial < 500; ++trial) {
    const std::string a = hostile(rng), b = hostile(rng), c = hostile(rng);
    INFO("strings: [" << a << "] [" << b << "] [" << c << "]");
    std::vector<Object> rows(2);
    rows[0].add("name", a).add("city", b);
    rows[1].add("name", c).add("city", nullptr);
    Object one;
    one.add("name", a).add("note", b).add("rows", Array{Object().add("x", c)});
    for (Format f : {Format::table, Format::markdown, Format::tsv}) {
      CHECK(first_raw_hidden(render_list(f, {"name", "city"}, rows), f == Format::tsv) == "");
      CHECK(first_raw_hidden(render_object(f, one), f == Format::tsv) == "");
    }
    CHECK(first_raw_hidden(render_object(Format::text, one), false) == "");
    // markdown: a row has as many cells as columns, whatever its text holds.
    const std::string md = render_list(Format::markdown, {"name", "city"}, rows);
    std::size_t line_start = 0;
    for (std::size_t end; (end = md.find('\n', line_start)) != std::string::npos; line_start = end + 1) {
      int bars = 0;
      for (std::size_t i = line_start; i < end; ++i) {
        if (md[i] == '\\') ++i;
        else if (md[i] == '|') ++bars;
      }
      CHECK(bars == 3);
    }
  }
}

TEST_CASE("hidden characters: shown escaped, ordinary text as it is") {
  CHECK(terminal_text("a\xe2\x80\xaez") == "a\\u202ez");
  CHECK(terminal_text("x\xe2\x80\x8by") == "x\\u200by");
  CHECK(terminal_text("\x1b[1m") == "\\x1b[1m");
  CHECK(terminal_text("Zoë 日本") == "Zoë 日本");
  CHECK(render_list(Format::tsv, {"n"}, {Object().add("n", "a\x1b\x07\xe2\x81\xa6z\tq")}) == "n\na\\x1b\\x07\\u2066z\\tq\n");
  CHECK(render_list(Format::markdown, {"n"}, {Object().add("n", "*b* _i_ `c` [l](u) #h")}).find("\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\#h") !=
        std::string::npos);
}
