// Tests for lib/contract*.cpp with a real database: deviation (R-CON-1), extensions, reviews,
// termination, certificates (R-CON-5) and contract due (R-CON-8).
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <tuple>

#include <mbov/contract/contract.hpp>
#include <mbov/contract/catalog.hpp>
#include <mbov/contract/check.hpp>
#include <mbov/core/error.hpp>
#include "helpers.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"
#include "set_words.hpp"

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
  add_certificate(s, "Leverancier BV", Certificate{.standard = "ISO27001", .valid_until = d(valid_until)});
  std::int64_t id = contract::add(s, NewContract{.product = "VVA", .supplier = "1", .start = d(start)});
  s.commit();
  return id;
}

}  // namespace

TEST_CASE("a deviating term needs a reason, and a reason needs a deviation (R-CON-1)") {
  test::TestDb t("2021-01-01");
  seed(t, "2021-01-01", "2030-01-01");
  Session s = t.write();
  NewContract n{.product = "CAMBO", .supplier = "Leverancier BV", .start = d("2021-01-01"), .base_years = 5};
  CHECK(code_of([&] { contract::add(s, n); }) == 65);
  n.deviation_reason = "   ";
  CHECK(code_of([&] { contract::add(s, n); }) == 65);
  n.deviation_reason = "zwaarwegende redenen: migratie";
  const std::int64_t id = contract::add(s, n);
  CHECK(contract::load(s, id).deviation_reason == n.deviation_reason);
  CHECK(contract::load(s, id).end == d("2025-12-31"));
  NewContract plain{.product = "CAMBO",
                    .supplier = "1",
                    .start = d("2021-01-01"),
                    .base_years = 4,
                    .extensions = 2,
                    .extension_years = 2,
                    .notice_months = 6,
                    .deviation_reason = "no reason"};
  CHECK(code_of([&] { contract::add(s, plain); }) == 65);
  NewContract bad{
      .product = "CAMBO", .supplier = "1", .start = d("2021-01-01"), .base_years = 0, .deviation_reason = "r"};
  CHECK(code_of([&] { contract::add(s, bad); }) == 65);
  NewContract unknown{.product = "NOPE", .supplier = "1", .start = d("2021-01-01")};
  CHECK(code_of([&] { contract::add(s, unknown); }) == 65);
}

