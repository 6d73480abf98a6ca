#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <mbov/dpia/dpia.hpp>
#include "set_words.hpp"
#include "core/sql.hpp"
#include <mbov/core/error.hpp>
#include "helpers.hpp"
#include "testdb.hpp"

using namespace mbov;
using test::exit_of;

namespace {

// A complete processing record of `product`, as `register add` gets it.
dpia::ProcessingFields record_of(std::string product) {
  return {.product = std::move(product),
          .name = "n",
          .purpose = "p",
          .legal_basis = "contract",
          .subjects = "s",
          .data_categories = "d",
          .retention = "1y",
          .role = "controller"};
}

}  // namespace

TEST_CASE("past_retention: more than the retention period after the last role ended") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec(R"sql(
    INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01');
    INSERT INTO person (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd');
    INSERT INTO contact (member, person, role, since, until) VALUES
      ('12AB', 1, 'contact', '2020-01-01', '2025-02-28'),
      ('12AB', 2, 'contact', '2020-01-01', '2025-03-01'),
      ('12AB', 3, 'contact', '2020-01-01', '2024-01-01'),
      ('12AB', 4, 'contact', '2020-01-01', '2024-01-01');
    INSERT INTO officer (person, from_date) VALUES (3, '2025-01-01');
    UPDATE person SET erased_on = '2025-01-01', name = NULL WHERE id = 4;)sql");
  auto expired = dpia::past_retention(s);
  REQUIRE(expired.size() == 1);
  CHECK(expired[0].person == 1);
  CHECK(expired[0].retention_end == Date::from_ymd(2026, 2, 28));
  CHECK(*expired[0].name == "a");

  // The officer (person 3) is past the retention end too, but still needed: spared, with why.
  auto purged = dpia::purge(s, false);
  REQUIRE(purged.size() == 2);
  CHECK_FALSE(purged[0].name);
  CHECK_FALSE(purged[0].spared);
  CHECK(purged[1].person == 3);
  CHECK(purged[1].name == std::optional<std::string>("c"));
  CHECK(purged[1].spared == std::optional<std::string>("role 1 (fg)"));
  CHECK(dpia::past_retention(s).empty());
}

TEST_CASE("officer_on: in office from its first day until the successor's first day") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  CHECK_FALSE(dpia::officer_on(s, s.today));
  dpia::officer_set(s, "Fenna", "fg@example.nl", Date::from_ymd(2025, 1, 1));
  dpia::officer_set(s, "Bram", "bram@example.nl", Date::from_ymd(2026, 1, 1));
  CHECK_FALSE(dpia::officer_on(s, Date::from_ymd(2024, 12, 31)));
  CHECK(dpia::officer_on(s, Date::from_ymd(2025, 12, 31))->name == "Fenna");
  CHECK(dpia::officer_on(s, Date::from_ymd(2026, 1, 1))->name == "Bram");
  CHECK(exit_of([&] { dpia::officer_set(s, "Cor", "cor@example.nl", Date::from_ymd(2026, 1, 1)); }) == Exit::data);
  for (const char* bad : {"", "a", "@example.nl", "a@b", "a@@example.nl", "a@example.", "a b@example.nl"})
    CHECK_MESSAGE(exit_of([&] { dpia::officer_set(s, "Cor", bad, Date::from_ymd(2026, 6, 1)); }) == Exit::data, bad);
  CHECK(dpia::officer_history(s).size() == 2);
}

