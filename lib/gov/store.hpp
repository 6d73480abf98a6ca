#pragma once
// Helpers shared by the gov area's sources (not installed).
#include <SQLiteCpp/Column.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"

namespace mbov::gov::store {

inline std::optional<Date> opt_date(const SQLite::Column& c, std::string_view what) {
  if (c.isNull()) return std::nullopt;
  return Date::parse(c.getString(), what);
}
inline std::optional<std::int64_t> opt_id(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}
// Exit::data "WHAT 'VALUE' is not one of: A, B" unless value is one of allowed.
void require_one_of(std::string_view value, const std::vector<std::string>& allowed, std::string_view what,
                    std::string_view rule);

}  // namespace mbov::gov::store
