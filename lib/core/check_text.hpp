#pragma once
// A finding's Text (core/check.hpp) from one message with {} placeholders, formatted twice: the
// English msgid for the data formats, its translation for people (po/update knows check_text
// and check_text_n as it knows tr and tr_n). A Date or Timestamp value is ISO in English and
// human_date or human_moment in the translation; a Text value (due_text, a subject) gives each
// language its own text.
#include <fmt/format.h>

#include <string>

#include <mbov/core/check.hpp>
#include <mbov/core/i18n.hpp>

namespace mbov {
namespace check_text_detail {

template <typename T>
const T& english(const T& value) { return value; }
inline std::string english(Date d) { return d.str(); }
inline std::string english(Timestamp t) { return t.local(); }
inline const std::string& english(const Text& t) { return t.en; }

template <typename T>
const T& shown(const T& value) { return value; }
inline std::string shown(Date d) { return human_date(d); }
inline std::string shown(Timestamp t) { return human_moment(t); }
inline const std::string& shown(const Text& t) { return t.shown; }

}  // namespace check_text_detail

template <typename... Args>
Text check_text(const char* msgid, const Args&... args) {
  using namespace check_text_detail;
  return {fmt::format(fmt::runtime(msgid), english(args)...), fmt::format(fmt::runtime(tr(msgid)), shown(args)...)};
}

// A count: the singular or plural form for n (both in nl.po).
template <typename... Args>
Text check_text_n(const char* singular, const char* plural, long long n, const Args&... args) {
  using namespace check_text_detail;
  return {fmt::format(fmt::runtime(n == 1 ? singular : plural), english(args)...),
          fmt::format(fmt::runtime(tr_n(singular, plural, n)), shown(args)...)};
}

}  // namespace mbov
