// Tests for lib/dpia/register.cpp: the processing register (GDPR art. 30(1)): its fields, records
// listed per product, an edit that changes what it names and clears an optional field with "",
// and R-DPIA-6's most days from the policy. (Refusals of single fields: test_dpia.cpp.)
#include <doctest/doctest.h>

#include <mbov/dpia/dpia.hpp>
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::exit_of;

namespace {
dpia::ProcessingFields processing(std::optional<std::string> product, std::string name) {
  return {.product = std::move(product), .name = std::move(name), .purpose = "p", .legal_basis = "contract",
          .subjects = "s", .data_categories = "d", .retention = "1y", .role = "controller"};
}
}  // namespace

TEST_CASE("register fields: each option fills its field, the required ones are those a record needs") {
  std::vector<std::string> required;
  for (const dpia::RegisterField& f : dpia::register_fields()) {
    CHECK_FALSE(f.column.empty());
    CHECK_FALSE(f.option.empty());
    CHECK(f.value != nullptr);
    if (f.required) required.emplace_back(f.column);
  }
  // A record without one of them is refused, with all of them it is added.
  test::TestDb t;
  Session s = t.write();
  const dpia::ProcessingFields full = processing(std::nullopt, "own");
  for (const dpia::RegisterField& f : dpia::register_fields()) {
    if (!f.required) continue;
    dpia::ProcessingFields missing = full;
    missing.*f.value = std::nullopt;
    CHECK_MESSAGE(exit_of([&] { dpia::register_add(s, missing); }) == Exit::data, f.column);
  }
  CHECK(dpia::register_add(s, full) > 0);
  CHECK(required.size() >= 6);
}

TEST_CASE("register: listed per product or all, shown by id, edited field by field") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  const std::int64_t vva = dpia::register_add(s, processing("vva", "aanmelden"));
  const std::int64_t own = dpia::register_add(s, processing(std::nullopt, "leden"));
  dpia::register_add(s, processing("CAMBO", "centraal"));
  CHECK(dpia::register_list(s, std::nullopt).size() == 3);
  const std::vector<dpia::ProcessingRecord> v = dpia::register_list(s, std::string("VVA"));
  REQUIRE(v.size() == 1);
  CHECK(v[0].id == vva);
  CHECK(v[0].product == "VVA");  // as stored
  CHECK(v[0].updated == Date::from_ymd(2026, 3, 1));
  CHECK(dpia::register_show(s, own).product == std::nullopt);
  CHECK(exit_of([&] { dpia::register_show(s, 99); }) == Exit::data);
  dpia::register_edit(s, vva, {.purpose = "aanmelden mbo", .recipients = "scholen"});
  dpia::ProcessingRecord r = dpia::register_show(s, vva);
  CHECK(r.purpose == "aanmelden mbo");
  CHECK(r.recipients == "scholen");
  CHECK(r.name == "aanmelden");  // not named: unchanged
  dpia::register_edit(s, vva, {.recipients = ""});
  CHECK(dpia::register_show(s, vva).recipients == std::nullopt);
  CHECK(exit_of([&] { dpia::register_edit(s, vva, {.purpose = ""}); }) == Exit::data);  // required
}

TEST_CASE("register (R-DPIA-6): a hand-over of at most dpia.handover_max_days") {
  test::TestDb t;
  t.how.policy.dpia.handover_max_days = 3;
  Session s = t.write();
  dpia::ProcessingFields f = processing("VVA", "h");
  f.handover_system = "Studielink";
  f.handover_days = "4";
  CHECK(exit_of([&] { dpia::register_add(s, f); }) == Exit::data);
  f.handover_days = "3";
  const std::int64_t id = dpia::register_add(s, f);
  const std::optional<dpia::Handover> h = dpia::handover(dpia::register_show(s, id));
  REQUIRE(h);
  CHECK(h->max_days == 3);
  CHECK(h->system == "Studielink");
}

TEST_CASE("register (R-DPIA-6): negative hand-over days are refused") {
  test::TestDb t;
  Session s = t.write();
  dpia::ProcessingFields f = processing("VVA", "h");
  f.handover_system = "Studielink";
  f.handover_days = "-1";
  CHECK(exit_of([&] { dpia::register_add(s, f); }) == Exit::data);
}
