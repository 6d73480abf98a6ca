#pragma once
// What the member register's sources share: the SQL of "current on day :t" and column helpers.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/value.hpp"

namespace mbov::member {

// A member counts up to and including its last day (R-MEM-7).
inline constexpr const char* current_member = "(m.joined <= :t AND (m.left_on IS NULL OR m.left_on >= :t))";
// A role (alias c) ends ON its until day.
inline constexpr const char* current_role = "(c.since <= :t AND (c.until IS NULL OR c.until > :t))";
// An uptake (alias u) counts up to and including its until day (R-MEM-8).
inline constexpr const char* current_uptake = "(u.from_date <= :t AND (u.until IS NULL OR u.until >= :t))";

// A column as a Value: NULL stays null.


// A name must say something: empty or blank is bad data.
inline void require_text(const std::string& text, const char* what) {
  if (text.find_first_not_of(" \t") == std::string::npos) fail_data(std::string(what) + " must not be empty");
}

}  // namespace mbov::member
