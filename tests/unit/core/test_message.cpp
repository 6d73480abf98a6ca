#include <doctest/doctest.h>

#include <cstdlib>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <utility>

#include <fmt/args.h>
#include <fmt/format.h>

#include <mbov/core/check.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/output.hpp>
#include "core/arg_text.hpp"
#include <mbov/core/msg.hpp>
#include "seed.hpp"

using namespace mbov;

TEST_CASE("a message is made once and rendered in each language: English for the data formats, Dutch for people") {
  const Date due = Date::parse("2026-03-01", "due");
  const Message late = due_text(due, Date::parse("2026-03-03", "t"));
  CHECK(english(late) == "due 2026-03-01, 2 days overdue");
  CHECK(render(late, Language::nl) == "uiterlijk 1 maart 2026, 2 dagen te laat");
  const Message text = msg("contact confirmation {}", late);
  const Message count = msg_n("{} contact(s), at least {} required", "{} contact(s), at least {} required", 1, 1, 2);
  CHECK(english(text) == "contact confirmation due 2026-03-01, 2 days overdue");
  CHECK(render(text, Language::nl) == "bevestiging contactpersonen uiterlijk 1 maart 2026, 2 dagen te laat");
  CHECK(english(count) == "1 contact(s), at least 2 required");
  CHECK(render(count, Language::nl) == "1 contactpersoon, minstens 2 vereist");
  // Text of its own (a code, a name) and punctuation are the same in every language.
  CHECK(render(Message("25LZ"), Language::nl) == "25LZ");
  CHECK(render(joined("{}: {}", "member", msg("member {}", "25LZ")), Language::nl) == "member: lid 25LZ");
  // A moment: local ISO in English, day and time in Dutch.
  const Timestamp at = Timestamp::parse("2026-11-25T15:00:00Z", "at");
  CHECK(english(joined("{}", at)) == at.local());
  CHECK(render(joined("{}", at), Language::nl) == human_moment(at.local(), Language::nl));  // the TZ's hour
  CHECK(render(joined("{}", at), Language::nl).starts_with("25 november 2026 "));
}

TEST_CASE("a finding carries its messages: json and csv English, the table in --lang") {
  const Date due = Date::parse("2026-03-01", "due");
  CheckReport r{"member", {}, {}};
  r.add(Severity::critical, "R-MEM-4", msg("member {}", "25LZ"), due,
        msg("contact confirmation {}", due_text(due, Date::parse("2026-03-03", "t"))));
  const Object o = r.findings.at(0).to_object();
  set_language(Language::nl);
  const std::string json = to_json(o, 0), csv = render_list(Format::csv, {"subject", "message"}, {o}),
                    table = render_list(Format::table, {"subject", "message"}, {o});
  set_language(Language::en);
  CHECK(json.find("\"subject\":\"member 25LZ\"") != std::string::npos);
  CHECK(json.find("\"message\":\"contact confirmation due 2026-03-01, 2 days overdue\"") != std::string::npos);
  CHECK(csv.find("member 25LZ,contact confirmation due 2026-03-01, 2 days overdue") == std::string::npos);  // quoted: a comma
  CHECK(csv.find("\"contact confirmation due 2026-03-01, 2 days overdue\"") != std::string::npos);
  CHECK(table.find("lid 25LZ") != std::string::npos);
  CHECK(table.find("bevestiging contactpersonen uiterlijk 1 maart 2026, 2 dagen te laat") != std::string::npos);
}

