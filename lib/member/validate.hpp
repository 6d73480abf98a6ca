#pragma once
// What the member register's rules share (internal).
#include <string>

#include "core/error.hpp"

namespace mbov::member {

// A name must say something: empty or blank is bad data.
inline void require_text(const std::string& text, const char* what) {
  if (text.find_first_not_of(" \t") == std::string::npos) fail_data(std::string(what) + " must not be empty");
}

}  // namespace mbov::member
