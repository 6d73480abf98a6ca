// Tests for lib/vote/store.cpp: the vote area's statements on rows written as sqlite3 would,
// against what is worked out by hand: presence from the last attendance record, the ballots that
// count, members with a vote on a day or in a year, the result stored at the close.
#include <doctest/doctest.h>

#include "core/sql.hpp"
#include "helpers.hpp"
#include "testdb.hpp"
#include "text_dates.hpp"
#include "vote/store.hpp"

using namespace mbov;

TEST_CASE("vote store: present are those whose last attendance record is an arrival, up to a record") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A', 'a', 1, '2020-01-01'),
      ('B', 'b', 1, '2020-01-01'), ('C', 'c', 1, '2020-01-01');
    INSERT INTO meeting (id, kind, date) VALUES (1, 'av', '2026-04-01'), (2, 'av', '2026-04-02');)sql");
  CHECK(vote::store::last_presence(s, 1) == 0);
  vote::store::add_presence(s, 1, "B", "arrive", test::ts("2026-04-01T08:00:00Z"), std::nullopt);
  vote::store::add_presence(s, 1, "A", "arrive", test::ts("2026-04-01T08:01:00Z"), std::nullopt);
  const std::int64_t both = vote::store::last_presence(s, 1);
  vote::store::add_presence(s, 1, "B", "leave", test::ts("2026-04-01T09:00:00Z"), std::string("train"));
  vote::store::add_presence(s, 2, "C", "arrive", test::ts("2026-04-02T08:00:00Z"), std::nullopt);
  CHECK(vote::store::present_members(s, 1, std::nullopt) == std::vector<std::string>{"A"});
  CHECK(vote::store::present_members(s, 1, both) == std::vector<std::string>{"A", "B"});
  CHECK(vote::store::is_present(s, 1, "A"));
  CHECK_FALSE(vote::store::is_present(s, 1, "B"));
  CHECK_FALSE(vote::store::is_present(s, 1, "C"));  // another meeting's
  CHECK(vote::store::last_presence(s, 1) > both);
  CHECK(vote::store::attended_by(s, 1, test::ts("2026-04-01T08:00:30Z")) == std::vector<std::string>{"B"});
}

TEST_CASE("vote store: the ballot that counts, replaced and withdrawn ones not") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A', 'a', 1, '2020-01-01'),
      ('B', 'b', 1, '2020-01-01');
    INSERT INTO meeting (id, kind, date) VALUES (1, 'av', '2026-04-01');
    INSERT INTO motion (id, meeting, title, kind) VALUES (1, 1, 'm', 'ordinary');)sql");
  const std::int64_t advance = vote::store::insert_ballot(s, 1, "A", vote::Choice::no, true, test::ts("2026-03-30T10:00:00Z"));
  const std::int64_t in_person = vote::store::insert_ballot(s, 1, "A", vote::Choice::yes, false, test::ts("2026-04-01T08:00:00Z"));
  vote::store::set_replaced_by(s, advance, in_person);
  const std::int64_t b = vote::store::insert_ballot(s, 1, "B", vote::Choice::abstain, false, test::ts("2026-04-01T08:00:00Z"));
  CHECK(vote::store::counting_ballots(s, 1) == std::vector<std::int64_t>{in_person, b});
  CHECK(vote::store::live_ballot(s, 1, "A")->id == in_person);
  CHECK(vote::store::ballot_end(s, advance).replaced);
  CHECK_FALSE(vote::store::ballot_end(s, advance).withdrawn);
  CHECK(vote::store::replaced_by(s, in_person) == advance);
  CHECK(vote::store::open_in_person_ballots(s, 1, "A") == std::vector<std::int64_t>{in_person});
  vote::store::set_withdrawn(s, in_person, test::ts("2026-04-01T08:30:00Z"), "wrong button");
  vote::store::set_replaced_by(s, advance, std::nullopt);  // counts again
  CHECK(vote::store::counting_ballots(s, 1) == std::vector<std::int64_t>{advance, b});
  CHECK(vote::store::live_ballot(s, 1, "A")->choice == vote::Choice::no);
  CHECK(vote::store::ballot_end(s, in_person).withdrawn);
  CHECK(vote::store::open_in_person_ballots(s, 1, "A").empty());
  const vote::Ballot found = vote::store::find_ballot(s, b);
  CHECK(found.member == "B");
  CHECK(found.choice == vote::Choice::abstain);
  CHECK(test::exit_of([&] { vote::store::find_ballot(s, 99); }) == Exit::data);
  CHECK(vote::store::choice_of("yes") == vote::Choice::yes);
  CHECK(vote::store::choice_of("abstain") == vote::Choice::abstain);
}

TEST_CASE("vote store: members with a vote on a day and in a year, AV meetings in a year") {
  test::TestDb t("2026-04-01");
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES
      ('A', 'a', 1, '2020-01-01', NULL), ('B', 'b', 1, '2025-06-01', '2025-12-31'), ('C', 'c', 1, '2026-05-01', NULL);
    INSERT INTO meeting (kind, date) VALUES ('av', '2025-12-31'), ('av', '2026-01-01'), ('board', '2026-02-01');)sql");
  CHECK(vote::store::members_in_year(s, 2019) == 0);
  CHECK(vote::store::members_in_year(s, 2025) == 2);
  CHECK(vote::store::members_in_year(s, 2026) == 2);  // A and C
  CHECK(vote::store::av_meetings_in_year(s, 2025) == 1);
  CHECK(vote::store::av_meetings_in_year(s, 2026) == 1);  // the board's does not count
  CHECK(vote::store::member_term(s, "B", Date::from_ymd(2025, 12, 31))->has_vote);
  CHECK_FALSE(vote::store::member_term(s, "B", Date::from_ymd(2026, 1, 1))->has_vote);
  CHECK_FALSE(vote::store::member_term(s, "C", Date::from_ymd(2026, 4, 30))->has_vote);
  CHECK_FALSE(vote::store::member_term(s, "Z", Date::from_ymd(2026, 4, 30)));
  CHECK(vote::store::member_codes(s) == std::vector<std::string>{"A", "B", "C"});
  CHECK(vote::store::member_name(s, "B") == "b");
}
