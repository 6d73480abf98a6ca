#pragma once
// What the member register's rules share (internal).
#include <string>

#include <mbov/core/error.hpp>

namespace mbov::member {

// A name must say something: empty or blank is bad data (`message`, translated, says which).
inline void require_text(const std::string& text, const char* message) {
  if (text.find_first_not_of(" \t") == std::string::npos) fail_data(message);
}

}  // namespace mbov::member
