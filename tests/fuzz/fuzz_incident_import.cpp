// libFuzzer target: `incident import` (incident/import.cpp) on any CSV, into a database with a
// member and the catalogue's products. Bad input must be an Error(Exit::data) (65); the session is
// never committed, so every input meets the same database.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "../unit/testdb.hpp"
#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/incident/incident.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static mbov::test::TestDb db("2026-06-01");
  static const bool member = [] {
    mbov::Session s = db.write();
    mbov::sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2020-01-01')");
    mbov::test::unaudited(s);
    s.commit();
    return true;
  }();
  (void)member;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  mbov::Session s = db.write();
  try {
    (void)mbov::incident::import_csv(s, in, "fuzz.csv");
  } catch (const mbov::Error& e) {
    if (e.code() != mbov::Exit::data) std::abort();
  }
  return 0;
}
