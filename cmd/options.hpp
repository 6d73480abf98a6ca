#pragma once
// How every command group reads its option values, one way each:
// - "was it given": the option is a std::optional (CLI11 fills it only when given);
// - dates, timestamps and years are parsed here, exit 65 naming the option;
// - ids (ID, MOTION, PERSON-ID, --motion ...) are positive integers, checked by add_id (65).
#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>

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
    fail_data(say("{} {} is not a year from {} to {}", option, *year, Date::min_year,
                          Date::max_year));
  return year;
}

// An id argument or option: a positive integer, else exit 65 naming it.
inline const CLI::Validator positive_id(
    [](const std::string& text) {
      std::size_t used = 0;
      long long id = 0;
      try {
        id = std::stoll(text, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      return used == text.size() && used > 0 && id > 0
                 ? std::string()
                 : say("'{}' is not a positive integer", text);
    },
    "ID");

template <typename Id>  // std::int64_t or std::optional<std::int64_t>
CLI::Option* add_id(CLI::App* app, const std::string& name, Id& id, const std::string& description) {
  return app->add_option(name, id, description)->check(positive_id);
}

}  // namespace mbov::cli
