// Tests for lib/report/deadlines.cpp: a deadline for the data formats and for people.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include <mbov/core/database.hpp>
#include <mbov/core/i18n.hpp>
#include "report/fixture.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include "report/svg.hpp"

using namespace mbov;
using report::Section;
using test::deadline;

TEST_CASE("Deadline: English for the data formats, the shown subject and title for people") {
  report::Deadline x = deadline("Review of contract 1");
  x.shown_subject = "contract one";
  x.shown_title = "Evaluation of contract one";
  const Object data = x.to_object(), shown = x.shown_object();
  CHECK(data.keys == shown.keys);
  CHECK(data.find("title")->text() == "Review of contract 1");
  CHECK(data.find("subject")->text() == "contract 1");
  CHECK(shown.find("title")->text() == "Evaluation of contract one");
  CHECK(shown.find("subject")->text() == "contract one");
  CHECK(shown.find("uid")->text() == data.find("uid")->text());
  set_language(Language::nl);
  const Object dutch = x.shown_object();
  CHECK(dutch.find("kind")->text() == "evaluatie");
  CHECK(dutch.find("status")->text() == "binnenkort");
  CHECK(x.to_object().find("status")->text() == "soon");
  set_language(Language::en);
}
