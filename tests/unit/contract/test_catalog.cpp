// Tests for lib/contract/catalog.cpp: a supplier's certification on a day (R-CON-5).
#include <doctest/doctest.h>

#include <mbov/contract/catalog.hpp>
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::contract;
using mbov::test::d;

namespace {

std::vector<std::int64_t> ids(const std::vector<Certificate>& certs) {
  std::vector<std::int64_t> out;
  for (const Certificate& c : certs) out.push_back(c.id);
  return out;
}

}  // namespace

TEST_CASE("certification: each certificate that counts on the day, by expiry, else what ran out last (R-CON-5)") {
  test::TestDb t("2026-11-25");
  Session s = t.write();
  add_supplier(s, "Leverancier BV");
  const auto add = [&](const char* standard, const char* from, const char* until) {
    return add_certificate(s, "1",
                           Certificate{.standard = standard,
                                       .valid_from = from ? std::optional(d(from)) : std::nullopt,
                                       .valid_until = d(until),
                                       .equivalence = std::string(standard) == "OTHER" ? std::optional<std::string>("x")
                                                                                       : std::nullopt});
  };
  CHECK(certification(s, 1, s.today).counting.empty());
  const std::int64_t old = add("ISAE3000", nullptr, "2025-06-30");
  add("ISO27001", nullptr, "2024-01-15");
  Certification c = certification(s, 1, s.today);
  CHECK(c.counting.empty());
  REQUIRE(c.last_expired);
  CHECK(c.last_expired->id == old);  // the last to run out, whatever its standard
  const std::int64_t renewal = add("ISO27001", "2026-11-01", "2029-11-01");
  const std::int64_t current = add("ISO27001", nullptr, "2027-01-15");
  const std::int64_t ahead = add("ISAE3402", "2027-01-01", "2030-01-01");  // not yet valid
  c = certification(s, 1, s.today);
  CHECK(ids(c.counting) == std::vector<std::int64_t>{current, renewal});  // each renewal counts on its own
  CHECK(certification(s, 1, d("2027-01-01")).counting.size() == 3);
  CHECK(ids(certification(s, 1, d("2027-01-16")).counting) == std::vector<std::int64_t>{renewal, ahead});
  CHECK(ids(certification(s, 1, d("2030-01-02")).counting).empty());
  CHECK(certification(s, 1, d("2030-01-02")).last_expired->id == ahead);
}

TEST_CASE("certification: an ISO27002 statement held instead is named, never counted (R-CON-5)") {
  test::TestDb t("2026-11-25");
  Session s = t.write();
  add_supplier(s, "Leverancier BV");
  // add_certificate refuses ISO27002; records from before that refusal still hold one.
  sql(s).exec("INSERT INTO certificate (supplier, standard, valid_until) VALUES (1, 'ISO27002', '2028-01-01')");
  const Certification c = certification(s, 1, s.today);
  CHECK(c.counting.empty());
  CHECK_FALSE(c.last_expired);
  REQUIRE(c.code_of_practice);
  CHECK(c.code_of_practice->standard == "ISO27002");
}
