#pragma once
// A message made once: its English format string (the msgid of po/nl.po) and its arguments as
// typed values, rendered at the output edge in the language asked for. The data formats (json,
// csv, tsv) render English, so a script reads the same text in every language; people read it
// in --lang. core/msg.hpp builds one with its format checked at compile time.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/core/export.hpp>
#include <mbov/core/i18n.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

struct Message;

// A closed-set value (an incident kind, a status): people read the word of their language
// (people_word; field names the set), English reads the value.
struct WordOf {
  std::string field, value;
};

// An amount in euro cents: 1234.50 in English (and the data formats), € 1.234,50 in Dutch.
struct Money {
  std::int64_t cents = 0;
};

struct Message {
  // A date is ISO in English and human_date in Dutch, a moment Timestamp::local() or human_moment;
  // a Duration 8w in English and "8 weken" in Dutch; a nested message (a due phrase) renders in the
  // same language.
  using Arg = std::variant<std::string, std::int64_t, double, Date, Timestamp, WordOf, Money, Duration,
                           std::shared_ptr<const Message>>;

  const char* id = nullptr;      // the English format string, the msgid; nullptr: `text` alone
  const char* plural = nullptr;  // the plural form: id or plural chosen by n, as tr_n does
  std::int64_t n = 0;
  bool translated = true;        // false: the format is punctuation ("{}: {}"), the same in every language
  std::vector<Arg> args;
  std::string text;              // with no id: a code or a name, the same in every language

  static constexpr std::size_t max_args = 16;  // msg() checks it at compile time

  Message() = default;
  Message(std::string same) : text(std::move(same)) {}
  Message(const char* same) : text(same) {}
};

// A word marked N_ (its msgid, a literal that lives as long as the program), with no arguments:
// a closed-set value a report shows, English in the data formats, translated for people.
inline Message marked(const char* msgid) {
  Message m;
  m.id = msgid;
  return m;
}

// The message in a language: the msgid (or its plural) formatted, or its translation in the
// catalogue (one whose placeholders differ from the msgid's is none) with the same arguments.
std::string render(const Message& m, Language language);
inline std::string english(const Message& m) { return render(m, Language::en); }

}  // namespace mbov

MBOV_PUBLIC_END
