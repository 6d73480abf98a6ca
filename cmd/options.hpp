#pragma once
// How every command group reads its option values, one way each:
// - "was it given": the option is a std::optional (CLI11 fills it only when given);
// - dates, timestamps and years are parsed here, exit 65 naming the option;
// - ids (ID, MOTION, PERSON-ID, --motion ...) are positive integers, checked by add_id (65);
// - a YEAR argument and a few fixed values are checked here too (65), with our own messages.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cli_text.hpp"
#include <mbov/core/dates.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {

inline std::optional<Date> optional_date(const std::optional<std::string>& text, const char* option) {
  if (!text) return std::nullopt;
  return Date::parse(*text, option);
}

inline std::optional<Timestamp> optional_timestamp(const std::optional<std::string>& text, const char* option) {
  if (!text) return std::nullopt;
  return Timestamp::parse(*text, option);
}

// A calendar year option (--year): the years a Date can hold.
inline std::optional<int> optional_year(const std::optional<int>& year, const char* option) {
  if (year && (*year < Date::min_year || *year > Date::max_year))
    fail_data(msg("{} {} is not a year from {} to {}", option, *year, Date::min_year, Date::max_year));
  return year;
}

// A YEAR argument: a year a Date can hold, else exit 65 naming it (--help shows CLI11's range).
inline CLI::Option* check_year(CLI::Option* option) {
  CLI::Validator range = CLI::Range(Date::min_year, Date::max_year);
  range.operation([option](std::string& text) {
    int year = 0;
    if (!CLI::detail::lexical_cast(text, year) || year < Date::min_year || year > Date::max_year)
      bad_value(msg("{}: Value {} not in range {} to {}", option_name(*option), text, Date::min_year, Date::max_year));
    return std::string();
  });
  return option->check(range);
}

// An option of a few fixed values, else exit 65 naming it (--help lists them as CLI11 does).
inline CLI::Option* check_one_of(CLI::Option* option, const std::vector<std::string>& values) {
  CLI::Validator member = CLI::IsMember(values);
  std::string listed;
  for (const std::string& v : values) listed += (listed.empty() ? "{" : ",") + v;
  member.operation([option, values, listed = listed + "}"](std::string& text) {
    if (std::find(values.begin(), values.end(), text) == values.end())
      bad_value(msg("{}: {} not in {}", option_name(*option), text, listed));
    return std::string();
  });
  return option->check(member);
}

// An id argument or option: a positive integer, else exit 65 naming it.
template <typename Id>  // std::int64_t or std::optional<std::int64_t>
CLI::Option* add_id(CLI::App* app, const std::string& name, Id& id, const std::string& description) {
  CLI::Option* option = app->add_option(name, id, description);
  return option->check(CLI::Validator(
      [option](const std::string& text) {
        std::size_t used = 0;
        long long value = 0;
        try {
          value = std::stoll(text, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != text.size() || used == 0 || value <= 0)
          bad_value(joined("{}: {}", option_name(*option), msg("'{}' is not a positive integer", text)));
        return std::string();
      },
      "ID"));
}

}  // namespace mbov::cli
