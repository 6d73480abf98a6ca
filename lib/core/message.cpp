#include <mbov/core/message.hpp>

#include <fmt/args.h>
#include <fmt/format.h>

#include <mbov/core/output.hpp>
#include "core/arg_text.hpp"

namespace mbov {
namespace {

template <typename... F>
struct overloaded : F... {
  using F::operator()...;
};

}  // namespace

std::string render(const Message& m, Language language) {
  if (!m.id) return m.text;
  const char* format = !m.translated ? m.id
                       : m.plural   ? tr_n(language, m.id, m.plural, m.n)
                                    : tr(language, m.id);
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  const bool en = language == Language::en;
  for (const Message::Arg& a : m.args)
    std::visit(overloaded{
                   [&](const std::string& s) { args.push_back(s); },
                   [&](std::int64_t i) { args.push_back(i); },
                   [&](double d) { args.push_back(d); },
                   [&](Date d) { args.push_back(human_date(d, language)); },
                   [&](Timestamp t) { args.push_back(human_moment(t.local(), language)); },
                   [&](const WordOf& w) { args.push_back(en ? w.value : people_word(w.field, w.value)); },
                   [&](Money m) { args.push_back(money_text(m.cents, language)); },
                   [&](Duration d) { args.push_back(duration_text(d, language)); },
                   [&](const std::shared_ptr<const Message>& inner) { args.push_back(render(*inner, language)); },
               },
               a);
  // Runtime formatting: msg() checked the English format at compile time, and a translation whose
  // placeholders differ from it is none (core/mo.hpp), so this cannot throw.
  return fmt::vformat(format, args);
}

}  // namespace mbov
