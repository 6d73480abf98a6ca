// Tests for lib/contract*.cpp with a real database: deviation (R-CON-1), extensions, reviews,
// termination, certificates (R-CON-5) and contract due (R-CON-8).
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include "contract/contract.hpp"
#include "contract/catalog.hpp"
#include "contract/check.hpp"
#include "core/error.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using namespace mbov::contract;

using mbov::test::d;

namespace {

int code_of(auto&& f) {
  try {
    f();
  } catch (const Error& e) {
    return static_cast<int>(e.code());
  }
  return -1;
}

// A supplier with an ISO27001 certificate until `valid_until`, and a standard VVA contract from `start`.
std::int64_t seed(test::TestDb& t, const char* start, const char* valid_until) {
  Session s = t.write();
  add_supplier(s, "Leverancier BV");
  add_certificate(s, "Leverancier BV", Certificate{0, 0, "ISO27001", std::nullopt, d(valid_until), {}, {}});
  std::int64_t id = contract::add(s, NewContract{"VVA", "1", d(start), {}, {}, {}, {}, {}, {}});
  s.commit();
  return id;
}

}  // namespace

TEST_CASE("a deviating term needs a reason, and a reason needs a deviation (R-CON-1)") {
  test::TestDb t("2021-01-01");
  seed(t, "2021-01-01", "2030-01-01");
  Session s = t.write();
  NewContract n{"CAMBO", "Leverancier BV", d("2021-01-01"), 5, {}, {}, {}, {}, {}};
  CHECK(code_of([&] { contract::add(s, n); }) == 65);
  n.deviation_reason = "   ";
  CHECK(code_of([&] { contract::add(s, n); }) == 65);
  n.deviation_reason = "zwaarwegende redenen: migratie";
  const std::int64_t id = contract::add(s, n);
  CHECK(contract::load(s, id).deviation_reason == n.deviation_reason);
  CHECK(contract::load(s, id).end == d("2025-12-31"));
  NewContract plain{"CAMBO", "1", d("2021-01-01"), 4, 2, 2, 6, std::string("no reason"), {}};
  CHECK(code_of([&] { contract::add(s, plain); }) == 65);
  NewContract bad{"CAMBO", "1", d("2021-01-01"), 0, {}, {}, {}, std::string("r"), {}};
  CHECK(code_of([&] { contract::add(s, bad); }) == 65);
  NewContract unknown{"NOPE", "1", d("2021-01-01"), {}, {}, {}, {}, {}, {}};
  CHECK(code_of([&] { contract::add(s, unknown); }) == 65);
}

TEST_CASE("extensions: two allowed, the third refused; late after the notice date (R-CON-1, R-CON-4)") {
  test::TestDb t("2026-10-01");
  const std::int64_t id = seed(t, "2021-01-01", "2030-01-01");
  Session s = t.write();
  Extension first = contract::extend(s, id, d("2024-06-30"));
  CHECK_FALSE(first.late);
  CHECK(first.end == d("2026-12-31"));
  Extension second = contract::extend(s, id, d("2026-07-01"));  // notice date 2026-06-30 passed
  CHECK(second.late);
  CHECK(second.end == d("2028-12-31"));
  CHECK(code_of([&] { contract::extend(s, id, std::nullopt); }) == 65);
  const Contract c = contract::load(s, id);
  CHECK(c.extensions_used == 2);
  CHECK(c.extensions_left == 0);
  CHECK(c.notice == d("2028-06-30"));
}

TEST_CASE("reviews move the next review; a future or pre-start review is refused (R-CON-3)") {
  test::TestDb t("2022-03-01");
  const std::int64_t id = seed(t, "2021-01-01", "2030-01-01");
  Session s = t.write();
  CHECK(contract::load(s, id).next_review == d("2022-01-01"));
  contract::review(s, id, Review{0, d("2022-02-15"), "compliant", {}, {}});
  CHECK(contract::load(s, id).next_review == d("2023-02-15"));
  CHECK(code_of([&] { contract::review(s, id, Review{0, d("2022-03-02"), "compliant", {}, {}}); }) == 65);
  CHECK(code_of([&] { contract::review(s, id, Review{0, d("2020-12-31"), "compliant", {}, {}}); }) == 65);
  CHECK(code_of([&] { contract::review(s, id, Review{0, {}, "fine", {}, {}}); }) == 65);
  CHECK(code_of([&] { contract::review(s, id, Review{0, {}, "compliant", {}, 99}); }) == 65);
}

TEST_CASE("termination: ending until the end, then ended; no extension after it (R-CON-7)") {
  test::TestDb t("2023-01-01");
  const std::int64_t id = seed(t, "2021-01-01", "2030-01-01");
  Session s = t.write();
  CHECK(code_of([&] { contract::terminate(s, id, Termination{{}, d("2025-01-01"), "r", {}}); }) == 65);
  CHECK(code_of([&] { contract::terminate(s, id, Termination{{}, d("2022-12-31"), "r", {}}); }) == 65);
  CHECK(code_of([&] { contract::terminate(s, id, Termination{{}, d("2023-06-30"), " ", {}}); }) == 65);
  contract::terminate(s, id, Termination{{}, d("2023-06-30"), "the service is replaced", std::string("EXIT-1")});
  const Contract c = contract::load(s, id);
  CHECK(c.status == ContractStatus::ending);
  CHECK(c.end == d("2023-06-30"));
  CHECK_FALSE(c.notice);
  CHECK(code_of([&] { contract::extend(s, id, std::nullopt); }) == 65);
  CHECK(code_of([&] { contract::terminate(s, id, Termination{{}, d("2023-06-30"), "again", {}}); }) == 65);
}

