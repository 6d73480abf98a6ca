#pragma once
// What the `mbov member` command files share: optional dates and ids from option text.
#include <cstdint>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "context.hpp"
#include "core/dates.hpp"
#include "core/error.hpp"

namespace mbov::cli {

// An optional date option: empty text is absent; a bad date exits 65 naming the option.
inline std::optional<Date> date_option(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  return Date::parse(text, option);
}

// An integer id argument (PERSON-ID, ID): anything else exits 65 naming it.
inline std::int64_t id_argument(const std::string& text, const char* what) {
  std::size_t used = 0;
  long long id = 0;
  try {
    id = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size() || id <= 0)
    fail_data(std::string(what) + " '" + text + "' is not a positive integer");
  return id;
}

// member contact ... and member board ... (cmd/member_people.cpp).
void register_people(CLI::App* member, Context& ctx);

}  // namespace mbov::cli
