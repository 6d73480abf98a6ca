// libFuzzer target: the .mo catalogue reader (core/mo.hpp) on any bytes. Every lookup ends inside
// the bytes: a translation found is NUL-terminated at its length, and tr_n's plural form (after the
// first NUL) lies within it. ASan reports any read outside.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/mo.hpp"

namespace {

void look_up(const mbov::MoCatalogue& c, const char* msgid) {
  std::size_t size = 0;
  const char* t = c.find(msgid, &size);
  if (!t) return;
  if (size == 0 || t[size] != '\0') std::abort();
  const std::size_t first = std::strlen(t);
  if (first > size) std::abort();
  if (first < size && std::strlen(t + first + 1) > size - first - 1) std::abort();  // as tr_n reads it
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const mbov::MoCatalogue c(bytes);
  for (const char* msgid : {"", "nothing due", "day", "{} day", "zzzz"}) look_up(c, msgid);
  // The strings of the input itself, so lookups that match are found by the fuzzer too.
  for (std::size_t at = 28; at < bytes.size() && at < 28 + 64 * 16; at += std::strlen(bytes.c_str() + at) + 1)
    look_up(c, bytes.c_str() + at);
  return 0;
}
