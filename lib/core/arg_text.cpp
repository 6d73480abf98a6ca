#include "core/arg_text.hpp"

#include <fmt/format.h>

#include <mbov/core/msg.hpp>

namespace mbov {
namespace {

std::string grouped_euros(std::uint64_t euros, char separator) {
  std::string digits = std::to_string(euros);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), 1, separator);
  return digits;
}

}  // namespace

std::string money_text(std::int64_t cents, Language language) {
  const std::uint64_t magnitude = cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  const char* sign = cents < 0 ? "-" : "";
  if (language == Language::en) return fmt::format("{}{}.{:02}", sign, magnitude / 100, magnitude % 100);
  return fmt::format("€ {}{},{:02}", sign, grouped_euros(magnitude / 100, '.'), magnitude % 100);
}

std::string duration_text(Duration d, Language language) {
  if (language == Language::en) return d.str();
  const long long n = d.count;
  const Message words = d.unit == 'd'   ? msg_n("{} day", "{} days", n, n)
                        : d.unit == 'w' ? msg_n("{} week", "{} weeks", n, n)
                        : d.unit == 'm' ? msg_n("{} month", "{} months", n, n)
                                        : msg_n("{} year", "{} years", n, n);
  return render(words, language);
}

}  // namespace mbov
