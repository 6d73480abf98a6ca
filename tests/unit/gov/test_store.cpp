// Tests for lib/gov/store.cpp: the gov area's statements, on rows written as sqlite3 would, each
// result checked against the day arithmetic worked out by hand (a span holds from its first day
// up to, not including, its until).
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "gov/store.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"

using namespace mbov;
using test::exit_of;

namespace {


// Two members with a contact each (Ann at 12AB from 2020, Bob at 34CD until 2026-06-01), and a
// third person, Cas, who holds roles only.
void store_people(Session& s) {
  sql(s).exec(R"sql(
    INSERT INTO member (code, name, contracting_authority, joined) VALUES ('12AB', 'ROC', 1, '2020-01-01'),
      ('34CD', 'ROC 2', 1, '2020-01-01');
    INSERT INTO person (id, name, email) VALUES (1, 'Ann', 'ann@example.nl'), (2, 'Bob', NULL), (3, 'Cas', 'cas@example.nl');
    INSERT INTO contact (id, member, person, role, since, until) VALUES (1, '12AB', 1, 'contact', '2020-01-01', NULL),
      (2, '34CD', 2, 'representative', '2021-03-01', '2026-06-01');)sql");
}

std::vector<std::int64_t> store_ids(const auto& rows) {
  std::vector<std::int64_t> out;
  for (const auto& r : rows) out.push_back(r.id);
  return out;
}

}  // namespace

TEST_CASE("gov store: board meetings are counted per calendar year, AV meetings not") {
  test::TestDb t;
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO meeting (kind, date) VALUES ('board', '2025-12-31'), ('board', '2026-01-01'),
    ('board', '2026-12-31'), ('av', '2026-06-01'), ('board', '2027-01-01');)sql");
  CHECK(gov::store::count_board_meetings(s, 2024) == 0);
  CHECK(gov::store::count_board_meetings(s, 2025) == 1);
  CHECK(gov::store::count_board_meetings(s, 2026) == 2);
  CHECK(gov::store::count_board_meetings(s, 2027) == 1);
}

TEST_CASE("gov store: a group seat holds from its first day up to its until, and the community needs a current contact") {
  test::TestDb t;
  Session s = t.write();
  store_people(s);
  // Ann: community 2026-01-10 .. 2026-02-01 and expert group from 2026-01-01; Bob: community from
  // 2026-01-01, but his contact ends on 2026-06-01.
  const std::int64_t ann_community = gov::store::insert_membership(s, "community", 1, test::d("2026-01-10"));
  gov::store::end_membership(s, ann_community, test::d("2026-02-01"));
  const std::int64_t ann_expert = gov::store::insert_membership(s, "expert-group", 1, test::d("2026-01-01"));
  const std::int64_t bob_community = gov::store::insert_membership(s, "community", 2, test::d("2026-01-01"));

  const auto span = gov::store::select_membership(s, ann_community);
  REQUIRE(span);
  CHECK(span->from == test::d("2026-01-10"));
  CHECK(span->until == test::d("2026-02-01"));
  CHECK_FALSE(gov::store::select_membership(s, 99));
  CHECK(gov::store::open_membership(s, "community", 1) == std::nullopt);  // ended
  CHECK(gov::store::open_membership(s, "expert-group", 1) == ann_expert);
  CHECK(gov::store::open_membership(s, "community", 2) == bob_community);
  CHECK(gov::store::open_membership(s, "working-group", 2) == std::nullopt);

  // Every seat without a day, by group, member, id: community (12AB, 34CD), then expert-group.
  CHECK(store_ids(gov::store::select_group_members(s, std::nullopt, std::nullopt)) ==
        std::vector<std::int64_t>{ann_community, bob_community, ann_expert});
  CHECK(store_ids(gov::store::select_group_members(s, std::string("community"), std::nullopt)) ==
        std::vector<std::int64_t>{ann_community, bob_community});
  const auto seats_on = [&](const char* d) { return store_ids(gov::store::select_group_members(s, std::nullopt, test::d(d))); };
  CHECK(seats_on("2025-12-31") == std::vector<std::int64_t>{});
  CHECK(seats_on("2026-01-09") == std::vector<std::int64_t>{bob_community, ann_expert});
  CHECK(seats_on("2026-01-10") == std::vector<std::int64_t>{ann_community, bob_community, ann_expert});
  CHECK(seats_on("2026-01-31") == std::vector<std::int64_t>{ann_community, bob_community, ann_expert});
  CHECK(seats_on("2026-02-01") == std::vector<std::int64_t>{bob_community, ann_expert});
  const auto row = gov::store::select_group_members(s, std::string("expert-group"), test::d("2026-03-01"));
  REQUIRE(row.size() == 1);
  CHECK(row[0].member == "12AB");
  CHECK(row[0].name == "Ann");
  CHECK(row[0].contact == 1);
  CHECK(row[0].until == std::nullopt);

  // The community on a day: a seat and the contact both hold (Bob's contact ends on 2026-06-01).
  using Codes = std::vector<std::string>;
  CHECK(gov::store::members_in_community(s, test::d("2025-12-31")) == Codes{});
  CHECK(gov::store::members_in_community(s, test::d("2026-01-15")) == Codes{"12AB", "34CD"});
  CHECK(gov::store::members_in_community(s, test::d("2026-02-01")) == Codes{"34CD"});
  CHECK(gov::store::members_in_community(s, test::d("2026-05-31")) == Codes{"34CD"});
  CHECK(gov::store::members_in_community(s, test::d("2026-06-01")) == Codes{});
  // The expert group is no community.
  CHECK(gov::store::members_in_community(s, test::d("2026-03-01")) == Codes{"34CD"});

  const auto contact = gov::store::select_contact_span(s, 2);
  REQUIRE(contact);
  CHECK(contact->from == test::d("2021-03-01"));
  CHECK(contact->until == test::d("2026-06-01"));
  CHECK(contact->role == member::ContactRole::representative);
  CHECK_FALSE(gov::store::select_contact_span(s, 99));
}

