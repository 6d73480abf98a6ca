#pragma once
// Helpers shared by the dpia sources only (not part of the area's interface).
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/value.hpp"

namespace mbov {
class Session;
}

namespace mbov::dpia::detail {

// The product's code as stored; Exit::data naming it when there is no such product.
std::string known_product(Session& s, std::string_view code);

// Exit::data "WHAT 'VALUE' is not one of: ..." (with the rule) unless value is in allowed.
void require_one_of(std::string_view value, std::span<const char* const> allowed, std::string_view what,
                    std::string rule = {});

// A column as a value: NULL -> null, anything else its text.
inline Value text_or_null(const SQLite::Column& c) { return c.isNull() ? Value() : Value(c.getString()); }

inline void bind_optional(SQLite::Statement& q, int index, const std::optional<std::string>& v) {
  if (v) q.bind(index, *v);
  else q.bind(index);
}

}  // namespace mbov::dpia::detail
