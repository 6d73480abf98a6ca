// libFuzzer target: the policy loader (core/policy.hpp) on any file. Bad input must be an
// Error(Exit::config) naming the file; anything else is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <mbov/core/error.hpp>
#include <mbov/core/policy.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/mbov-fuzz-policy-" + std::to_string(::getpid()) + ".toml";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  try {
    (void)mbov::Policy::load(path);
  } catch (const mbov::Error& e) {
    if (e.code() != mbov::Exit::config) std::abort();
  }
  std::remove(path.c_str());
  return 0;
}
