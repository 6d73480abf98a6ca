// Tests for lib/gov/view.cpp: the gov records as output objects.
#include <doctest/doctest.h>

#include "gov/fixture.hpp"
#include <mbov/gov/gov.hpp>
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::closed_motion;
using test::version;

namespace {

std::vector<std::string> keys(const Object& o) { return o.keys; }

}  // namespace

TEST_CASE("history_object: the version in force and since when, then every version in order") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  version(s, "pdc", "0.9", "2020-12-03");
  CHECK(gov::history_object(gov::DocumentKind::pdc, gov::versions(s, gov::DocumentKind::pdc)).find("in_force")->is_null());
  const auto v10 = version(s, "pdc", "1.0", "2020-12-16");
  gov::approve_version(s, v10, closed_motion(s, "2020-12-16", "pdc"), std::nullopt);
  const Object o = gov::history_object(gov::DocumentKind::pdc, gov::versions(s, gov::DocumentKind::pdc));
  CHECK(keys(o) == std::vector<std::string>{"kind", "in_force", "in_force_since", "history"});
  CHECK(o.find("in_force")->text() == "1.0");
  CHECK(o.find("in_force_since")->text() == "2020-12-16");
  const Array& history = std::get<Array>(o.find("history")->data);
  REQUIRE(history.size() == 2);
  const Object& first = std::get<Object>(history[0].data);
  CHECK(first.find("number")->text() == "0.9");
  CHECK(first.find("approved_on")->is_null());
  CHECK(std::get<Object>(history[1].data).find("approved_on")->text() == "2020-12-16");
  CHECK(keys(first) == std::vector<std::string>{"id", "kind", "number", "date", "status", "author", "description", "file",
                                                "sha256", "motion", "decision", "approved_on"});
}

TEST_CASE("to_object of a holder: an unscoped role has a null scope") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const std::int64_t person = gov::add_person(s, "Ada", "ada@example.org");
  gov::assign_role(s, {.role = gov::Role::general_manager, .person = person, .from = Date::parse("2026-01-01", "d")});
  const std::vector<gov::Holder> held = gov::holders(s, Date::parse("2026-02-01", "d"));
  REQUIRE(held.size() == 1);
  const Object o = gov::to_object(held[0]);
  CHECK(o.find("role")->text() == "general-manager");
  CHECK(o.find("scope")->is_null());
  CHECK(o.find("name")->text() == "Ada");
}
