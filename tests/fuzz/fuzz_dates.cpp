// libFuzzer target: every date, week, duration and timestamp parser (core/dates.hpp). The first
// byte picks the parser, the rest is the text. Bad input must be an Error(Exit::data); what parses
// prints within four-digit years and parses back to the same value.
#include <cstdint>
#include <cstdlib>
#include <string>

#include <mbov/core/dates.hpp>
#include <mbov/core/error.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0: {
        const mbov::Date d = mbov::Date::parse(text, "fuzz");
        if (mbov::Date::parse(d.str(), "again") != d) std::abort();
        break;
      }
      case 1: {
        const mbov::Date d = mbov::Date::parse_iso_week(text, "fuzz");
        if (d.weekday() != 1) std::abort();
        break;
      }
      case 2: {
        const mbov::Duration du = mbov::Duration::parse(text, "fuzz");
        if (mbov::Duration::parse(du.str(), "again") != du) std::abort();
        (void)du.after(mbov::Date::parse("9998-12-31", "max"));  // may refuse (65), never overflow
        break;
      }
      case 3: {
        const mbov::Timestamp t = mbov::Timestamp::parse(text, "fuzz");
        if (t.utc().size() != 20 || mbov::Timestamp::parse(t.utc(), "again") != t) std::abort();
        (void)t.local();
        break;
      }
    }
  } catch (const mbov::Error& e) {
    if (e.code() != mbov::Exit::data) std::abort();
  }
  return 0;
}
