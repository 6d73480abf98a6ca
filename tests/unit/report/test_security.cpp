// Tests for lib/report/security.cpp: the security statement for one member (R-DPIA-7).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"

using namespace mbov;
using test::exit_of;

TEST_CASE("security statement: issued to the member on today, no products, none counted, an unknown member refused") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01')");
  report::Reader r(s);
  const report::Document d = report::security_statement(r, "12AB");
  CHECK(d.title == "Security statement for ROC (12AB)");
  const Object& facts = d.sections.front().facts;
  CHECK(facts.find("issued_to")->text() == "12AB");
  CHECK(facts.find("issued_on")->text() == "2026-03-01");
  CHECK(facts.find("products_count")->text() == "0");
  CHECK(exit_of([&] { report::security_statement(r, "99ZZ"); }) == Exit::data);
}
