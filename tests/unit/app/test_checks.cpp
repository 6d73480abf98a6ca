// Tests for lib/app/checks.cpp: the registry of every area's check and `mbov check`'s report,
// compared with each area's check run on its own (a second computation), and each finding's rule
// among those its area registers (what --format prometheus writes a series for).
#include <doctest/doctest.h>

#include <algorithm>

#include <mbov/app/checks.hpp>
#include <mbov/core/i18n.hpp>
#include "core/sql.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("app checks: the areas in the order of spec/CLI.md, each with the rules it reports") {
  std::vector<std::string_view> areas;
  for (const app::CheckDef& def : app::registered_checks()) {
    areas.push_back(def.area);
    CHECK_FALSE(def.rules.empty());
    CHECK(static_cast<bool>(def.run));
  }
  CHECK(areas == std::vector<std::string_view>{"member", "vote", "contract", "incident", "dpia", "budget", "gov"});
}

TEST_CASE("app check_all: every area's findings in order, each subject named by its area, each rule registered") {
  set_language(Language::en);
  test::TestDb t("2026-03-01");
  {
    Session s = t.write();
    // A member without contacts, a contract whose review is overdue: findings in several areas.
    sql(s).exec(R"sql(
      INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2020-01-01');
      INSERT INTO supplier (id, name) VALUES (1, 'Leverancier BV');
      INSERT INTO contract (id, product, supplier, start, base_years, extensions, extension_years, notice_months)
        VALUES (1, 'CAMBO', 1, '2023-01-01', 4, 2, 2, 6);)sql");
    test::unaudited(s);
    s.commit();
  }
  Session s = t.read();
  app::as_of(s);
  const CheckReport all = app::check_all(s);
  CHECK(all.area == "all");
  CHECK(all.parts == std::vector<std::string>{"member", "vote", "contract", "incident", "dpia", "budget", "gov"});
  std::vector<std::string> expected;
  for (const app::CheckDef& def : app::registered_checks()) {
    for (const Finding& f : def.run(s).findings) {
      expected.push_back(std::string(def.area) + ": " + english(f.subject) + " " + f.rule + " " + english(f.message));
      CHECK(std::find(def.rules.begin(), def.rules.end(), f.rule) != def.rules.end());
    }
  }
  std::vector<std::string> got;
  for (const Finding& f : all.findings) got.push_back(english(f.subject) + " " + f.rule + " " + english(f.message));
  CHECK(got == expected);
  CHECK(got.size() >= 3);  // the member's contacts, the contract's review, the meetings of the year
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& g) { return g.starts_with("member: member 25LZ "); }));
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& g) { return g.starts_with("contract: contract 1 "); }));
}