TEST_CASE("extensions: two allowed, the third refused, late after the notice date (R-CON-1, R-CON-4)") {
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

TEST_CASE("reviews move the next review, a future or pre-start review is refused (R-CON-3)") {
  test::TestDb t("2022-03-01");
  const std::int64_t id = seed(t, "2021-01-01", "2030-01-01");
  Session s = t.write();
  CHECK(contract::load(s, id).next_review == d("2022-01-01"));
  contract::review(s, id, Review{.on = d("2022-02-15"), .outcome = ReviewOutcome::compliant});
  CHECK(contract::load(s, id).next_review == d("2023-02-15"));
  CHECK(code_of([&] { contract::review(s, id, Review{.on = d("2022-03-02"), .outcome = ReviewOutcome::compliant}); }) == 65);
  CHECK(code_of([&] { contract::review(s, id, Review{.on = d("2020-12-31"), .outcome = ReviewOutcome::compliant}); }) == 65);
  CHECK(code_of([&] { contract::review(s, id, Review{.outcome = ReviewOutcome::compliant, .meeting = 99}); }) == 65);
}

TEST_CASE("a review outcome is parsed from its word and printed as it (R-CON-3)") {
  for (ReviewOutcome outcome : {ReviewOutcome::compliant, ReviewOutcome::deviations})
    CHECK(parse_review_outcome(review_outcome_name(outcome), "--outcome") == outcome);
  CHECK(review_outcome_name(ReviewOutcome::deviations) == "deviations");
  CHECK_FALSE(review_outcome_from("Compliant"));
  CHECK_FALSE(review_outcome_from("deviation"));
  CHECK(test::data_refusal([] { parse_review_outcome("fine", "--outcome"); }) == "invalid --outcome 'fine'");
}

TEST_CASE("termination: ending until the end, then ended, no extension after it (R-CON-7)") {
  test::TestDb t("2023-01-01");
  const std::int64_t id = seed(t, "2021-01-01", "2030-01-01");
  Session s = t.write();
  CHECK(code_of([&] { contract::terminate(s, id, Termination{.end = d("2025-01-01"), .reason = "r"}); }) == 65);
  CHECK(code_of([&] { contract::terminate(s, id, Termination{.end = d("2022-12-31"), .reason = "r"}); }) == 65);
  CHECK(code_of([&] { contract::terminate(s, id, Termination{.end = d("2023-06-30"), .reason = " "}); }) == 65);
  contract::terminate(
      s, id, Termination{.end = d("2023-06-30"), .reason = "the service is replaced", .exit_plan = "EXIT-1"});
  const Contract c = contract::load(s, id);
  CHECK(c.status == ContractStatus::ending);
  CHECK(c.end == d("2023-06-30"));
  CHECK_FALSE(c.notice);
  CHECK(code_of([&] { contract::extend(s, id, std::nullopt); }) == 65);
  CHECK(code_of([&] { contract::terminate(s, id, Termination{.end = d("2023-06-30"), .reason = "again"}); }) == 65);
}

TEST_CASE("certifies: a policy standard or OTHER, within its validity (R-CON-5)") {
  const Policy p = Policy::defaults();
  Certificate c{
      .id = 1, .supplier = 1, .standard = "ISAE3000", .valid_from = d("2025-01-01"), .valid_until = d("2025-12-31")};
  CHECK_FALSE(certifies(c, p.contract, d("2024-12-31")));
  CHECK(certifies(c, p.contract, d("2025-01-01")));
  CHECK(certifies(c, p.contract, d("2025-12-31")));
  CHECK_FALSE(certifies(c, p.contract, d("2026-01-01")));
  c.standard = "SOC2";
  CHECK_FALSE(certifies(c, p.contract, d("2025-06-01")));
  c.standard = "OTHER";
  CHECK(certifies(c, p.contract, d("2025-06-01")));
}

TEST_CASE("certifying_standard: the policy's standards and OTHER count, ISO27002 never (R-CON-5)") {
  Policy p = Policy::defaults();
  for (const char* standard : {"ISO27001", "ISAE3000", "ISAE3402", "OTHER"}) CHECK(certifying_standard(standard, p.contract));
  for (const char* standard : {"ISO27002", "SOC2", ""}) CHECK_FALSE(certifying_standard(standard, p.contract));
  p.contract.certifications = {"ISO27001", "ISO27002"};
  CHECK_FALSE(certifying_standard("ISAE3000", p.contract));
  CHECK_FALSE(certifying_standard("ISO27002", p.contract));  // named or not, a code of practice
}

TEST_CASE("add_certificate: OTHER needs its equivalence, unknown standards are refused") {
  test::TestDb t;
  Session s = t.write();
  add_supplier(s, "Leverancier BV");
  const Date until = d("2030-01-01");
  CHECK(code_of([&] { add_certificate(s, "1", Certificate{.standard = "OTHER", .valid_until = until}); }) == 65);
  CHECK(code_of([&] { add_certificate(s, "1", Certificate{.standard = "SOC2", .valid_until = until}); }) == 65);
  CHECK(code_of([&] {
          add_certificate(s, "1", Certificate{.standard = "ISO27001", .valid_until = until, .equivalence = "x"});
        }) == 65);
  CHECK(code_of([&] {
          add_certificate(s, "1",
                          Certificate{.standard = "ISO27001", .valid_from = d("2031-01-01"), .valid_until = until});
        }) == 65);
  CHECK(code_of([&] { add_certificate(s, "2", Certificate{.standard = "ISO27001", .valid_until = until}); }) == 65);
  CHECK(add_certificate(s, "leverancier bv",
                        Certificate{.standard = "other", .valid_until = until, .equivalence = "SOC 2 Type II"}) == 1);
  CHECK(code_of([&] { add_supplier(s, "LEVERANCIER BV"); }) == 65);
}

TEST_CASE("contract due: R-CON-8 per deadline, an expired certificate beside a valid one is fine") {
  test::TestDb t("2021-12-01");
  const std::int64_t id = seed(t, "2021-01-01", "2021-06-30");
  {
    Session s = t.write();
    CheckReport r = contract::due(s, std::nullopt);
    CHECK(r.status() == Severity::critical);  // no valid certificate
    add_certificate(s, "1", Certificate{.standard = "ISAE3000", .valid_until = d("2023-01-01")});
    r = contract::due(s, std::nullopt);
    CHECK(r.status() == Severity::ok);  // review 2022-01-01 is 31 days away
    r = contract::due(s, Duration{31, 'd'});
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "R-CON-3");
    CHECK(r.findings[0].due == d("2022-01-01"));
    CHECK(english(r.findings[0].subject) == "contract 1 (VVA, Leverancier BV)");
    CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"contracts", 1}});
    s.commit();
  }
  test::TestDb late("2022-01-02");
  seed(late, "2021-01-01", "2030-01-01");
  Session s = late.read();
  CheckReport r = contract::due(s, std::nullopt);
  CHECK(r.status() == Severity::critical);
  CHECK(english(r.findings[0].message) == "yearly review due 2022-01-01, 1 day overdue");
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

TEST_CASE("review outcomes and list statuses: every word, in order (what completion offers)") {
  test::lists_every_value(review_outcome_words(), review_outcome_name, ReviewOutcome::deviations);
  // planned, then each ContractStatus's word.
  REQUIRE(status_words().size() == static_cast<std::size_t>(ContractStatus::ended) + 2);
  CHECK(std::string_view(status_words()[0]) == "planned");
  for (std::size_t i = 1; i < status_words().size(); ++i)
    CHECK(std::string_view(status_words()[i]) == status_name(static_cast<ContractStatus>(i - 1)));
}

