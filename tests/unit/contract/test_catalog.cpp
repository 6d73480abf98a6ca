// Tests for lib/contract/catalog.cpp: the products and suppliers contracts are about and with
// whom; codes and names checked, suppliers found by id or name, the counts of their contracts.
// (Certificates, R-CON-5: test_contract.cpp.)
#include <doctest/doctest.h>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;
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
