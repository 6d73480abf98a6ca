// Tests for lib/gov/document.cpp: versions (R-GOV-1) and the vision's term (R-GOV-2).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include <mbov/dpia/dpia.hpp>
#include "gov/fixture.hpp"
#include <mbov/gov/gov.hpp>
#include "helpers.hpp"
#include "testdb.hpp"
#include <mbov/vote/vote.hpp>

using namespace mbov;
using test::exit_of;
using test::findings;
using test::closed_motion;
using test::version;

TEST_CASE("documents (R-GOV-1): draft -> for-approval -> approved by an adopted AV motion, the latest approved is in force") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const auto v09 = version(s, "pdc", "0.9", "2020-12-03");
  const auto v10 = version(s, "pdc", "1.0", "2020-12-16", "draft");
  CHECK(exit_of([&] { version(s, "pdc", "0.9", "2020-12-04"); }) == Exit::data);  // a number once
  CHECK(exit_of([&] { version(s, "memo", "1", "2020-12-04"); }) == Exit::data);
  CHECK(exit_of([&] { version(s, "pdc", "2", "2020-12-04", "approved"); }) == Exit::data);
  CHECK(exit_of([&] { version(s, "pdc", " ", "2020-12-04"); }) == Exit::data);
  CHECK_FALSE(gov::in_force(gov::versions(s, gov::DocumentKind::pdc)));
  const auto pdc = closed_motion(s, "2020-12-16", "pdc");
  CHECK(exit_of([&] { gov::approve_version(s, v10, pdc, std::nullopt); }) == Exit::data);  // a draft
  gov::submit_version(s, v10);
  CHECK(exit_of([&] { gov::submit_version(s, v10); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, v10, closed_motion(s, "2020-12-17", "ordinary"), std::nullopt); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, v10, std::nullopt, std::nullopt); }) == Exit::data);
  gov::approve_version(s, v10, pdc, std::nullopt);
  const auto current = gov::in_force(gov::versions(s, gov::DocumentKind::pdc));
  REQUIRE(current);
  CHECK(current->number == "1.0");
  CHECK(current->approved_on == Date::from_ymd(2020, 12, 16));
  CHECK(gov::versions(s, gov::DocumentKind::pdc)[0].id == v09);
  // Statutes: any adopted AV motion.
  const auto st = version(s, "statutes", "1", "2021-01-01");
  gov::approve_version(s, st, closed_motion(s, "2021-02-01", "ordinary"), std::nullopt);
  CHECK(gov::in_force(gov::versions(s, gov::DocumentKind::statutes))->number == "1");
}

TEST_CASE("a document kind and status are parsed from their words and printed as them (R-GOV-1)") {
  for (const std::string& word : gov::document_kinds())
    CHECK(gov::document_kind_name(gov::parse_document_kind(word, "KIND")) == word);
  for (const std::string& word : gov::document_statuses())
    CHECK(gov::document_status_name(gov::parse_document_status(word, "--status")) == word);
  CHECK(gov::parse_document_kind("breach-protocol", "KIND") == gov::DocumentKind::breach_protocol);
  CHECK(gov::parse_document_status("for-approval", "--status") == gov::DocumentStatus::for_approval);
  CHECK_FALSE(gov::document_kind_from("PDC"));
  CHECK_FALSE(gov::document_status_from("for_approval"));
  CHECK(test::data_refusal([] { gov::parse_document_kind("memo", "KIND"); }) ==
        "KIND 'memo' is not one of: pdc, dap, statutes, regulation, breach-protocol, fg-regulation, vision");
  CHECK(test::data_refusal([] { gov::parse_document_status("final", "--status"); }) ==
        "--status 'final' is not one of: draft, for-approval, approved");
}

TEST_CASE("documents (R-GOV-1): the DAP is approved by an expert-group decision") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const auto dap = version(s, "dap", "2.0", "2022-01-01");
  const auto wg = gov::record_decision(s, "working-group", Date::from_ymd(2022, 2, 1), "advice");
  CHECK(exit_of([&] { gov::approve_version(s, dap, std::nullopt, wg); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, dap, closed_motion(s, "2022-02-01", "ordinary"), std::nullopt); }) == Exit::data);
  CHECK(exit_of([&] { gov::approve_version(s, dap, std::nullopt, 99); }) == Exit::data);
  const auto eg = gov::record_decision(s, "expert-group", Date::from_ymd(2022, 2, 2), "DAP 2.0 approved");
  gov::approve_version(s, dap, std::nullopt, eg);
  CHECK(gov::in_force(gov::versions(s, gov::DocumentKind::dap))->approved_on == Date::from_ymd(2022, 2, 2));
  CHECK(exit_of([&] { gov::record_decision(s, "board", Date::from_ymd(2022, 2, 2), "x"); }) == Exit::data);
}

TEST_CASE("vision_ends (R-GOV-2): the day before the vision_years-th anniversary of its approval") {
  gov::Version v{.date = Date::from_ymd(2022, 5, 1), .approved_on = Date::from_ymd(2022, 6, 1)};
  CHECK(gov::vision_ends(v, 4) == Date::from_ymd(2026, 5, 31));
  v.approved_on = Date::from_ymd(2024, 2, 29);  // R-CON-2: 29 February 2028 exists
  CHECK(gov::vision_ends(v, 4) == Date::from_ymd(2028, 2, 28));
  CHECK(gov::vision_ends(v, 1) == Date::from_ymd(2025, 2, 28));  // the anniversary falls on 1 March
}
