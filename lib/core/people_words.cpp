// Rows and objects as people read them in Dutch: each closed-set value as its word (people_word,
// core/words.cpp), numbers as Dutch writes them (1.302, 85,7 %; a decimal comma is
// people_scalar's), a budget's "left" as "remaining". English is shown as is.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>

namespace mbov {
namespace {

Value people_words(const Value& v, std::string_view field);

// Fields whose numbers name something (an id, a year, a version): never grouped like a count.
bool names_something(std::string_view field) {
  static constexpr std::string_view names[] = {
      "ballot",   "contract", "dpia",        "from_version", "id",         "incident", "line",    "meeting",
      "motion",   "number",   "person",      "priority",     "repeated_by", "repeats", "replaced_by", "schema_version",
      "supplier", "to_version", "version",   "week",         "year"};
  return field.ends_with("_id") || std::find(std::begin(names), std::end(names), field) != std::end(names);
}

// 1302 as 1.302: a count or an amount of more than three digits, as Dutch writes it.
std::string grouped(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), 1, '.');
  return (n < 0 ? "-" : "") + digits;
}

// A number as Dutch writes it: thousands grouped (counts only), a decimal comma; a percentage
// field with " %" (85,7 %).
Value dutch_number(const Value& v, std::string_view field) {
  const bool percent = field == "percent" || field.ends_with("_percent");
  if (const auto* n = std::get_if<std::int64_t>(&v.data)) {
    if (percent) return std::to_string(*n) + " %";
    return *n >= 1000 || *n <= -1000 ? (names_something(field) ? v : Value(grouped(*n))) : v;
  }
  if (std::holds_alternative<double>(v.data) && percent) return people_scalar(v) + " %";
  return v;
}

// A budget's "left" (beside "spent") is what remains; a member's "left" is the day it left. One
// English label, two Dutch words: people read the budget's as "remaining".
bool budget_left(const std::vector<std::string>& keys, std::size_t i) {
  return keys[i] == "left" && std::find(keys.begin(), keys.end(), "spent") != keys.end();
}

Object words_of(const Object& o) {
  Object shown;
  for (std::size_t i = 0; i < o.size(); ++i)
    shown.add(budget_left(o.keys, i) ? "remaining" : o.keys[i], people_words(o.values[i], o.keys[i]));
  return shown;
}

Value people_words(const Value& v, std::string_view field) {
  if (const auto* s = std::get_if<std::string>(&v.data)) return people_word(field, *s);
  if (std::holds_alternative<std::int64_t>(v.data) || std::holds_alternative<double>(v.data)) return dutch_number(v, field);
  if (const auto* o = std::get_if<Object>(&v.data)) return words_of(*o);
  if (const auto* a = std::get_if<Array>(&v.data)) {
    Array shown;
    for (const Value& e : *a) shown.push_back(people_words(e, field));
    return shown;
  }
  return v;
}

}  // namespace

Object people_words(const Object& o) { return language() == Language::en ? o : words_of(o); }

std::vector<std::string> people_columns(const std::vector<std::string>& columns) {
  std::vector<std::string> shown = columns;
  if (language() == Language::en) return shown;
  for (std::size_t i = 0; i < shown.size(); ++i)
    if (budget_left(columns, i)) shown[i] = "remaining";
  return shown;
}

std::vector<Object> people_words(const std::vector<Object>& rows) {
  if (language() == Language::en) return rows;
  std::vector<Object> shown;
  shown.reserve(rows.size());
  for (const Object& row : rows) shown.push_back(words_of(row));
  return shown;
}

}  // namespace mbov