TEST_CASE("register: required fields, legal basis, role, transfers need safeguards") {
  test::TestDb t;
  Session s = t.write();
  dpia::ProcessingFields v = record_of("vva");
  std::int64_t id = dpia::register_add(s, v);
  CHECK(dpia::register_show(s, id).product == "VVA");
  using Field = std::optional<std::string> dpia::ProcessingFields::*;
  for (auto [field, value] : std::vector<std::pair<Field, std::string>>{{&dpia::ProcessingFields::legal_basis, "whim"},
                                                                       {&dpia::ProcessingFields::role, "owner"},
                                                                       {&dpia::ProcessingFields::transfers, "US"},
                                                                       {&dpia::ProcessingFields::purpose, ""},
                                                                       {&dpia::ProcessingFields::product, "NOPE"}}) {
    dpia::ProcessingFields bad = v;
    bad.*field = value;
    CHECK_MESSAGE(exit_of([&] { dpia::register_add(s, bad); }) == Exit::data, value);
  }
  v.transfers = "US";
  v.safeguards = "SCC";
  CHECK(dpia::register_add(s, v) == id + 1);
  CHECK(exit_of([&] { dpia::register_edit(s, id + 1, {.safeguards = ""}); }) == Exit::data);
  dpia::register_edit(s, id + 1, {.transfers = "", .safeguards = ""});
  CHECK_FALSE(dpia::register_show(s, id + 1).transfers);
  CHECK(dpia::register_list(s, std::string("VVA")).size() == 2);
  CHECK(dpia::register_list(s, std::string("CAMBO")).empty());
  // A record stored before its legal basis was checked reads back as stored (the schema has no check on it).
  sql(s).exec("UPDATE processing SET legal_basis = 'art. 6(1)(e) AVG' WHERE id = " + std::to_string(id));
  CHECK(dpia::register_show(s, id).legal_basis == "art. 6(1)(e) AVG");
}

TEST_CASE("register: a hand-over states its system and whole days (R-DPIA-6)") {
  test::TestDb t;
  Session s = t.write();
  dpia::ProcessingFields v = record_of("CAMBO");
  v.handover_system = "Studielink";
  v.handover_days = "7";
  const std::int64_t id = dpia::register_add(s, v);
  const dpia::ProcessingRecord r = dpia::register_show(s, id);
  CHECK(r.handover_days == 7);
  REQUIRE(dpia::handover(r));
  CHECK(dpia::handover(r)->system == "Studielink");
  CHECK(exit_of([&] { dpia::register_edit(s, id, {.handover_days = ""}); }) == Exit::data);
  CHECK(exit_of([&] { dpia::register_edit(s, id, {.handover_days = "2w"}); }) == Exit::data);
  CHECK(exit_of([&] { dpia::register_edit(s, id, {}); }) == Exit::data);
  dpia::register_edit(s, id, {.handover_system = "", .handover_days = ""});
  CHECK_FALSE(dpia::handover(dpia::register_show(s, id)));
}

TEST_CASE("due: periodic DPIA by the policy's months and warn days") {
  test::TestDb t("2025-12-30");
  Session s = t.write();
  dpia::officer_set(s, "Fenna", "fg@example.nl", Date::from_ymd(2020, 1, 1));
  const dpia::NewDpia d{.product = "CAMBO", .kind = dpia::Kind::initial, .started = Date::from_ymd(2023, 1, 1)};
  std::int64_t id = dpia::add(s, d);
  dpia::complete(s, id, {.on = Date::from_ymd(2023, 3, 1), .outcome = dpia::Outcome::acceptable});
  CHECK(test::findings(dpia::check(s)) == std::vector<std::string>{"R-DPIA-3 product CAMBO WARNING", "R-DPIA-3 product VVA WARNING"});
  sql(s).exec("INSERT INTO processing (product, name, purpose, legal_basis, subjects, data_categories, retention, role) "
            "VALUES ('CAMBO', 'n', 'p', 'contract', 's', 'd', 'r', 'controller'), "
            "('VVA', 'n', 'p', 'contract', 's', 'd', 'r', 'controller')");
  CHECK(dpia::check(s).findings.empty());
  test::TestDb later("2025-12-31");
  Session s2 = later.write();
  sql(s2).exec("INSERT INTO dpia (product, kind, started, completed, outcome) VALUES ('CAMBO', 'audit', '2023-01-01', '2023-03-01', 'acceptable')");
  auto r = dpia::check(s2);
  REQUIRE(r.findings.size() >= 1);
  CHECK(r.findings[0].rule == "R-DPIA-2");
  CHECK(r.findings[0].severity == Severity::warning);
  CHECK(r.findings[0].due == Date::from_ymd(2026, 3, 1));
}

