#pragma once
// What the report unit tests share: a deadline of contract 1 with its title.
#include <string>

#include <mbov/report/report.hpp>

namespace mbov::test {

inline report::Deadline deadline(std::string title) {
  return {Date::parse("2026-12-01", "t"), "review", "contract 1", "R-CON-3", std::move(title), report::DeadlineStatus::soon,
          "review-contract-1@mbov"};
}

}  // namespace mbov::test
