#pragma once
// Builds a Message (core/message.hpp) with its English format checked at compile time: each
// argument is checked as what it renders to (a Date, Timestamp, WordOf, Money, Duration or Message
// as text).
// Public, for cmd/ (which sees only public headers) and any program that makes messages.
// po/update knows msg, msg_n and say as it knows tr and tr_n.
#include <fmt/format.h>

#include <concepts>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <mbov/core/message.hpp>

namespace mbov {
namespace msg_detail {

template <typename T>
struct checked_as {
  using type = T;
};
template <typename T>
  requires(std::same_as<T, Date> || std::same_as<T, Timestamp> || std::same_as<T, WordOf> || std::same_as<T, Money> || std::same_as<T, Duration> ||
           std::same_as<T, Message>)
struct checked_as<T> {
  using type = std::string;
};

// A temporary (a nested message, a string made for the call) is moved, not copied.
template <typename A, typename T = std::remove_cvref_t<A>>
Message::Arg arg(A&& value) {
  if constexpr (std::same_as<T, Message>) return std::make_shared<const Message>(std::forward<A>(value));
  else if constexpr (std::same_as<T, bool>) static_assert(!std::same_as<T, bool>, "a flag is no message argument");
  else if constexpr (std::same_as<T, char>) return std::string(1, value);
  else if constexpr (std::integral<T>) return static_cast<std::int64_t>(value);
  else if constexpr (std::floating_point<T>) return static_cast<double>(value);
  else if constexpr (std::same_as<T, std::string>) return std::string(std::forward<A>(value));
  else if constexpr (std::convertible_to<const T&, std::string_view>) return std::string(std::string_view(value));
  else if constexpr (std::is_constructible_v<Message::Arg, const T&>) return std::forward<A>(value);
  else return fmt::format("{}", T(value));  // a join of texts: the same in every language
}

}  // namespace msg_detail

template <typename T>
using msg_arg_t = typename msg_detail::checked_as<std::remove_cvref_t<T>>::type;

template <typename... Args>
Message msg(fmt::format_string<msg_arg_t<Args>...> format, Args&&... args) {
  static_assert(sizeof...(Args) <= Message::max_args, "too many message arguments");
  Message m;
  m.id = static_cast<fmt::string_view>(format).data();
  m.args.reserve(sizeof...(Args));
  (m.args.push_back(msg_detail::arg(std::forward<Args>(args))), ...);
  return m;
}

// A count: the singular or plural form for n (both in nl.po), the same arguments for both.
template <typename... Args>
Message msg_n(fmt::format_string<msg_arg_t<Args>...> singular, fmt::format_string<msg_arg_t<Args>...> plural,
              long long n, Args&&... args) {
  Message m = msg(singular, std::forward<Args>(args)...);
  m.plural = static_cast<fmt::string_view>(plural).data();
  m.n = n;
  return m;
}

// A message in the language of this process, at once: a line printed now (a note on stderr, a
// report's heading). Not for an error, which carries its Message (msg) to where it is printed.
template <typename... Args>
std::string say(fmt::format_string<msg_arg_t<Args>...> format, Args&&... args) {
  return render(msg(format, std::forward<Args>(args)...), language());
}

// Punctuation around messages ("{}: {}"), the same in every language: not in the catalogue.
template <typename... Args>
Message joined(fmt::format_string<msg_arg_t<Args>...> format, Args&&... args) {
  Message m = msg(format, std::forward<Args>(args)...);
  m.translated = false;
  return m;
}

}  // namespace mbov
