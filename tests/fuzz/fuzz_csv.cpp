// libFuzzer target: the CSV reader (core/csv.hpp) on any bytes. Bad input must be an
// Error(Exit::data); anything else (a crash, another exception, a sanitizer report) is a finding.
// Invariant: every field read back is valid UTF-8 within the field limit.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include <mbov/core/csv.hpp>
#include "core/utf8.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    mbov::CsvReader csv(in, "fuzz.csv");
    while (csv.next()) {
      for (std::size_t i = 0; i < csv.size(); ++i) {
        const std::string_view f = csv.field(i);
        std::string valid;
        mbov::append_valid_utf8(valid, f);
        if (valid != f || f.size() > mbov::csv_limits::field) std::abort();
      }
    }
    mbov::CsvColumns cols(csv, {"member"}, {"choice"});
  } catch (const mbov::Error& e) {
    if (e.code() != mbov::Exit::data) std::abort();
  }
  return 0;
}
