// Tests for lib/report/products.cpp: the state of each product today.
#include <doctest/doctest.h>

#include "core/sql.hpp"
#include <mbov/incident/incident.hpp>
#include "incident/store.hpp"
#include <mbov/report/report.hpp>
#include "report/sources.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using mbov::test::ts;

TEST_CASE("product state: one row per product, its open incidents as the incident area counts them") {
  test::TestDb t("2026-05-11");
  Session s = t.write();
  incident::Incident i{.kind = incident::Kind::disruption, .title = "t", .product = "CAMBO", .priority = 2,
                       .opened = ts("2026-05-04T09:00:00Z"), .respond_by = ts("2026-05-04T13:00:00Z"),
                       .resolve_by = ts("2026-05-05T09:00:00Z")};
  i.id = incident::store::insert(s, i);
  report::Reader r(s);
  report::Document d;
  report::add_product_state(d, r);
  const report::Section* products = d.find("products");
  REQUIRE(products);
  CHECK(static_cast<std::int64_t>(products->rows.size()) ==
        sql(s).execAndGet("SELECT count(*) FROM product").getInt64());
  for (const Object& row : products->rows)
    CHECK(row.find("open_incidents")->text() == (row.find("product")->text() == "CAMBO" ? "1" : "0"));
}