TEST_CASE("the closed sets of DPIAs and processing records: every word round-trips, another is refused naming it") {
  for (const char* word : {"initial", "change", "periodic", "audit"}) CHECK(dpia::kind_name(dpia::parse_kind(word, "--kind")) == word);
  for (const char* word : {"acceptable", "mitigations", "high-risk"})
    CHECK(dpia::outcome_name(dpia::parse_outcome(word, "--outcome")) == word);
  for (const char* word : {"consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"})
    CHECK(dpia::legal_basis_name(dpia::parse_legal_basis(word, "--legal-basis")) == word);
  for (const char* word : {"controller", "processor"})
    CHECK(dpia::processing_role_name(dpia::parse_processing_role(word, "--role")) == word);
  CHECK(dpia::parse_outcome("high-risk", "--outcome") == dpia::Outcome::high_risk);
  CHECK(dpia::parse_legal_basis("public-task", "--legal-basis") == dpia::LegalBasis::public_task);
  CHECK_FALSE(dpia::kind_from("Initial"));
  CHECK_FALSE(dpia::outcome_from("high_risk"));
  CHECK_FALSE(dpia::legal_basis_from("legal_obligation"));
  CHECK_FALSE(dpia::processing_role_from("owner"));
  CHECK(test::data_refusal([] { dpia::parse_kind("yearly", "--kind"); }) == "--kind 'yearly' is not one of: initial, change, periodic, audit");
  CHECK(test::data_refusal([] { dpia::parse_outcome("fine", "--outcome"); }) ==
        "--outcome 'fine' is not one of: acceptable, mitigations, high-risk");
  CHECK(test::data_refusal([] { dpia::parse_legal_basis("whim", "--legal-basis"); }) ==
        "--legal-basis 'whim' is not one of: consent, contract, legal-obligation, vital-interests, public-task, "
        "legitimate-interests");
  CHECK(test::data_refusal([] { dpia::parse_processing_role("owner", "--role"); }) == "--role 'owner' is not one of: controller, processor");
}

TEST_CASE("add and complete refuse what the rules refuse") {
  test::TestDb t("2026-03-01");
  Session s = t.write();
  sql(s).exec("INSERT INTO incident (id, kind, title, product, priority, status, opened, respond_by, resolve_by) VALUES "
            "(1, 'backup', 'b', 'CAMBO', 3, 'new', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
  Date today = s.today;
  CHECK(exit_of([&] { dpia::add(s, {.product = "CAMBO", .kind = dpia::Kind::change, .change = 1, .started = today}); }) ==
        Exit::data);
  CHECK(exit_of([&] { dpia::add(s, {.product = "CAMBO", .kind = dpia::Kind::change, .started = today}); }) == Exit::data);
  CHECK(exit_of([&] { dpia::add(s, {.product = "XYZ", .kind = dpia::Kind::initial, .started = today}); }) == Exit::data);
  std::int64_t id = dpia::add(s, {.product = "CAMBO", .kind = dpia::Kind::initial, .started = today.plus_days(-10)});
  CHECK(exit_of([&] { dpia::complete(s, id, {.on = today.plus_days(-11), .outcome = dpia::Outcome::acceptable}); }) == Exit::data);
  CHECK(exit_of([&] { dpia::complete(s, id, {.on = today, .outcome = dpia::Outcome::mitigations}); }) == Exit::data);
  dpia::complete(s, id, {.on = today.plus_days(-10), .outcome = dpia::Outcome::high_risk, .report = "R-1"});
  const dpia::Dpia d = dpia::show(s, id);
  CHECK(dpia::needs_prior_consultation(d));
  CHECK(d.report == "R-1");
}

TEST_CASE("kinds, outcomes and processing roles list every word in the enum's order (what completion offers)") {
  test::lists_every_value(dpia::kind_words(), dpia::kind_name, dpia::Kind::audit);
  test::lists_every_value(dpia::outcome_words(), dpia::outcome_name, dpia::Outcome::high_risk);
  test::lists_every_value(dpia::processing_role_words(), dpia::processing_role_name, dpia::ProcessingRole::processor);
  test::lists_every_value(dpia::legal_basis_words(), dpia::legal_basis_name, dpia::LegalBasis::legitimate_interests);
}
