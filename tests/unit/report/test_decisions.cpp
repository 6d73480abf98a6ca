// Tests for lib/report/decisions.cpp: a decision as the vote area tallied it (R-VOTE-3, 4).
#include <doctest/doctest.h>

#include "core/sql.hpp"
#include "helpers.hpp"
#include <mbov/report/report.hpp>
#include "report/sources.hpp"
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("decision_row: the motion's date and title, and its stored tally") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const std::int64_t adopted = test::closed_motion(s, "2026-02-10", "ordinary");
  const std::int64_t rejected = test::closed_motion(s, "2026-02-11", "ordinary", false);
  report::Reader r(s);
  const Object yes = report::decision_row(r, adopted);
  CHECK(yes.keys == std::vector<std::string>{"motion", "date", "title", "yes", "no", "abstain", "base", "required",
                                             "consensus", "adopted", "voting_closed"});
  CHECK(yes.find("date")->text() == "2026-02-10");
  CHECK(yes.find("yes")->text() == "1");
  CHECK(yes.find("adopted")->text() == "true");
  CHECK(yes.find("voting_closed")->text() == "true");
  const Object no = report::decision_row(r, rejected);
  CHECK(no.find("no")->text() == "1");
  CHECK(no.find("adopted")->text() == "false");
}
