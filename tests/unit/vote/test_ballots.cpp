#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <mbov/core/csv.hpp>
#include <mbov/core/error.hpp>
#include <mbov/vote/ballots.hpp>
#include "vote/text.hpp"

using namespace mbov;

namespace {
vote::Turnout read(const std::string& text, const vote::Presence& p = {}, bool overrides = true) {
  Policy::Vote v = Policy::defaults().vote;
  v.in_person_overrides_advance = overrides;
  std::istringstream in(text);
  return vote::read_ballots(in, "b.csv", v, p);
}
std::string error_of(const std::string& text, const vote::Presence& p = {}, bool overrides = true) {
  try {
    read(text, p, overrides);
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("a ballot file without presence: the base is the members with a ballot") {
  vote::Turnout t = read("member,choice,advance\nA,yes,0\nB,no,\nC,abstain,yes\n");
  CHECK(t.present == 2);
  CHECK(t.advance == 1);
  CHECK(t.yes == 1);
  CHECK(t.no == 1);
  CHECK(t.abstain == 1);
}

TEST_CASE("columns in any order, --present-count adds the advance ballots") {
  vote::Presence p;
  p.count = 5;
  vote::Turnout t = read("advance,choice,member\ntrue,yes,A\nfalse,yes,B\n", p);
  CHECK(t.present == 5);
  CHECK(t.advance == 1);
  CHECK(t.yes == 2);
}

TEST_CASE("--present: advance voters among them do not count twice") {
  vote::Presence p;
  p.codes = std::vector<std::string>{"A", "B", "C"};
  vote::Turnout t = read("member,choice,advance\nA,yes,1\nD,no,1\nB,yes,0\n", p);
  CHECK(t.present == 3);
  CHECK(t.advance == 1);  // D only
  CHECK(error_of("member,choice\nE,yes\n", p).find("b.csv:2:1 (member): R-VOTE-2: E votes in person") == 0);
}

TEST_CASE("an in-person ballot replaces an advance one, in either order, when the policy says so") {
  vote::Turnout t = read("member,choice,advance\nA,no,1\nA,yes,0\nB,no,0\nB,yes,1\n");
  CHECK(t.yes == 1);
  CHECK(t.no == 1);
  CHECK(t.advance == 0);
  CHECK(t.present == 2);
  CHECK(error_of("member,choice,advance\nA,no,1\nA,yes,0\n", {}, false) ==
        "b.csv:3:1 (member): R-VOTE-6: A has a second ballot (the first on line 2)");
  CHECK(error_of("member,choice\nA,no\nB,yes\nA,yes\n") ==
        "b.csv:4:1 (member): R-VOTE-6: A has a second ballot (the first on line 2)");
  CHECK(error_of("member,choice,advance\nA,no,1\nA,yes,1\n").find("R-VOTE-6") != std::string::npos);
}

TEST_CASE("bad lines name line and column") {
  CHECK(error_of("member,choice\nA,yes\nB,maybe\n") == "b.csv:3:2 (choice): 'maybe' is not yes, no or abstain (voor, tegen, onthouding)");
  CHECK(error_of("member,choice\n") == "b.csv: no ballots");
  CHECK(error_of("member,choice,advance\nA,yes,perhaps\n").find("b.csv:2:3 (advance)") == 0);
  CHECK(error_of("member,choice\n,yes\n") == "b.csv:2:1 (member): empty member code");
  CHECK(error_of("member,choice,weight\nA,yes,2\n").find("unknown column 'weight'") != std::string::npos);
  CHECK(error_of("member\nA\n").find("choice") != std::string::npos);
  CHECK(error_of("member,choice\nA,yes,1\n").find("b.csv:2") == 0);
  CHECK(error_of("").find("empty file") != std::string::npos);
}

TEST_CASE("the first bad line is the one named, whether its fault is a field or a second ballot") {
  // Lines are read ahead in batches: a bad field must not hide a second ballot before it.
  std::string many = "member,choice\n";
  for (int i = 0; i < 100; ++i) many += "M" + std::to_string(i) + ",yes\n";
  CHECK(error_of(many + "M7,no\nX,maybe\n") == "b.csv:102:1 (member): R-VOTE-6: M7 has a second ballot (the first on line 9)");
  CHECK(error_of(many + "X,maybe\nM7,no\n").find("b.csv:102:2 (choice)") == 0);
  CHECK(error_of("member,choice\nA,yes\nA,no\nB,maybe\n").find("b.csv:3:1 (member): R-VOTE-6") == 0);
  CHECK(error_of("member,choice\nA,yes\nB,maybe\nA,no\n").find("b.csv:3:2 (choice)") == 0);
}

TEST_CASE("a roll (present column) says who is present and who has a vote") {
  vote::Turnout t = read("member,choice,advance,present\nA,yes,false,true\nB,,false,true\nC,no,true,false\n"
                         "D,,false,false\nE,abstain,true,true\n");
  CHECK(t.present == 3);
  CHECK(t.advance == 1);
  CHECK(t.members == 5);
  CHECK((t.yes == 1 && t.no == 1 && t.abstain == 1));
  vote::Presence p;
  p.count = 3;
  CHECK(error_of("member,choice,present\nA,yes,1\n", p).find("a roll") != std::string::npos);
  CHECK(error_of("member,choice,present\nA,,1\n") == "b.csv: no ballots");
  CHECK(error_of("member,choice,present\nA,yes,0\n").find("the roll says it is not present") != std::string::npos);
  CHECK(error_of("member,choice\n25LZ,yes\n 25lz,no\n") ==
        "b.csv:3:1 (member): R-VOTE-6: 25lz has a second ballot (the first on line 2)");
}

TEST_CASE("presence counts that the ballots contradict are errors") {
  vote::Presence p;
  p.count = 1;
  CHECK(error_of("member,choice\nA,yes\nB,yes\n", p).find("2 in-person ballots but --present-count 1") !=
        std::string::npos);
  vote::Presence dup;
  dup.codes = std::vector<std::string>{"A", "A"};
  CHECK(error_of("member,choice\nA,yes\n", dup).find("twice") != std::string::npos);
  vote::Presence m;
  m.members = 1;
  CHECK(error_of("member,choice\nA,yes\nB,yes\n", m).find("--members 1") != std::string::npos);
}

TEST_CASE("many members: the table grows and finds every second ballot") {
  std::string text = "member,choice\n";
  for (int i = 0; i < 5000; ++i) text += "M" + std::to_string(i) + (i % 3 ? ",yes\n" : ",no\n");
  vote::Turnout t = read(text);
  CHECK(t.yes + t.no == 5000);
  CHECK(error_of(text + "M4321,yes\n").find("M4321 has a second ballot (the first on line 4323)") !=
        std::string::npos);
}

// ---- The fast path against a straightforward second computation
//
// Random ballot files (quotes, a byte order mark, ';', CRLF, spaces and case, Dutch words, long and
// non-ASCII codes, duplicates, bad words) are tallied by read_ballots, which reads plain lines
// itself and leaves the others to CsvReader, and by the model below: one line at a time, a
// std::map of folded codes. Both must give the same turnout or the same first error. The seed is
// printed; MBOV_TEST_SEED=N repeats a run.

namespace {

struct Row {
  std::string member, choice, advance;  // the field values, as the file means them
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = vote::fold(c);
  return out;
}

// The expected turnout, or the expected error message.
std::string model(const std::vector<Row>& rows, const std::vector<std::string>& columns, bool overrides) {
  const auto col = [&](const std::string& name) {
    const auto i = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
    return std::to_string(i + 1) + " (" + name + ")";
  };
  const bool has_advance = columns.size() == 3;
  struct Entry {
    std::size_t line = 0;
    vote::Choice choice{};
    bool advance = false;
  };
  std::map<std::string, Entry> members;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    const std::string at = "b.csv:" + std::to_string(i + 2) + ":";
    const std::string code(vote::trim(r.member));
    if (code.empty()) return at + col("member") + ": empty member code";
    const std::optional<bool> advance = has_advance ? vote::parse_flag(r.advance) : false;
    if (!advance) return at + col("advance") + ": '" + r.advance + "' is not yes/no, ja/nee, true/false or 1/0";
    const std::optional<vote::Choice> choice = vote::parse_choice(r.choice);
    if (!choice) return at + col("choice") + ": '" + r.choice + "' is not yes, no or abstain (voor, tegen, onthouding)";
    Entry& e = members[upper(code)];
    if (e.line != 0) {
      if (e.advance == *advance || !overrides)
        return at + col("member") + ": R-VOTE-6: " + code + " has a second ballot (the first on line " +
               std::to_string(e.line) + ")";
      if (*advance) continue;
    }
    e = {i + 2, *choice, *advance};
  }
  if (members.empty()) return "b.csv: no ballots";
  vote::Turnout t;
  for (const auto& [code, e] : members) {
    (e.advance ? t.advance : t.present) += 1;
    (e.choice == vote::Choice::yes ? t.yes : e.choice == vote::Choice::no ? t.no : t.abstain) += 1;
  }
  return fmt::format("present {} advance {} yes {} no {} abstain {}", t.present, t.advance, t.yes, t.no, t.abstain);
}

std::string tallied(const std::string& text, bool overrides) {
  try {
    const vote::Turnout t = read(text, {}, overrides);
    return fmt::format("present {} advance {} yes {} no {} abstain {}", t.present, t.advance, t.yes, t.no, t.abstain);
  } catch (const Error& e) {
    return e.what();
  }
}

struct Dialect {
  char sep = ',';
  std::string line_end = "\n";
  bool bom = false;
  int quote_percent = 0;  // of the fields that need no quotes
  bool last_line_end = true;
  bool blank_lines_after = false;
};

std::string field(std::mt19937_64& rng, const std::string& value, const Dialect& d) {
  const bool must = value.find_first_of(std::string{d.sep, '"', '\r', '\n'}) != std::string::npos;
  if (!must && static_cast<int>(rng() % 100) >= d.quote_percent) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string render(std::mt19937_64& rng, const std::vector<Row>& rows, const std::vector<std::string>& columns, const Dialect& d) {
  std::string text = d.bom ? "\xEF\xBB\xBF" : "";
  for (std::size_t c = 0; c < columns.size(); ++c) text += (c ? std::string(1, d.sep) : "") + columns[c];
  for (const Row& r : rows) {
    text += d.line_end;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string& v = columns[c] == "member" ? r.member : columns[c] == "choice" ? r.choice : r.advance;
      text += (c ? std::string(1, d.sep) : "") + field(rng, v, d);
    }
  }
  if (d.last_line_end) text += d.line_end;
  if (d.blank_lines_after) text += d.line_end + d.line_end;
  return text;
}

template <std::size_t N>
std::string pick(std::mt19937_64& rng, const char* const (&list)[N]) {
  return list[rng() % N];
}

// A text in random case, sometimes with spaces or a tab around it.
std::string vary(std::mt19937_64& rng, std::string s) {
  for (char& c : s)
    if (rng() % 2 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    else if (rng() % 2 && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  switch (rng() % 8) {
    case 0: return " " + s;
    case 1: return s + "  ";
    case 2: return "\t" + s + " ";
    default: return s;
  }
}

Row random_row(std::mt19937_64& rng, int members, int bad_per_mille) {
  static const char* const odd_codes[] = {"Zo\xC3\xAB", "O'Brien", "A,B", "A;B", "say \"hi\"", "ALONGMEMBERCODE1", "12345678", "1234567"};
  static const char* const choices[] = {"yes", "voor", "no", "tegen", "abstain", "onthouding"};
  static const char* const flags[] = {"1", "0", "yes", "no", "ja", "nee", "true", "false", ""};
  static const char* const bad[] = {"maybe", "", "perhaps", "y"};
  Row r;
  const auto n = rng() % static_cast<std::uint64_t>(members);
  r.member = vary(rng, rng() % 20 ? "m" + std::to_string(n) : std::string(odd_codes[n % std::size(odd_codes)]));
  r.choice = vary(rng, pick(rng, choices));
  r.advance = vary(rng, pick(rng, flags));
  if (static_cast<int>(rng() % 1000) < bad_per_mille) (rng() % 2 ? r.choice : r.advance) = pick(rng, bad);
  if (static_cast<int>(rng() % 1000) < bad_per_mille / 4) r.member = rng() % 2 ? "" : " ";
  return r;
}

std::uint64_t test_seed() {
  const char* env = std::getenv("MBOV_TEST_SEED");
  return env ? std::stoull(env) : 20261201;
}

}  // namespace

TEST_CASE("random ballot files: the same turnout or first error as a line-by-line count") {
  const std::uint64_t seed = test_seed();
  MESSAGE("seed " << seed << " (MBOV_TEST_SEED)");
  std::mt19937_64 rng(seed);
  for (int file = 0; file < 400; ++file) {
    std::vector<std::string> columns = {"member", "choice"};
    if (rng() % 3) columns.push_back("advance");
    std::shuffle(columns.begin(), columns.end(), rng);
    Dialect d;
    d.sep = rng() % 4 ? ',' : ';';
    d.line_end = rng() % 3 ? "\n" : "\r\n";
    d.bom = rng() % 4 == 0;
    d.quote_percent = std::array{0, 0, 5, 50, 100}[rng() % 5];
    d.last_line_end = rng() % 5 != 0;
    d.blank_lines_after = rng() % 6 == 0;
    const int lines = static_cast<int>(rng() % 200);
    // Few members: duplicates; many: none. Bad words in some files only.
    const int members = rng() % 2 ? 5 + static_cast<int>(rng() % 50) : 100000;
    const int bad_per_mille = rng() % 3 ? 0 : 20;
    std::vector<Row> rows;
    for (int i = 0; i < lines; ++i) rows.push_back(random_row(rng, members, bad_per_mille));
    const bool overrides = rng() % 4 != 0;
    const std::string text = render(rng, rows, columns, d);
    INFO("file " << file << ":\n" << text);
    CHECK(tallied(text, overrides) == model(rows, columns, overrides));
  }
}

TEST_CASE("a ballot file beyond the read buffer: plain and quoted lines, the first error") {
  const std::uint64_t seed = test_seed();
  MESSAGE("seed " << seed << " (MBOV_TEST_SEED)");
  std::mt19937_64 rng(seed);
  const std::vector<std::string> columns = {"member", "choice", "advance"};
  std::vector<Row> rows;
  for (int i = 0; i < 200000; ++i) rows.push_back({"M" + std::to_string(i), i % 3 ? "yes" : "No", i % 10 ? "0" : "1"});
  Dialect d;
  d.quote_percent = 0;
  const std::string plain = render(rng, rows, columns, d);
  REQUIRE(plain.size() > 2 * csv_limits::record);
  CHECK(tallied(plain, true) == model(rows, columns, true));
  d.quote_percent = 1;  // a quoted line now and then: every switch between the two readers
  CHECK(tallied(render(rng, rows, columns, d), true) == model(rows, columns, true));
  d.line_end = "\r\n";
  for (int i = 0; i < 5; ++i) {
    std::vector<Row> dup = rows;
    const auto later = 1 + rng() % (dup.size() - 1), earlier = rng() % later;
    dup[later].member = " " + upper(dup[earlier].member);
    dup[later].advance = dup[earlier].advance;
    if (i == 4) dup[(earlier + later) / 2].choice = "maybe";
    INFO("duplicate of line " << earlier + 2 << " on line " << later + 2);
    CHECK(tallied(render(rng, dup, columns, d), true) == model(dup, columns, true));
  }
}
