#include <mbov/core/message.hpp>

#include <array>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include <mbov/core/output.hpp>
#include "core/arg_text.hpp"

namespace mbov {
namespace {

template <typename... F>
struct overloaded : F... {
  using F::operator()...;
};

// An argument that renders in a language (a date, a word, a nested message) as fmt sees it: a
// custom type, rendered only when formatted, a nested message straight into the enclosing one's
// buffer (so a chain of joined messages renders in linear time).
struct Argument {
  const Message::Arg* arg;
  Language language;
};

void render_to(fmt::appender out, const Message& m, Language language);

}  // namespace
}  // namespace mbov

// Each alternative keeps fmt's own format specs ({:04} of a number, {:>8} of a text): parse() keeps
// the spec, format() hands it to the formatter of what the argument renders to.
template <>
struct fmt::formatter<mbov::Argument> {
  fmt::string_view spec;  // between ':' and '}'

  constexpr auto parse(fmt::format_parse_context& ctx) {
    auto it = ctx.begin();
    while (it != ctx.end() && *it != '}') ++it;
    spec = fmt::string_view(ctx.begin(), static_cast<std::size_t>(it - ctx.begin()));
    return it;
  }

  template <typename T>
  auto as(const T& value, fmt::format_context& ctx) const {
    fmt::formatter<T> f;
    fmt::format_parse_context specs(spec);
    f.parse(specs);
    return f.format(value, ctx);
  }
  auto as_text(fmt::string_view text, fmt::format_context& ctx) const { return as(text, ctx); }

  auto format(const mbov::Argument& a, fmt::format_context& ctx) const -> decltype(ctx.out()) {
    using namespace mbov;
    const bool en = a.language == Language::en;
    return std::visit(
        overloaded{
            [&](Date d) { return as_text(human_date(d, a.language), ctx); },
            [&](Timestamp t) { return as_text(en ? t.local() : human_moment(t.local(), a.language), ctx); },
            [&](const WordOf& w) { return en ? as_text(w.value, ctx) : as_text(people_word(w.field, w.value), ctx); },
            [&](Money m) { return as_text(money_text(m.cents, a.language), ctx); },
            [&](Duration d) { return as_text(duration_text(d, a.language), ctx); },
            [&](const std::shared_ptr<const Message>& inner) {
              if (spec.size()) return as_text(render(*inner, a.language), ctx);
              render_to(ctx.out(), *inner, a.language);
              return ctx.out();
            },
            [&](const auto& same) { return as(same, ctx); },  // text and numbers: the same in every language
        },
        *a.arg);
  }
};

namespace mbov {
namespace {

using FormatArg = fmt::basic_format_arg<fmt::format_context>;

// One argument of fmt's own, as make_format_args makes it (a custom one refers to `value`).
template <typename T>
FormatArg format_arg(const T& value) {
  return fmt::format_args(fmt::make_format_args(value)).get(0);
}

// Text and numbers are fmt's own arguments; the others render when formatted (`slot`).
FormatArg format_arg(const Message::Arg& arg, Language language, Argument& slot) {
  if (const auto* s = std::get_if<std::string>(&arg)) return format_arg(fmt::string_view(*s));
  if (const auto* i = std::get_if<std::int64_t>(&arg)) return format_arg(*i);
  slot = {&arg, language};
  return format_arg(slot);
}

// The format of m in a language: the msgid (or its plural), or its translation.
const char* format_of(const Message& m, Language language) {
  return !m.translated ? m.id : m.plural ? tr_n(language, m.id, m.plural, m.n) : tr(language, m.id);
}

// A format with no arguments and no braces is its own text (a marked word, "due now").
bool plain(const Message& m, const char* format) { return m.args.empty() && !std::strpbrk(format, "{}"); }

// m with its format (not plain) and arguments, into out: no argument store, no copies.
void format_message(fmt::appender out, const Message& m, Language language, const char* format) {
  const std::size_t n = m.args.size();
  if (n > Message::max_args) throw fmt::format_error("too many arguments");
  std::array<Argument, Message::max_args> slots;
  std::array<FormatArg, Message::max_args> args;
  for (std::size_t i = 0; i < n; ++i) args[i] = format_arg(m.args[i], language, slots[i]);
  // Runtime formatting: msg() checked the English format at compile time, and a translation whose
  // placeholders differ from it is none (core/mo.hpp), so this cannot throw.
  fmt::vformat_to(out, format, fmt::format_args(args.data(), static_cast<int>(n)));
}

void render_to(fmt::appender out, const Message& m, Language language) {
  if (!m.id) {
    fmt::format_to(out, "{}", m.text);
    return;
  }
  const char* format = format_of(m, language);
  if (plain(m, format)) fmt::format_to(out, "{}", fmt::string_view(format));
  else format_message(out, m, language, format);
}

}  // namespace

std::string render(const Message& m, Language language) {
  if (!m.id) return m.text;
  const char* format = format_of(m, language);
  if (plain(m, format)) return format;
  fmt::memory_buffer out;
  format_message(fmt::appender(out), m, language, format);
  return fmt::to_string(out);
}

}  // namespace mbov