TEST_CASE("certifies: a policy standard or OTHER, within its validity (R-CON-5)") {
  const Policy p = Policy::defaults();
  Certificate c{1, 1, "ISAE3000", d("2025-01-01"), d("2025-12-31"), {}, {}};
  CHECK_FALSE(certifies(c, p.contract, d("2024-12-31")));
  CHECK(certifies(c, p.contract, d("2025-01-01")));
  CHECK(certifies(c, p.contract, d("2025-12-31")));
  CHECK_FALSE(certifies(c, p.contract, d("2026-01-01")));
  c.standard = "SOC2";
  CHECK_FALSE(certifies(c, p.contract, d("2025-06-01")));
  c.standard = "OTHER";
  CHECK(certifies(c, p.contract, d("2025-06-01")));
}

TEST_CASE("add_certificate: OTHER needs its equivalence, unknown standards are refused") {
  test::TestDb t;
  Session s = t.write();
  add_supplier(s, "Leverancier BV");
  CHECK(code_of([&] { add_certificate(s, "1", Certificate{0, 0, "OTHER", {}, d("2030-01-01"), {}, {}}); }) == 65);
  CHECK(code_of([&] { add_certificate(s, "1", Certificate{0, 0, "SOC2", {}, d("2030-01-01"), {}, {}}); }) == 65);
  CHECK(code_of([&] {
          add_certificate(s, "1", Certificate{0, 0, "ISO27001", {}, d("2030-01-01"), {}, std::string("x")});
        }) == 65);
  CHECK(code_of([&] {
          add_certificate(s, "1", Certificate{0, 0, "ISO27001", d("2031-01-01"), d("2030-01-01"), {}, {}});
        }) == 65);
  CHECK(code_of([&] { add_certificate(s, "2", Certificate{0, 0, "ISO27001", {}, d("2030-01-01"), {}, {}}); }) == 65);
  CHECK(add_certificate(s, "leverancier bv",
                        Certificate{0, 0, "other", {}, d("2030-01-01"), {}, std::string("SOC 2 Type II")}) == 1);
  CHECK(code_of([&] { add_supplier(s, "LEVERANCIER BV"); }) == 65);
}

TEST_CASE("contract due: R-CON-8 per deadline; an expired certificate beside a valid one is fine") {
  test::TestDb t("2021-12-01");
  const std::int64_t id = seed(t, "2021-01-01", "2021-06-30");
  {
    Session s = t.write();
    CheckReport r = contract::due(s, std::nullopt);
    CHECK(r.status() == Severity::critical);  // no valid certificate
    add_certificate(s, "1", Certificate{0, 0, "ISAE3000", {}, d("2023-01-01"), {}, {}});
    r = contract::due(s, std::nullopt);
    CHECK(r.status() == Severity::ok);  // review 2022-01-01 is 31 days away
    r = contract::due(s, Duration{31, 'd'});
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "R-CON-3");
    CHECK(r.findings[0].due == d("2022-01-01"));
    CHECK(r.findings[0].subject == "contract 1 (VVA, Leverancier BV)");
    CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"contracts", 1}});
    s.commit();
  }
  test::TestDb late("2022-01-02");
  seed(late, "2021-01-01", "2030-01-01");
  Session s = late.read();
  CheckReport r = contract::due(s, std::nullopt);
  CHECK(r.status() == Severity::critical);
  CHECK(r.findings[0].message == "yearly review due 2022-01-01, 1 day overdue");
  CHECK(id == 1);
}

TEST_CASE("an extension recorded afterwards counts from the start, though the old end has passed today") {
  test::TestDb t("2026-11-25");
  const std::int64_t id = seed(t, "2022-08-01", "2030-01-01");
  Session s = t.write();
  CHECK(contract::load(s, id).status == ContractStatus::ended);  // 2026-07-31 passed
  CHECK(contract::extend(s, id, d("2026-01-15")).end == d("2028-07-31"));
  const Contract c = contract::load(s, id);
  CHECK(c.status == ContractStatus::active);
  CHECK(c.extensions_left == 1);
  CHECK(code_of([&] { contract::extend(s, id, d("2025-12-01")); }) == 65);  // before the previous one
}

TEST_CASE("R-CON-5: the code of practice ISO27002 never certifies, even when a policy lists it") {
  Policy p = Policy::defaults();
  const Certificate c{.id = 1,
                      .supplier = 1,
                      .standard = "ISO27002",
                      .valid_from = std::nullopt,
                      .valid_until = d("2030-01-01"),
                      .evidence = std::nullopt,
                      .equivalence = std::nullopt};
  CHECK_FALSE(certifies(c, p.contract, d("2026-01-01")));
  p.contract.certifications.push_back("ISO27002");
  CHECK_FALSE(certifies(c, p.contract, d("2026-01-01")));
  CHECK(is_code_of_practice("ISO27002"));
  CHECK_FALSE(is_code_of_practice("ISO27001"));
}

TEST_CASE("R-CON-9: in force from the start through the end day") {
  Contract c;
  c.term.start = d("2024-03-02");
  c.end = d("2028-03-01");
  CHECK_FALSE(in_force(c, d("2024-03-01")));
  CHECK(in_force(c, d("2024-03-02")));
  CHECK(in_force(c, d("2028-03-01")));
  CHECK_FALSE(in_force(c, d("2028-03-02")));
}
