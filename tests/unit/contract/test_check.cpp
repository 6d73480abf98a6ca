// Tests for lib/contract/check.cpp: `contract due` and the contract part of `mbov check`; the
// lapsed services of R-CON-9 and the windows of the policy. (R-CON-8 per deadline and the
// certificates: test_contract.cpp.)
#include <doctest/doctest.h>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/check.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/i18n.hpp>
#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;

namespace {

void uptake(Session& s, const char* member, const char* product, const char* from) {
  SQLite::Statement q(sql(s), "INSERT INTO uptake (member, product, from_date) VALUES (?, ?, ?)");
  q.bind(1, member);
  q.bind(2, product);
  q.bind(3, from);
  q.exec();
}

std::vector<std::string> lapse_lines(Session& s) {
  std::vector<std::string> out;
  for (const contract::Lapse& l : contract::lapses(s)) {
    std::string line = l.product + " " + (l.contract ? std::to_string(*l.contract) : "-") + " " +
                       (l.since ? l.since->str() : "-");
    for (const std::string& m : l.members) line += " " + m;
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("R-CON-9: a product taken up without a contract in force, and a contract past its end, are lapses") {
  set_language(Language::en);
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A1', 'a', 1, '2020-01-01'),"
              " ('B2', 'b', 1, '2020-01-01')");
  CHECK(contract::lapses(s).empty());
  uptake(s, "A1", "VVA", "2025-01-01");
  uptake(s, "B2", "VVA", "2025-06-01");
  CHECK(lapse_lines(s) == std::vector<std::string>{"VVA - - A1 B2"});
  contract::add_supplier(s, "Leverancier BV");
  // A VVA contract from 2021 with no extension left: its end, 2025-12-31, has passed.
  const std::int64_t c = contract::add(s, {.product = "VVA", .supplier = "Leverancier BV",
                                           .start = Date::from_ymd(2022, 1, 1), .extensions = 0,
                                           .deviation_reason = "one term"});
  // Both: no contract is in force for the members' uptake, and the contract ran out unterminated.
  CHECK(lapse_lines(s) == std::vector<std::string>{"VVA - - A1 B2", "VVA " + std::to_string(c) + " 2025-12-31 A1 B2"});
  const CheckReport r = contract::check(s);
  bool found = false;
  for (const Finding& f : r.findings) found |= f.rule == "R-CON-9";
  CHECK(found);
  // Terminated on time: no lapse.
  contract::terminate(s, c, {.on = Date::from_ymd(2025, 6, 1), .end = Date::from_ymd(2025, 12, 31), .reason = "done"});
  CHECK(lapse_lines(s) == std::vector<std::string>{"VVA - - A1 B2"});  // still no contract in force
  contract::add(s, {.product = "VVA", .supplier = "Leverancier BV", .start = Date::from_ymd(2026, 1, 1)});
  CHECK(contract::lapses(s).empty());
}

TEST_CASE("contract due: --within replaces the warning window, check uses the policy's") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  contract::add_supplier(s, "Leverancier BV");
  // A review due 12 months after the start: 2026-04-15, 45 days ahead.
  contract::add(s, {.product = "CAMBO", .supplier = "Leverancier BV", .start = Date::from_ymd(2025, 4, 15)});
  auto rules = [](const CheckReport& r) {
    std::vector<std::string> out;
    for (const Finding& f : r.findings)
      if (f.rule == "R-CON-3") out.push_back(std::string(severity_name(f.severity)));
    return out;
  };
  REQUIRE(s.policy.contract.warn_days == 30);
  CHECK(rules(contract::check(s)).empty());
  CHECK(rules(contract::due(s, std::nullopt)).empty());
  CHECK(rules(contract::due(s, Duration::parse("60d", "--within"))) == std::vector<std::string>{"WARNING"});
  CHECK(rules(contract::due(s, Duration::parse("44d", "--within"))).empty());
  CHECK(rules(contract::due(s, Duration::parse("45d", "--within"))) == std::vector<std::string>{"WARNING"});
}
