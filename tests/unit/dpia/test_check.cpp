// Tests for lib/dpia/check.cpp: `dpia due`, each rule's finding on a register written as sqlite3
// would: R-DPIA-1 (an initial DPIA by the first uptake), R-DPIA-2 (periodic_due by hand), R-DPIA-3
// (processing records), R-DPIA-4 (an officer in office), R-DPIA-6 (the hand-over).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/sql.hpp"
#include <mbov/dpia/dpia.hpp>
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;

namespace {
std::vector<std::string> dpia_findings(Session& s) {
  std::vector<std::string> out = test::findings(dpia::check(s));
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("R-DPIA-2: the periodic DPIA is due dpia.periodic_months after the last completed one") {
  Policy::Dpia p = Policy::defaults().dpia;
  REQUIRE(p.periodic_months == 36);
  CHECK(dpia::periodic_due(Date::from_ymd(2024, 1, 31), p) == Date::from_ymd(2027, 1, 31));
  CHECK(dpia::periodic_due(Date::from_ymd(2024, 2, 29), p) == Date::from_ymd(2027, 2, 28));
  p.periodic_months = 13;
  CHECK(dpia::periodic_due(Date::from_ymd(2026, 1, 31), p) == Date::from_ymd(2027, 2, 28));
}

TEST_CASE("dpia check: no officer and no processing records, then a product taken up without its DPIA") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  CHECK(dpia_findings(s) == std::vector<std::string>{"R-DPIA-3 product CAMBO WARNING", "R-DPIA-3 product VVA WARNING",
                                                      "R-DPIA-4 officer CRITICAL"});
  dpia::officer_set(s, "Fenna", "fg@example.nl", Date::from_ymd(2026, 1, 1));
  CHECK(dpia_findings(s) == std::vector<std::string>{"R-DPIA-3 product CAMBO WARNING", "R-DPIA-3 product VVA WARNING"});
  // VVA taken up from 2026-02-01, with no initial DPIA and no hand-over stated: overdue.
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');
    INSERT INTO uptake (member, product, from_date) VALUES ('12AB', 'VVA', '2026-02-01');)sql");
  CHECK(dpia_findings(s) == std::vector<std::string>{"R-DPIA-1 product VVA CRITICAL", "R-DPIA-3 product CAMBO WARNING",
                                                      "R-DPIA-3 product VVA WARNING", "R-DPIA-6 product VVA WARNING"});
  const CheckReport r = dpia::check(s);
  CHECK(r.perfdata == std::vector<std::pair<std::string, long long>>{{"dpias", 0}, {"open_dpias", 0}});
}

TEST_CASE("dpia check R-DPIA-1: an uptake coming within dpia.warn_days warns, one beyond it not yet") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  dpia::officer_set(s, "Fenna", "fg@example.nl", Date::from_ymd(2026, 1, 1));
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');
    INSERT INTO uptake (member, product, from_date) VALUES ('12AB', 'VVA', '2026-04-30'), ('12AB', 'CAMBO', '2026-05-01');)sql");
  // 60 days from 2026-03-01 is 2026-04-30: VVA's first uptake is within, CAMBO's just beyond.
  std::vector<std::string> found = dpia_findings(s);
  CHECK(std::count(found.begin(), found.end(), "R-DPIA-1 product VVA WARNING") == 1);
  CHECK(std::none_of(found.begin(), found.end(), [](const std::string& f) { return f.starts_with("R-DPIA-1 product CAMBO"); }));
}
