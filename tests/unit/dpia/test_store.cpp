// Tests for lib/dpia/store.cpp: the dpia area's reads for its check on rows written as sqlite3
// would, against what is worked out by hand: products taken up without a completed initial
// DPIA, the last completed DPIA per product, counts, whole days of a hand-over.
#include <doctest/doctest.h>

#include "core/sql.hpp"
#include "dpia/store.hpp"
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("dpia store: whole days of a hand-over, and a value outside its list refused with the rule") {
  CHECK(dpia::detail::whole_days("0") == 0);
  CHECK(dpia::detail::whole_days("14") == 14);
  CHECK(dpia::detail::whole_days("-1") == -1);  // a whole number: dpia/register.cpp refuses it as out of range
  for (const char* bad : {"", "2w", "1.5", " 3", "99999999999999999999"})
    CHECK_MESSAGE(dpia::detail::whole_days(bad) == std::nullopt, bad);
  static constexpr const char* roles[] = {"controller", "processor"};
  CHECK(test::exit_of([] { dpia::detail::require_one_of("processor", roles, "--role"); }) == Exit::ok);
  try {
    dpia::detail::require_one_of("owner", roles, "--role", "R-DPIA-3");
    FAIL("owner was accepted");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(e.rule() == "R-DPIA-3");
  }
}

TEST_CASE("dpia store: products taken up in a span without an initial DPIA completed by its first day") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A1', 'a', 1, '2020-01-01'),
      ('B2', 'b', 1, '2020-01-01');
    INSERT INTO uptake (member, product, from_date, until) VALUES ('A1', 'VVA', '2026-02-01', NULL),
      ('B2', 'VVA', '2026-04-01', NULL), ('A1', 'CAMBO', '2025-01-01', '2025-12-31');
    INSERT INTO dpia (product, kind, started, completed) VALUES ('CAMBO', 'initial', '2024-01-01', '2024-06-01'),
      ('VVA', 'initial', '2026-01-01', NULL), ('CAMBO', 'periodic', '2025-01-01', '2025-09-01'),
      ('VVA', 'audit', '2025-01-01', '2025-03-01');)sql");
  auto taken = [&](const char* from, const char* until) {
    std::vector<std::string> out;
    for (const auto& t : dpia::store::taken_up_without_initial_dpia(s, Date::parse(from, "d"), Date::parse(until, "d")))
      out.push_back(t.product + " " + t.first.str() + " " + std::to_string(t.members));
    return out;
  };
  CHECK(taken("2026-03-01", "2026-03-31") == std::vector<std::string>{"VVA 2026-02-01 1"});
  CHECK(taken("2026-03-01", "2026-04-30") == std::vector<std::string>{"VVA 2026-02-01 2"});
  CHECK(taken("2025-06-01", "2025-06-30").empty());  // CAMBO's initial DPIA was completed in 2024
  CHECK(taken("2024-01-01", "2024-12-31").empty());  // nothing taken up
  CHECK(dpia::store::products_taken_up(s, Date::from_ymd(2026, 3, 1)) == std::vector<std::string>{"VVA"});
  CHECK(dpia::store::products_taken_up(s, Date::from_ymd(2025, 12, 31)) == std::vector<std::string>{"CAMBO"});
  using Last = std::vector<std::pair<std::string, Date>>;
  CHECK(dpia::store::last_completed(s) == Last{{"CAMBO", Date::from_ymd(2025, 9, 1)}, {"VVA", Date::from_ymd(2025, 3, 1)}});
  CHECK(dpia::store::count_dpias(s, false) == 4);
  CHECK(dpia::store::count_dpias(s, true) == 1);
  CHECK(dpia::store::products_without_processing(s) == std::vector<std::string>{"CAMBO", "VVA"});
}
