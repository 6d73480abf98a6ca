// Tests for lib/contract/store.cpp: the contract area's statements on rows written as sqlite3
// would: texts required or dropped when blank, products and suppliers found as stored, the
// uptakes of a day, and the as-of view of reviews, extensions and terminations.
#include <doctest/doctest.h>

#include "contract/store.hpp"
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("contract store: a required text refuses a blank one, an optional blank one is none") {
  CHECK(contract::store::required_text("x", "--name") == "x");
  CHECK(test::exit_of([] { contract::store::required_text("", "--name"); }) == Exit::data);
  CHECK(test::exit_of([] { contract::store::required_text(" \t", "--name"); }) == Exit::data);
  CHECK(contract::store::optional_text(std::nullopt) == std::nullopt);
  CHECK(contract::store::optional_text(std::string("  ")) == std::nullopt);
  CHECK(contract::store::optional_text(std::string(" a ")) == " a ");
}

TEST_CASE("contract store: products and suppliers as stored, found by id or by name") {
  test::TestDb t;
  Session s = t.write();
  CHECK(contract::store::product_code(s, "cambo") == "CAMBO");
  CHECK(contract::store::product_code(s, "NOPE") == std::nullopt);
  const std::int64_t a = contract::store::insert_supplier(s, "Leverancier BV");
  CHECK(contract::store::select_supplier(s, a, "")->name == "Leverancier BV");
  CHECK(contract::store::select_supplier(s, std::nullopt, "leverancier bv")->id == a);
  CHECK_FALSE(contract::store::select_supplier(s, a + 1, ""));
  CHECK_FALSE(contract::store::select_supplier(s, std::nullopt, "other"));
  const auto list = contract::store::select_suppliers(s);
  REQUIRE(list.size() == 1);
  CHECK(list[0].second == 0);
}

TEST_CASE("contract store: who takes up which product on a day, through its until day") {
  test::TestDb t;
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A1', 'a', 1, '2020-01-01'),
      ('B2', 'b', 1, '2020-01-01');
    INSERT INTO uptake (member, product, from_date, until) VALUES ('B2', 'VVA', '2026-01-01', '2026-03-01'),
      ('A1', 'VVA', '2026-03-01', NULL), ('A1', 'CAMBO', '2026-03-02', NULL);)sql");
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  CHECK(contract::store::select_uptakes(s, Date::from_ymd(2025, 12, 31)) == Pairs{});
  CHECK(contract::store::select_uptakes(s, Date::from_ymd(2026, 3, 1)) == Pairs{{"VVA", "A1"}, {"VVA", "B2"}});
  CHECK(contract::store::select_uptakes(s, Date::from_ymd(2026, 3, 2)) == Pairs{{"CAMBO", "A1"}, {"VVA", "A1"}});
}

TEST_CASE("contract store as_of (R-GEN-1): a review, extension or termination dated after the day is not there yet") {
  test::TestDb t("2026-03-01");
  {
    Session s = t.write();
    sql(s).exec(R"sql(INSERT INTO supplier (id, name) VALUES (1, 'L');
      INSERT INTO contract (id, product, supplier, start, base_years, extensions, extension_years, notice_months,
                            terminated_on, termination_end, termination_reason)
        VALUES (1, 'CAMBO', 1, '2022-01-01', 4, 2, 2, 6, '2026-04-01', '2026-12-31', 'merged');
      INSERT INTO review (contract, on_date, outcome) VALUES (1, '2026-02-01', 'compliant'), (1, '2026-03-02', 'compliant');
      INSERT INTO extension (contract, on_date) VALUES (1, '2026-03-02');)sql");
    test::unaudited(s);
    s.commit();
  }
  Session s = t.read();
  CHECK(contract::store::select_reviews(s, 1).size() == 2);
  CHECK(contract::store::select_extensions(s, 1).size() == 1);
  contract::store::as_of(s);
  const std::vector<contract::Review> reviews = contract::store::select_reviews(s, 1);
  REQUIRE(reviews.size() == 1);
  CHECK(reviews[0].on == Date::from_ymd(2026, 2, 1));
  CHECK(contract::store::select_extensions(s, 1).empty());
  const std::vector<contract::Contract> c = contract::store::select_contracts(s, 1);
  REQUIRE(c.size() == 1);
  CHECK(c[0].terminated_on == std::nullopt);  // decided after the day
}
