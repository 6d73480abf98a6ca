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

// Exit::data "WHAT 'VALUE' is not one of: ..." (with the rule) unless value is in allowed.
void require_one_of(std::string_view value, std::span<const char* const> allowed, std::string_view what,
                    std::string rule = {});

// A column as a value: NULL -> null, anything else its text.


}  // namespace mbov::dpia::detail
