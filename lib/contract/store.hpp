#pragma once
// Small helpers shared by the contract area's lib files: reading optional columns, checking text.
#include <SQLiteCpp/Column.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/dates.hpp"
#include "core/value.hpp"

namespace mbov::contract_rows {


inline std::optional<Date> opt_date(const SQLite::Column& c, std::string_view what) {
  if (c.isNull()) return std::nullopt;
  return Date::parse(c.getString(), what);
}

// A date as an ISO string, or null.
inline Value date_value(const std::optional<Date>& d) { return d ? Value(d->str()) : Value(); }

// The text itself, or Exit::data naming `what` when it is empty or blank.
const std::string& required_text(const std::string& text, std::string_view what);
// An absent or blank optional text as nullopt; otherwise the text.
std::optional<std::string> optional_text(const std::optional<std::string>& text);

}  // namespace mbov::contract_rows
