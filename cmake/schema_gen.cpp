// schema_gen OUT.cpp: the build step that runs the migrations (lib/core/schema.cpp) in memory and
// writes the SHA-256 of the objects each schema version has (core/schema_objects.hpp), so every
// open compares its file with them without building the reference again (core/schema_check.cpp).
#include <fstream>
#include <iostream>

#include "core/schema.hpp"
#include "core/schema_objects.hpp"
#include "core/sha256.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: schema_gen OUT.cpp\n";
    return 64;
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << "// Generated at build time from lib/core/schema.cpp by cmake/schema_gen.cpp.\n"
         "#include \"core/schema_objects.hpp\"\n\n"
         "namespace mbov {\n\n"
         "std::string_view reference_digest(int version) {\n"
         "  switch (version) {\n";
  for (const mbov::Migration& m : mbov::migrations())
    out << "    case " << m.version << ": return \"" << mbov::sha256_hex(mbov::reference_objects(m.version)) << "\";\n";
  out << "    default: return {};\n  }\n}\n\n}  // namespace mbov\n";
  if (!out) {
    std::cerr << "schema_gen: cannot write " << argv[1] << '\n';
    return 73;
  }
  return 0;
}