TEST_CASE("gov store: role terms held on a day, the open one, and those still held after a day") {
  test::TestDb t;
  Session s = t.write();
  store_people(s);
  const std::int64_t dora = gov::store::insert_person(s, "Dora", "dora@example.nl");
  // The product owner of CAMBO: Ann until 2026-04-01, then Cas with Dora as deputy.
  const std::int64_t ann = gov::store::insert_term(s, gov::Role::product_owner, "CAMBO", 1, std::nullopt, test::d("2025-01-01"));
  gov::store::end_term(s, ann, test::d("2026-04-01"));
  const std::int64_t cas = gov::store::insert_term(s, gov::Role::product_owner, "CAMBO", 3, dora, test::d("2026-04-01"));
  const std::int64_t fg = gov::store::insert_term(s, gov::Role::fg, "", 2, std::nullopt, test::d("2026-02-01"));

  const auto term = gov::store::select_term(s, ann);
  REQUIRE(term);
  CHECK(term->from == test::d("2025-01-01"));
  CHECK(term->until == test::d("2026-04-01"));
  CHECK_FALSE(gov::store::select_term(s, 99));
  const auto open = gov::store::open_term(s, gov::Role::product_owner, "CAMBO");
  REQUIRE(open);
  CHECK(open->id == cas);
  CHECK(open->from == test::d("2026-04-01"));
  CHECK_FALSE(gov::store::open_term(s, gov::Role::product_owner, "VVA"));

  // Holders by role, scope, from, id: fg before product-owner.
  CHECK(store_ids(gov::store::select_holders(s, std::nullopt)) == std::vector<std::int64_t>{fg, ann, cas});
  CHECK(store_ids(gov::store::select_holders(s, test::d("2025-01-01"))) == std::vector<std::int64_t>{ann});
  CHECK(store_ids(gov::store::select_holders(s, test::d("2026-03-31"))) == std::vector<std::int64_t>{fg, ann});
  CHECK(store_ids(gov::store::select_holders(s, test::d("2026-04-01"))) == std::vector<std::int64_t>{fg, cas});

  const auto before = gov::store::select_holder_on(s, gov::Role::product_owner, "CAMBO", test::d("2026-03-31"));
  REQUIRE(before);
  CHECK(before->id == ann);
  CHECK(before->name == "Ann");
  CHECK(before->email == "ann@example.nl");
  CHECK(before->deputy == std::nullopt);
  const auto after = gov::store::select_holder_on(s, gov::Role::product_owner, "CAMBO", test::d("2026-04-01"));
  REQUIRE(after);
  CHECK(after->id == cas);
  CHECK(after->deputy == dora);
  CHECK(after->deputy_name == "Dora");
  CHECK_FALSE(gov::store::select_holder_on(s, gov::Role::product_owner, "CAMBO", test::d("2024-12-31")));
  CHECK_FALSE(gov::store::select_holder_on(s, gov::Role::product_owner, "VVA", test::d("2026-04-01")));

  // Still held after a day: a term whose until is later than it, or open.
  CHECK(store_ids(gov::store::select_terms_after(s, gov::Role::product_owner, "CAMBO", test::d("2026-03-31"))) ==
        std::vector<std::int64_t>{ann, cas});
  CHECK(store_ids(gov::store::select_terms_after(s, gov::Role::product_owner, "CAMBO", test::d("2026-04-01"))) ==
        std::vector<std::int64_t>{cas});
  CHECK(gov::store::product_codes(s) == std::vector<std::string>{"CAMBO", "VVA"});
}

