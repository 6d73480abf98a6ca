#pragma once
// The one error type of mbov: every failure carries the exit status of spec/CLI.md.
#include <stdexcept>
#include <string>

#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// Exit statuses (sysexits.h values, as CLI.md fixes them).
enum class Exit : int {
  ok = 0,
  warning = 1,   // a check found warnings; vote tally: not adopted
  critical = 2,  // a check found violations
  unknown = 3,   // a check could not be done
  usage = 64,
  data = 65,
  noinput = 66,
  software = 70,
  cantcreat = 73,
  ioerr = 74,
  tempfail = 75,
  config = 78,
};

class Error : public std::runtime_error {
 public:
  // rule: a DOMAIN.md rule id (R-AREA-n), or empty; hint: how to fix it, or empty.
  Error(Exit code, std::string message, std::string rule = {}, std::string hint = {});

  Exit code() const { return code_; }
  const std::string& rule() const { return rule_; }
  const std::string& hint() const { return hint_; }

 private:
  Exit code_;
  std::string rule_;
  std::string hint_;
};

// Shorthands for the common cases.
[[noreturn]] void fail_data(std::string message, std::string rule = {}, std::string hint = {});

// Any exception (SQLite's included) as an mbov Error: SQLITE_BUSY -> 75, disk full -> 74, ...
Error as_error(const std::exception& e);

}  // namespace mbov

MBOV_PUBLIC_END
