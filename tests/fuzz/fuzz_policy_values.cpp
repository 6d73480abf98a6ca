// libFuzzer target: the policy loader's value checks (core/policy.hpp). The first byte picks a
// key of data/policy.toml; the rest up to a line feed becomes its value, in an otherwise valid
// file, so every input reaches the checks of one key. A value is taken or refused with
// Error(Exit::config) naming the file; the file's own value is taken.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <mbov/core/error.hpp>
#include <mbov/core/policy.hpp>

namespace {

struct Line {
  std::string text;
  std::size_t value = std::string::npos;  // where the value starts, for a `key = value` line
};

std::vector<Line> policy_lines() {
  std::ifstream in(MBOV_SOURCE_DIR "/data/policy.toml");
  std::vector<Line> lines;
  for (std::string text; std::getline(in, text);) {
    Line l{text};
    const std::size_t eq = text.find(" = ");
    if (!text.empty() && text[0] != '#' && text[0] != '[' && eq != std::string::npos) l.value = eq + 3;
    lines.push_back(l);
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<Line> lines = policy_lines();
  static std::vector<std::size_t> keys;
  if (keys.empty())
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines[i].value != std::string::npos) keys.push_back(i);
  if (keys.empty()) std::abort();  // data/policy.toml not found: nothing would be tested
  if (size == 0) return 0;
  const std::size_t chosen = keys[data[0] % keys.size()];
  std::string value(reinterpret_cast<const char*>(data + 1), size - 1);
  if (const std::size_t lf = value.find('\n'); lf != std::string::npos) value.resize(lf);

  static const std::string path = "/tmp/mbov-fuzz-policy-values-" + std::to_string(::getpid()) + ".toml";
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < lines.size(); ++i)
      out << (i == chosen ? lines[i].text.substr(0, lines[i].value) + value : lines[i].text) << '\n';
  }
  try {
    (void)mbov::Policy::load(path);
  } catch (const mbov::Error& e) {
    if (e.code() != mbov::Exit::config || std::string(e.what()).find(path) == std::string::npos) std::abort();
    if (value == lines[chosen].text.substr(lines[chosen].value)) std::abort();  // the shipped value refused
  }
  std::remove(path.c_str());
  return 0;
}
