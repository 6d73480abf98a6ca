// Tests for lib/contract/catalog.cpp: the products and suppliers contracts are about and with
// whom; codes and names checked, suppliers found by id or name, the counts of their contracts.
// A supplier's certification on a day (R-CON-5).
#include <doctest/doctest.h>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include "helpers.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::contract;
using mbov::test::d;
using test::exit_of;

TEST_CASE("catalog products: init's two, a new code checked, a code once, each with its number of contracts") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  std::vector<contract::Product> list = contract::products(s);
  REQUIRE(list.size() == 2);
  CHECK(list[0].code == "CAMBO");
  CHECK(list[1].code == "VVA");
  contract::add_product(s, "BRON-2_x", "Basisregister");
  CHECK(exit_of([&] { contract::add_product(s, "bron-2_X", "again"); }) == Exit::data);  // codes ignore case
  CHECK(exit_of([&] { contract::add_product(s, "A B", "space"); }) == Exit::data);
  CHECK(exit_of([&] { contract::add_product(s, "", "empty"); }) == Exit::data);
  CHECK(exit_of([&] { contract::add_product(s, std::string(33, 'A'), "long"); }) == Exit::data);
  CHECK(exit_of([&] { contract::add_product(s, std::string(32, 'A'), "thirty-two"); }) == Exit::ok);
  CHECK(exit_of([&] { contract::add_product(s, "NONAME", ""); }) == Exit::data);
  contract::add_supplier(s, "Leverancier BV");
  contract::add(s, {.product = "VVA", .supplier = "Leverancier BV", .start = Date::from_ymd(2025, 1, 1)});
  contract::add(s, {.product = "vva", .supplier = "Leverancier BV", .start = Date::from_ymd(2026, 1, 1)});
  list = contract::products(s);
  REQUIRE(list.size() == 4);
  for (const contract::Product& p : list) CHECK(p.contracts == (p.code == "VVA" ? 2 : 0));
  const Object o = contract::to_object(list.back());
  CHECK(o.find("code"));
  CHECK(o.find("name"));
}

TEST_CASE("catalog suppliers: a unique name, found by id or by name in any case, an unknown one refused") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const std::int64_t a = contract::add_supplier(s, "Leverancier BV");
  const std::int64_t b = contract::add_supplier(s, "12");  // a name that looks like an id
  CHECK(exit_of([&] { contract::add_supplier(s, "leverancier bv"); }) == Exit::data);
  CHECK(exit_of([&] { contract::add_supplier(s, ""); }) == Exit::data);
  CHECK(contract::find_supplier(s, std::to_string(a)).name == "Leverancier BV");
  CHECK(contract::find_supplier(s, "LEVERANCIER BV").id == a);
  CHECK(contract::find_supplier(s, std::to_string(b)).id == b);
  CHECK(exit_of([&] { contract::find_supplier(s, "Leverancer BV"); }) == Exit::data);
  CHECK(exit_of([&] { contract::find_supplier(s, "99"); }) == Exit::data);
  contract::add(s, {.product = "CAMBO", .supplier = std::to_string(a), .start = Date::from_ymd(2025, 1, 1)});
  const std::vector<contract::SupplierSummary> list = contract::suppliers(s);
  REQUIRE(list.size() == 2);
  for (const contract::SupplierSummary& sum : list) {
    CHECK(sum.contracts == (sum.supplier.id == a ? 1 : 0));
    CHECK(sum.certificates == 0);
    CHECK_FALSE(sum.certified_until);
  }
}

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

TEST_CASE("longest_certificate: the last to run out, valid or not, the last recorded on a tie (R-CON-5)") {
  test::TestDb t("2026-11-25");
  Session s = t.write();
  add_supplier(s, "Leverancier BV");
  add_supplier(s, "Ander BV");
  CHECK_FALSE(longest_certificate(s, 1));
  const std::int64_t expired =
      add_certificate(s, "1", Certificate{.standard = "ISO27001", .valid_until = d("2025-01-01")});
  REQUIRE(longest_certificate(s, 1));
  CHECK(longest_certificate(s, 1)->id == expired);  // shown though it no longer counts
  const std::int64_t ahead = add_certificate(
      s, "1", Certificate{.standard = "ISAE3402", .valid_from = d("2027-01-01"), .valid_until = d("2029-06-30")});
  add_certificate(s, "1", Certificate{.standard = "ISAE3000", .valid_until = d("2028-01-01")});
  CHECK(longest_certificate(s, 1)->id == ahead);  // not yet valid, but it runs longest
  const std::int64_t tie =
      add_certificate(s, "1", Certificate{.standard = "ISO27001", .valid_until = d("2029-06-30")});
  const std::optional<Certificate> shown = longest_certificate(s, 1);
  CHECK(shown->id == tie);
  CHECK(shown->standard == "ISO27001");
  CHECK(shown->valid_until == d("2029-06-30"));
  CHECK_FALSE(longest_certificate(s, 2));  // another supplier's certificates are not its own
  add_certificate(s, "2", Certificate{.standard = "ISO27001", .valid_until = d("2026-01-01")});
  CHECK(longest_certificate(s, 2)->valid_until == d("2026-01-01"));
  CHECK(longest_certificate(s, 1)->id == tie);
}
