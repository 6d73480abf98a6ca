#include "contract/store.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace mbov::contract_rows {

namespace {
bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }
}  // namespace

const std::string& required_text(const std::string& text, std::string_view what) {
  if (blank(text)) fail_data(fmt::format("{} must not be empty", what));
  return text;
}

std::optional<std::string> optional_text(const std::optional<std::string>& text) {
  if (!text || blank(*text)) return std::nullopt;
  return text;
}

}  // namespace mbov::contract_rows
