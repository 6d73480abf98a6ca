// vote screen's state: read with the area's own functions, a closed motion as `vote show` gives
// it (without the named votes), an open one without its split.
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <mbov/core/error.hpp>
#include "core/sql.hpp"
#include "testdb.hpp"
#include <mbov/vote/screen.hpp>

using namespace mbov;

namespace {

void add_screen_member(Session& s, const std::string& code, const std::string& name) {
  SQLite::Statement q(sql(s), "INSERT INTO member (code, name, contracting_authority, joined) VALUES (?, ?, 1, '2020-01-01')");
  q.bind(1, code);
  q.bind(2, name);
  q.exec();
}

Timestamp screen_at(const char* text) { return Timestamp::parse(text, "test"); }

// A meeting of four members: 25AA and 25AB present, 25AC voting in advance, 25AD away; motion 1
// closed (2 yes, 1 no), motion 2 open with one ballot; 25AB's ballot on motion 2 withdrawn and
// 25AB gone.
struct ScreenEvening {
  test::TestDb t{"2026-05-04"};
  std::int64_t meeting = 0, closed = 0, open = 0;
  ScreenEvening() {
    Session s = t.write();
    for (const char* code : {"25AA", "25AB", "25AC", "25AD"}) add_screen_member(s, code, std::string("ROC ") + code);
    meeting = vote::add_meeting(s, {.date = Date::parse("2026-05-04", "d"), .kind = vote::MeetingKind::av, .title = "Voorjaar"});
    closed = vote::add_motion(s, {.meeting = meeting, .title = "Jaarplan", .text = std::nullopt, .kind = vote::MotionKind::ordinary});
    open = vote::add_motion(s, {.meeting = meeting, .title = "PDC", .text = std::nullopt, .kind = vote::MotionKind::ordinary});
    vote::cast(s, closed, {.member = "25AC", .choice = vote::Choice::yes, .advance = true, .at = screen_at("2026-05-01T10:00")});
    vote::attend(s, meeting, {"25AA", "25AB"}, screen_at("2026-05-04T19:00"));
    vote::cast(s, closed, {.member = "25AA", .choice = vote::Choice::yes, .advance = false, .at = screen_at("2026-05-04T19:05")});
    vote::cast(s, closed, {.member = "25AB", .choice = vote::Choice::no, .advance = false, .at = screen_at("2026-05-04T19:06")});
    vote::close_motion(s, closed, screen_at("2026-05-04T19:10"));
    vote::cast(s, open, {.member = "25AA", .choice = vote::Choice::no, .advance = false, .at = screen_at("2026-05-04T19:15")});
    const std::int64_t ballot =
        vote::cast(s, open, {.member = "25AB", .choice = vote::Choice::yes, .advance = false, .at = screen_at("2026-05-04T19:16")}).id;
    vote::withdraw(s, ballot, "by mistake");
    vote::leave(s, meeting, {"25AB"}, screen_at("2026-05-04T19:20"), std::string("train"));
    s.commit();
  }
};

const Object& screen_motion_at(const Object& state, std::size_t i) {
  return std::get<Object>(std::get<Array>(state.find("motions")->data)[i].data);
}

}  // namespace

TEST_CASE("vote screen: who is present, who voted in advance, the motions in order, the corrections") {
  ScreenEvening e;
  Session s = e.t.read();
  const vote::Screen st = vote::screen(s, e.meeting);
  REQUIRE(st.present.size() == 1);
  CHECK(st.present[0].member == "25AA");
  CHECK(st.present[0].name == "ROC 25AA");
  REQUIRE(st.advance.size() == 1);
  CHECK(st.advance[0].member == "25AC");
  REQUIRE(st.motions.size() == 2);
  CHECK(st.motions[0].motion.id == e.closed);
  CHECK(st.motions[1].motion.id == e.open);
  REQUIRE(st.withdrawals.size() == 1);
  CHECK(st.withdrawals[0].who.member == "25AB");
  CHECK(st.withdrawals[0].reason == "by mistake");
  REQUIRE(st.departures.size() == 1);
  CHECK(st.departures[0].who.member == "25AB");
  CHECK(st.departures[0].reason == "train");
  CHECK_FALSE(st.departures[0].back);
  CHECK_THROWS_AS(vote::screen(s, 99), Error);
}

TEST_CASE("vote screen's JSON: a closed motion is vote show's object without the named votes, an open one has no split") {
  ScreenEvening e;
  Session s = e.t.read();
  const vote::Screen st = vote::screen(s, e.meeting);
  const Object state = vote::to_object(st, {});
  CHECK(std::get<std::int64_t>(state.find("present")->data) == 1);
  CHECK(std::get<std::int64_t>(state.find("advance")->data) == 1);
  CHECK(state.find("present_members") == nullptr);  // names only with --names

  const Object shown = vote::to_object(vote::view_motion(s, e.closed));
  const Object& closed = screen_motion_at(state, 0);
  CHECK(closed.find("votes") == nullptr);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (shown.keys[i] == "votes") continue;
    INFO(shown.keys[i]);
    REQUIRE(closed.find(shown.keys[i]) != nullptr);
    CHECK(closed.find(shown.keys[i])->text() == shown.values[i].text());
  }
  CHECK(std::get<std::int64_t>(closed.find("yes")->data) == 2);
  CHECK(std::get<std::int64_t>(closed.find("no")->data) == 1);

  const Object& open = screen_motion_at(state, 1);
  CHECK(std::get<std::string>(open.find("status")->data) == "open");
  CHECK(std::get<std::int64_t>(open.find("voted")->data) == 1);  // 25AA; 25AB's was withdrawn
  CHECK(std::get<std::int64_t>(open.find("base")->data) == vote::view_motion(s, e.open).tally.base);
  for (const char* split : {"yes", "no", "abstain", "adopted", "votes"}) CHECK(open.find(split) == nullptr);

  const Object named = vote::to_object(st, {.names = true});
  const Array& present = std::get<Array>(named.find("present_members")->data);
  REQUIRE(present.size() == 1);
  CHECK(std::get<Object>(present[0].data).find("name")->text() == "ROC 25AA");
}