TEST_CASE("current: of a product's contracts not ended, the one that ends last (R-CON-7)") {
  std::vector<Contract> contracts(4);
  contracts[0] = {.id = 1, .product = "VVA", .end = d("2027-01-01"), .status = ContractStatus::active};
  contracts[1] = {.id = 2, .product = "VVA", .end = d("2029-01-01"), .status = ContractStatus::ending};
  contracts[2] = {.id = 3, .product = "VVA", .end = d("2030-01-01"), .status = ContractStatus::ended};
  contracts[3] = {.id = 4, .product = "CAMBO", .end = d("2031-01-01"), .status = ContractStatus::active};
  CHECK(current(contracts, "VVA")->id == 2);
  CHECK(current(contracts, "CAMBO")->id == 4);
  contracts[0].end = d("2029-01-01");  // a tie: the first
  CHECK(current(contracts, "VVA")->id == 1);
  contracts[0].status = contracts[1].status = ContractStatus::ended;
  CHECK(current(contracts, "VVA") == nullptr);
  CHECK(current(contracts, "XYZ") == nullptr);
}

TEST_CASE("product_certified: a supplier of a contract not ended holds a certificate that counts today (R-CON-5)") {
  test::TestDb t("2026-11-25");
  seed(t, "2024-01-01", "2026-11-24");  // VVA's supplier: its ISO27001 ran out yesterday
  Session s = t.write();
  CHECK_FALSE(product_certified(s, "VVA"));
  CHECK_FALSE(product_certified(s, "CAMBO"));  // no contract at all
  add_certificate(s, "1", Certificate{.standard = "ISAE3402", .valid_from = d("2026-11-26"), .valid_until = d("2028-01-01")});
  CHECK_FALSE(product_certified(s, "VVA"));  // not yet valid
  add_certificate(s, "1", Certificate{.standard = "ISAE3000", .valid_until = d("2026-11-25")});
  CHECK(product_certified(s, "VVA"));  // its last day
  // Another supplier's certificate counts only through a contract of that product.
  add_supplier(s, "Ander BV");
  add_certificate(s, "2", Certificate{.standard = "ISO27001", .valid_until = d("2030-01-01")});
  CHECK_FALSE(product_certified(s, "CAMBO"));
  contract::add(s, NewContract{.product = "CAMBO", .supplier = "2", .start = d("2026-01-01")});
  CHECK(product_certified(s, "CAMBO"));
}

TEST_CASE("certificates_relied_on: by contract not ended of the products, from the one that runs longest (R-CON-5)") {
  test::TestDb t("2026-11-25");
  seed(t, "2024-01-01", "2026-11-24");  // contract 1: VVA from supplier 1, whose ISO27001 ran out yesterday
  Session s = t.write();
  const std::int64_t later =
      add_certificate(s, "1", Certificate{.standard = "ISAE3000", .valid_until = d("2028-01-01")});
  const std::int64_t tie = add_certificate(
      s, "1", Certificate{.standard = "ISAE3402", .valid_from = d("2026-12-01"), .valid_until = d("2028-01-01")});
  add_supplier(s, "Ander BV");
  add_certificate(s, "2", Certificate{.standard = "ISO27001", .valid_until = d("2030-01-01")});
  const std::int64_t old =
      contract::add(s, NewContract{.product = "CAMBO", .supplier = "2", .start = d("2010-01-01")});
  REQUIRE(contract::load(s, old).status == ContractStatus::ended);
  CHECK(certificates_relied_on(s, {"CAMBO"}).empty());  // only an ended contract: its supplier is not relied on
  CHECK_FALSE(product_certified(s, "CAMBO"));
  const std::int64_t cambo =
      contract::add(s, NewContract{.product = "CAMBO", .supplier = "1", .start = d("2026-01-01")});
  const auto relied = certificates_relied_on(s, {"VVA", "CAMBO"});
  REQUIRE(relied.size() == 6);
  using Row = std::tuple<std::string, std::int64_t, std::int64_t, bool>;
  std::vector<Row> rows;
  for (const ReliedCertificate& c : relied) {
    CHECK(c.supplier == "Leverancier BV");
    CHECK(c.cert.supplier == 1);
    rows.emplace_back(c.product, c.contract, c.cert.id, c.valid);
  }
  CHECK(rows == std::vector<Row>{{"VVA", 1, later, true},
                                 {"VVA", 1, tie, false},  // not yet valid; after `later` on the same valid_until
                                 {"VVA", 1, 1, false},    // ran out yesterday
                                 {"CAMBO", cambo, later, true},
                                 {"CAMBO", cambo, tie, false},
                                 {"CAMBO", cambo, 1, false}});
  CHECK(certificates_relied_on(s, {"VVA"}).size() == 3);
  CHECK(certificates_relied_on(s, {}).empty());
  CHECK(certificates_relied_on(s, {"XYZ"}).empty());
  CHECK(product_certified(s, "CAMBO"));
  CHECK(product_certified(s, "VVA"));
}