namespace {

// The straightforward rendering render() replaced: each argument turned into its text (a nested
// message rendered on its own), pushed into fmt's dynamic argument store, one fmt::vformat.
std::string reference_render(const Message& m, Language language) {
  if (!m.id) return m.text;
  const char* format = !m.translated ? m.id : m.plural ? tr_n(language, m.id, m.plural, m.n) : tr(language, m.id);
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  const bool en = language == Language::en;
  for (const Message::Arg& a : m.args) {
    if (const auto* s = std::get_if<std::string>(&a)) args.push_back(*s);
    else if (const auto* i = std::get_if<std::int64_t>(&a)) args.push_back(*i);
    else if (const auto* d = std::get_if<double>(&a)) args.push_back(*d);
    else if (const auto* day = std::get_if<Date>(&a)) args.push_back(human_date(*day, language));
    else if (const auto* t = std::get_if<Timestamp>(&a)) args.push_back(human_moment(t->local(), language));
    else if (const auto* w = std::get_if<WordOf>(&a)) args.push_back(en ? w->value : people_word(w->field, w->value));
    else if (const auto* money = std::get_if<Money>(&a)) args.push_back(money_text(money->cents, language));
    else if (const auto* span = std::get_if<Duration>(&a)) args.push_back(duration_text(*span, language));
    else args.push_back(reference_render(*std::get<std::shared_ptr<const Message>>(a), language));
  }
  return fmt::vformat(format, args);
}

// Formats of the catalogue (translated, some plural) and punctuation with specs, positions and
// escaped braces; `kinds` says what each placeholder takes: 't' any argument, 'i' a number.
struct Shape {
  const char* id;
  const char* plural;
  bool translated;
  const char* kinds;
};
constexpr Shape shapes[] = {
    {"member {}", nullptr, true, "t"},
    {"contract {} ({}, {})", nullptr, true, "ttt"},
    {"due today ({})", nullptr, true, "t"},
    {"due {}, {} day overdue", "due {}, {} days overdue", true, "tt"},
    {"{} critical, {} warning", "{} critical, {} warnings", true, "tt"},
    {"{} day", "{} days", true, "t"},
    {"{} h {} min overdue", nullptr, true, "tt"},
    {"respond by {}, {} ({}, priority {}: {})", nullptr, true, "ttttt"},
    {"taken up by {} on {} without an active contract", nullptr, true, "tt"},
    {"AV: {}", nullptr, true, "t"},
    {"due now", nullptr, true, ""},
    {"General Assembly", nullptr, true, ""},
    {"a format not in the catalogue: {}", nullptr, true, "t"},
    {"{}: {}", nullptr, false, "tt"},
    {"{}; {}", nullptr, false, "tt"},
    {"{1} before {0}", nullptr, false, "tt"},
    {"[{:>12}|{:<3}|{:^7}]", nullptr, false, "ttt"},
    {"{:04}-{:02} {:+} {{braces}}", nullptr, false, "iii"},
    {"{{}}", nullptr, false, ""},
};

struct Generator {
  std::mt19937_64 rng;
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(rng() % n); }

  Message::Arg argument(char kind, int depth) {
    static constexpr const char* texts[] = {"", "25LZ", "Coöperatie", "{}", "a {{ b }}", "x, y; z", "vijftien tekens!!"};
    static constexpr std::pair<const char*, const char*> words[] = {
        {"kind", "breach"}, {"kind", "disruption"}, {"kind", "not-a-kind"}, {"severity", "critical"}};
    if (kind == 'i') return static_cast<std::int64_t>(below(2000)) - 1000;
    switch (below(depth < 3 ? 9 : 8)) {
      case 0: return std::string(texts[below(std::size(texts))]) + std::string(below(40), 'x');  // past the small-string size too
      case 1: return static_cast<std::int64_t>(below(1'000'000)) - 500'000;
      case 2: return static_cast<double>(below(100'000)) / 8.0;
      case 3: return Date::parse("2026-01-01", "d").plus_days(static_cast<long>(below(3000)) - 1500);
      case 4: return Timestamp::parse(fmt::format("2026-{:02}-{:02}T{:02}:{:02}:00Z", 1 + below(12), 1 + below(28), below(24), below(2) * 30), "t");
      case 5: {
        const auto& [field, value] = words[below(std::size(words))];
        return WordOf{field, value};
      }
      case 6: return below(2) ? Message::Arg(Money{static_cast<std::int64_t>(below(20'000'000)) - 10'000'000})
                              : Message::Arg(Duration::parse(fmt::format("{}{}", 1 + below(12), "dwmy"[below(4)]), "d"));
      case 7: return std::make_shared<const Message>(Message(texts[below(std::size(texts))]));  // text of its own, nested
      default: return std::make_shared<const Message>(message(depth + 1));
    }
  }

  Message message(int depth = 0) {
    const Shape& s = shapes[below(std::size(shapes))];
    Message m;
    m.id = s.id;
    m.plural = s.plural;
    m.n = static_cast<std::int64_t>(below(4));
    m.translated = s.translated;
    for (const char* k = s.kinds; *k; ++k) m.args.push_back(argument(*k, depth));
    return m;
  }
};

}  // namespace

TEST_CASE("property: random messages render as fmt's dynamic argument store renders them, in both languages") {
  Generator g{std::mt19937_64(test::seed(20261205))};
  for (int i = 0; i < 3000; ++i) {
    const Message m = g.message();
    for (const Language language : {Language::en, Language::nl}) {
      set_language(language);  // closed-set words follow the process language (people_word)
      const std::string got = render(m, language), want = reference_render(m, language);
      set_language(Language::en);
      CAPTURE(i);
      CAPTURE(want);
      REQUIRE(got == want);
    }
  }
  // A chain of joined messages (a product's lapses) renders whole.
  Message chain = msg("member {}", "1");
  for (int i = 2; i <= 500; ++i) chain = joined("{}; {}", std::move(chain), msg("member {}", i));
  CHECK(english(chain) == reference_render(chain, Language::en));
  CHECK(render(chain, Language::nl).ends_with("; lid 499; lid 500"));
}
