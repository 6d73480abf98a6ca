#pragma once
// The one error type of mbov: every failure carries the exit status of spec/CLI.md.
#include <stdexcept>
#include <string>

#include <mbov/core/export.hpp>
#include <mbov/core/message.hpp>

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

// A failure: what went wrong and how to fix it as Messages (core/message.hpp), made once where it
// is thrown and rendered where it is printed, in the language chosen there (mbov prints them in
// --lang: render(e.message(), language())). what() is the message in English, for a program that
// prints errors as std::exception's. A Message made of a std::string is shown as is (a name, a
// text from outside such as SQLite's): a text rendered before the throw is not translated again.
class Error : public std::runtime_error {
 public:
  // rule: a DOMAIN.md rule id (R-AREA-n), or empty; hint: how to fix it, or empty.
  Error(Exit code, Message message, std::string rule = {}, Message hint = {});

  Exit code() const { return code_; }
  const Message& message() const { return message_; }
  const std::string& rule() const { return rule_; }
  const Message& hint() const { return hint_; }
  bool has_hint() const { return hint_.id || !hint_.text.empty(); }

 private:
  Exit code_;
  Message message_;
  std::string rule_;
  Message hint_;
};

// Shorthands for the common cases.
[[noreturn]] void fail_data(Message message, std::string rule = {}, Message hint = {});

// Any exception (SQLite's included) as an mbov Error: SQLITE_BUSY -> 75, disk full -> 74, ...
Error as_error(const std::exception& e);

}  // namespace mbov

MBOV_PUBLIC_END
