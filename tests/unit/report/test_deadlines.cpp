// Tests for lib/report/deadlines.cpp: a deadline for the data formats and for people.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include <mbov/core/database.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/msg.hpp>
#include "report/fixture.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include "report/svg.hpp"

using namespace mbov;
using report::Section;
using test::deadline;

TEST_CASE("Deadline: English for the data formats, kind, status, subject and title as people read them") {
  report::Deadline x = deadline("Review of contract 1");
  x.subject = msg("contract {}", 1);
  x.title = msg("Review of contract {} ({})", 1, "VVA, Leverancier BV");
  const Object data = x.to_object();
  CHECK(data.find("title")->text() == "Review of contract 1 (VVA, Leverancier BV)");
  CHECK(data.find("subject")->text() == "contract 1");
  CHECK(data.find("kind")->text() == "review");
  CHECK(data.find("status")->text() == "soon");
  set_language(Language::nl);
  CHECK(people_scalar(*data.find("subject")) == "contract 1");
  CHECK(people_scalar(*data.find("title")) == "Evaluatie van contract 1 (VVA, Leverancier BV)");
  CHECK(people_scalar(*data.find("kind")) == "evaluatie");
  CHECK(people_scalar(*data.find("status")) == "binnenkort");
  CHECK(data.find("status")->text() == "soon");
  set_language(Language::en);
}

TEST_CASE("DeadlineStatus: R-CON-8's severity as the reports' status, each printed as its one word") {
  using report::DeadlineStatus;
  CHECK(report::status_of(Severity::critical) == DeadlineStatus::overdue);
  CHECK(report::status_of(Severity::warning) == DeadlineStatus::soon);
  CHECK(report::status_of(Severity::ok) == DeadlineStatus::later);
  CHECK(std::string(report::status_name(DeadlineStatus::overdue)) == "overdue");
  CHECK(std::string(report::status_name(DeadlineStatus::soon)) == "soon");
  CHECK(std::string(report::status_name(DeadlineStatus::later)) == "later");
  set_language(Language::nl);
  CHECK(std::string(tr(report::status_name(DeadlineStatus::overdue))) == "te laat");
  set_language(Language::en);
}
