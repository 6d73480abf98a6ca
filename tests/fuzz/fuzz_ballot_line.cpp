// libFuzzer target: the fast ballot line parser (core/csv_plain.hpp) against CsvReader as the
// oracle. The first byte picks the number of columns (1 to 4) and the separator; the rest up to its
// first line feed is one line after that header. A line split_plain() takes must be read by
// CsvReader as the same fields; one it leaves is CsvReader's (fields or an error) by design.
// The line sits in a buffer with exactly the 8 readable bytes after it the parser may touch, so
// ASan reports any read beyond them.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/csv.hpp>
#include "core/csv_plain.hpp"
#include <mbov/core/error.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t n = 1 + (data[0] & 3);
  const char sep = n > 1 && (data[0] & 4) ? ';' : ',';  // a header of one column says ','
  std::string line(reinterpret_cast<const char*>(data + 1), size - 1);
  if (const std::size_t lf = line.find('\n'); lf != std::string::npos) line.resize(lf);
  line += '\n';

  const auto buffer = std::make_unique<char[]>(line.size() + 8);
  line.copy(buffer.get(), line.size());
  std::fill_n(buffer.get() + line.size(), 8, '\0');
  const std::string_view text(buffer.get(), line.size());
  if (mbov::csv_plain::plain_prefix(text) != text.size()) return 0;
  std::vector<std::string_view> fields(n);
  const std::size_t taken = mbov::csv_plain::split_plain(text, sep, fields.data(), n);
  if (taken == 0) return 0;
  if (taken != line.size()) std::abort();  // one whole line, never a part of one

  std::string header = "a";
  for (std::size_t i = 1; i < n; ++i) header += std::string(1, sep) + "b" + std::to_string(i);
  std::istringstream in(header + "\n" + line);
  try {
    mbov::CsvReader csv(in, "fuzz.csv");
    if (!csv.next() || csv.size() != n) std::abort();
    for (std::size_t i = 0; i < n; ++i)
      if (csv.field(i) != fields[i]) std::abort();
  } catch (const mbov::Error&) {
    std::abort();  // split_plain took a line CsvReader refuses
  }
  return 0;
}
