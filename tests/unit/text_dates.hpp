#pragma once
// Dates and timestamps written as text, as the unit tests write them.
#include <mbov/core/dates.hpp>

namespace mbov::test {

inline Date d(const char* text) { return Date::parse(text, "test"); }
inline Timestamp ts(const char* text) { return Timestamp::parse(text, "test"); }

}  // namespace mbov::test
