// policy_gen POLICY.toml OUT.cpp: the build step that compiles data/policy.toml into
// Policy::defaults(). It reads the file with every check of a policy file (core/policy_text.hpp)
// and writes each key as a plain assignment, so mbov parses no TOML at start-up unless a policy
// file exists, and a broken data/policy.toml fails the build instead of every run.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <mbov/core/error.hpp>
#include "core/policy_text.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: policy_gen POLICY.toml OUT.cpp\n";
    return static_cast<int>(mbov::Exit::usage);
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in) {
    std::cerr << "policy_gen: cannot read " << argv[1] << '\n';
    return static_cast<int>(mbov::Exit::noinput);
  }
  try {
    const std::string body = mbov::builtin_policy_cpp(text, argv[1]);
    std::ofstream out(argv[2], std::ios::binary);
    out << "// Generated at build time from data/policy.toml by cmake/policy_gen.cpp: edit that file.\n"
           "#include <mbov/core/policy.hpp>\n\n"
           "namespace mbov {\n\n"
           "Policy Policy::defaults() {\n"
           "  Policy p;\n"
        << body
        << "  return p;\n"
           "}\n\n"
           "}  // namespace mbov\n";
    if (!out.flush()) {
      std::cerr << "policy_gen: cannot write " << argv[2] << '\n';
      return static_cast<int>(mbov::Exit::cantcreat);
    }
  } catch (const mbov::Error& e) {
    std::cerr << "policy_gen: " << e.what() << '\n';
    return static_cast<int>(e.code());
  }
  return 0;
}
