// Money: integer euro cents, read in Dutch or plain notation, written plain or Dutch.
#include <fmt/format.h>
#include "core/arg_text.hpp"
#include <mbov/core/msg.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include <mbov/budget/budget.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>

namespace mbov::budget {
namespace {

constexpr std::int64_t max_euros = 999'999'999'999;  // 15 digits with the cents: no overflow

bool all_digits(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "1.234.567" (groups of three after the first) or "1234567": the euros; nullopt when malformed.
std::optional<std::int64_t> euros(std::string_view t, bool grouped) {
  std::string digits;
  if (grouped) {
    std::size_t dot = t.find('.');
    std::string_view head = t.substr(0, dot);
    if (!all_digits(head) || head.size() > 3) return std::nullopt;
    digits = head;
    while (dot != std::string_view::npos) {
      std::size_t next = t.find('.', dot + 1);
      std::string_view group = t.substr(dot + 1, next == std::string_view::npos ? next : next - dot - 1);
      if (group.size() != 3 || !all_digits(group)) return std::nullopt;
      digits += group;
      dot = next;
    }
  } else {
    if (!all_digits(t)) return std::nullopt;
    digits = t;
  }
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
  if (digits.size() > 12) return std::nullopt;
  std::int64_t value = std::strtoll(digits.c_str(), nullptr, 10);
  if (value > max_euros) return std::nullopt;
  return value;
}

std::optional<std::int64_t> parse(std::string_view t) {
  std::string_view euro_part = t, cent_part;
  const std::size_t comma = t.find(',');
  const std::size_t last_dot = t.rfind('.');
  bool grouped = false;
  if (comma != std::string_view::npos) {  // Dutch: ',' decimals, '.' thousands
    if (t.find(',', comma + 1) != std::string_view::npos) return std::nullopt;
    if (last_dot != std::string_view::npos && last_dot > comma) return std::nullopt;
    euro_part = t.substr(0, comma);
    cent_part = t.substr(comma + 1);
    grouped = last_dot != std::string_view::npos;
  } else if (last_dot != std::string_view::npos) {
    const std::size_t decimals = t.size() - last_dot - 1;
    if (t.find('.') == last_dot && decimals <= 2) {  // plain: one '.' with one or two decimals
      euro_part = t.substr(0, last_dot);
      cent_part = t.substr(last_dot + 1);
    } else {
      grouped = true;  // "1.234", "1.234.567": Dutch thousands
    }
  }
  if (cent_part.data() && (cent_part.empty() || cent_part.size() > 2 || !all_digits(cent_part))) return std::nullopt;
  const auto e = euros(euro_part, grouped);
  if (!e) return std::nullopt;
  std::int64_t cents = cent_part.empty() ? 0 : std::strtoll(std::string(cent_part).c_str(), nullptr, 10);
  if (cent_part.size() == 1) cents *= 10;
  return *e * 100 + cents;
}

}  // namespace

std::int64_t parse_cents(std::string_view text, std::string_view what) {
  std::string_view t = text;
  const bool negative = t.starts_with('-');
  if (negative) t.remove_prefix(1);
  const auto cents = parse(t);
  if (!cents)
    fail_data(msg("{} '{}' is not an amount in euros", what, text), {},
              msg("write 1234.56 or 1.234,56 (euros and cents, no currency sign)"));
  return negative ? -*cents : *cents;
}

std::string plain_amount(std::int64_t cents) { return money_text(cents, Language::en); }
std::string human_amount(std::int64_t cents) { return money_text(cents, language()); }

Value money(std::int64_t cents, Format format) {
  // json and xlsx: a number (xlsx writes a fraction in its euro format, core/xlsx.hpp).
  if (format == Format::json || format == Format::xlsx) return Value(static_cast<double>(cents) / 100.0);
  if (for_people(format)) return Value(human_amount(cents));  // € 445.000,00 in Dutch
  return Value(plain_amount(cents));
}

}  // namespace mbov::budget
