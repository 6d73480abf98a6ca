// Tests for lib/report/document.cpp: the json, text and markdown writers (and html alike).
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include <mbov/core/database.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>
#include "report/fixture.hpp"
#include <mbov/report/report.hpp>
#include "testdb.hpp"
#include "report/svg.hpp"

using namespace mbov;
using report::Section;
using test::deadline;

TEST_CASE("writers: json prints the rows, facts and head in English, text, markdown and html as people read them") {
  report::Document d;
  d.title = "T";
  d.head.add("chair", marked("(erased)"));
  Section& facts = d.facts("f", "F");
  facts.facts.add("officer", marked("(erased)"));
  Section& rows = d.table("r", "R", {"state"});
  rows.rows.push_back(Object().add("state", marked("to report")));
  d.table("plain", "P", {"state"}).rows.push_back(Object().add("state", "as it is"));
  set_language(Language::nl);
  std::ostringstream json;
  report::write_json(json, d);
  const std::vector<std::string> texts = {report::to_text(d), report::to_markdown(d), report::to_html(d)};
  set_language(Language::en);
  CHECK(json.str().find("\"to report\"") != std::string::npos);
  CHECK(json.str().find("\"officer\": \"(erased)\"") != std::string::npos);
  CHECK(json.str().find("\"chair\": \"(erased)\"") != std::string::npos);
  CHECK(json.str().find("gewist") == std::string::npos);
  for (const std::string& people : texts) {
    CHECK(people.find("te melden") != std::string::npos);
    CHECK(people.find("to report") == std::string::npos);
    CHECK(people.find("(erased)") == std::string::npos);
    CHECK(people.find("(gewist)") != std::string::npos);
    CHECK(people.find("as it is") != std::string::npos);  // plain text as it is
  }
}
