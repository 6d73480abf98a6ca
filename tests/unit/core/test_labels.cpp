#include <doctest/doctest.h>

#include <cstdlib>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>

using namespace mbov;

TEST_CASE("label: the label table, else spaces for underscores, never the snake_case name") {
  CHECK(label("contracting_authority") == "contracting authority");
  CHECK(label("id") == "ID");
  CHECK(label("sla_misses") == "SLA misses");
  CHECK(label("abstain") == "abstain");  // both ends of the sorted table
  CHECK(label("yes") == "yes");
  CHECK(label("a_field_nobody_labelled") == "a field nobody labelled");
  set_language(Language::nl);
  CHECK(label("contracting_authority") == "aanbestedende dienst");
  CHECK(label("incidents_opened") == "incidenten gemeld");
  CHECK(label("escalations") == "escalaties");  // the weekly summary
  CHECK(label("lapsed") == "vervallen");         // the weekly products
  CHECK(label("last_dpia") == "laatste DPIA");   // the table stays sorted around them
  CHECK(label("officer") == "FG");               // the cooperative's word (seed, DOMAIN.md)
  set_language(Language::en);
}

TEST_CASE("label: an area's table (lib/<area>/labels.cpp) is found as core's is") {
  CHECK(label("deputy_name") == "deputy name");                 // gov
  CHECK(label("resolved_in_time_count") == "resolved in time");  // report, a count
  CHECK(label("in_force_since") == "in force since");            // gov, after "in_force"
  set_language(Language::nl);
  CHECK(label("deputy_name") == "naam plaatsvervanger");
  CHECK(label("in_force_since") == "geldend sinds");
  CHECK(label("opened") == "gemeld");  // core: several areas emit it
  set_language(Language::en);
}