TEST_CASE("gov store: document versions by kind in date order, decisions, and a value outside its list refused") {
  test::TestDb t;
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO document_version (id, kind, number, date, status) VALUES
    (1, 'pdc', '2.0', '2026-02-01', 'draft'), (2, 'pdc', '1.0', '2025-02-01', 'approved'),
    (3, 'dap', '1.0', '2025-01-01', 'draft'), (4, 'pdc', '1.1', '2026-02-01', 'draft');)sql");
  CHECK(store_ids(gov::store::select_versions(s, gov::DocumentKind::pdc)) == std::vector<std::int64_t>{2, 1, 4});
  CHECK(store_ids(gov::store::select_versions(s, gov::DocumentKind::vision)).empty());
  CHECK(gov::store::version_id(s, gov::DocumentKind::pdc, "1.1") == 4);
  CHECK(gov::store::version_id(s, gov::DocumentKind::dap, "1.1") == std::nullopt);
  CHECK_FALSE(gov::store::select_version(s, 99));

  const std::int64_t decision = gov::store::insert_decision(s, "expert-group", test::d("2026-02-10"), "DAP 2.0 approved");
  const auto d = gov::store::select_decision(s, decision);
  REQUIRE(d);
  CHECK(d->group == "expert-group");
  CHECK(d->date == test::d("2026-02-10"));
  CHECK_FALSE(gov::store::select_decision(s, decision + 1));
  gov::store::update_version_status(s, 3, gov::DocumentStatus::approved, std::nullopt, decision, test::d("2026-02-10"));
  const auto dap = gov::store::select_version(s, 3);
  REQUIRE(dap);
  CHECK(dap->status == gov::DocumentStatus::approved);
  CHECK(dap->decision == decision);
  CHECK(dap->motion == std::nullopt);
  CHECK(dap->approved_on == test::d("2026-02-10"));

  const std::vector<std::string> allowed{"pdc", "dap"};
  CHECK(exit_of([&] { gov::store::require_one_of("dap", allowed, "--kind", "R-GOV-1"); }) == Exit::ok);
  try {
    gov::store::require_one_of("pcd", allowed, "--kind", "R-GOV-1");
    FAIL("pcd was accepted");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(e.rule() == "R-GOV-1");
    CHECK(std::string(e.what()) == "--kind 'pcd' is not one of: pdc, dap");
  }
}

TEST_CASE("gov store as_of (R-GEN-1): a term or seat ended after the day still holds, a later decision is not there yet") {
  test::TestDb t("2026-03-01");
  {
    Session s = t.write();
    store_people(s);
    sql(s).exec(R"sql(
      INSERT INTO role (id, role, scope, person, from_date, until) VALUES (1, 'fg', '', 1, '2025-01-01', '2026-06-01'),
        (2, 'general-manager', '', 3, '2025-01-01', '2026-03-01');
      INSERT INTO group_member (id, grp, contact, from_date, until) VALUES (1, 'community', 1, '2025-01-01', '2026-04-01');
      INSERT INTO group_decision (id, grp, date, text) VALUES (1, 'expert-group', '2026-03-01', 'today'),
        (2, 'expert-group', '2026-03-02', 'tomorrow');)sql");
    test::unaudited(s);
    s.commit();
  }
  Session s = t.read();
  gov::store::as_of(s);
  CHECK(gov::store::select_term(s, 1)->until == std::nullopt);                // ends after today
  CHECK(gov::store::select_term(s, 2)->until == test::d("2026-03-01"));           // ended today
  CHECK(gov::store::select_membership(s, 1)->until == std::nullopt);
  CHECK(gov::store::open_membership(s, "community", 1) == std::int64_t{1});
  CHECK(gov::store::select_decision(s, 1));
  CHECK_FALSE(gov::store::select_decision(s, 2));
}
