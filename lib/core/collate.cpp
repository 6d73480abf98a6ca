#include <mbov/core/collate.hpp>

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace mbov {
namespace {

// s decomposed (NFD), case folded, and without accents when strip: one level of the sort key.
std::string key(std::string_view s, bool strip) {
  utf8proc_uint8_t* out = nullptr;
  int options = UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STABLE;
  if (strip) options |= UTF8PROC_STRIPMARK;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          static_cast<utf8proc_ssize_t>(s.size()), &out,
                                          static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);  // invalid UTF-8: its bytes
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

int sign(int c) { return (c > 0) - (c < 0); }

}  // namespace

int collate_people(std::string_view a, std::string_view b) {
  if (a == b) return 0;
  if (int c = key(a, true).compare(key(b, true))) return sign(c);     // letters
  if (int c = key(a, false).compare(key(b, false))) return sign(c);   // accents
  return sign(a.compare(b));                                          // case
}

}  // namespace mbov
