#include <doctest/doctest.h>

#include <sstream>

#include "core/error.hpp"
#include "vote/ballots.hpp"

using namespace mbov;

namespace {
vote::Turnout read(const std::string& text, const vote::Presence& p = {}, bool overrides = true) {
  Policy::Vote v = Policy::defaults().vote;
  v.in_person_overrides_advance = overrides;
  std::istringstream in(text);
  return vote::read_ballots(in, "b.csv", v, p);
}
std::string error_of(const std::string& text, const vote::Presence& p = {}, bool overrides = true) {
  try {
    read(text, p, overrides);
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("a ballot file without presence: the base is the members with a ballot") {
  vote::Turnout t = read("member,choice,advance\nA,yes,0\nB,no,\nC,abstain,yes\n");
  CHECK(t.present == 2);
  CHECK(t.advance == 1);
  CHECK(t.yes == 1);
  CHECK(t.no == 1);
  CHECK(t.abstain == 1);
}

TEST_CASE("columns in any order; --present-count adds the advance ballots") {
  vote::Presence p;
  p.count = 5;
  vote::Turnout t = read("advance,choice,member\ntrue,yes,A\nfalse,yes,B\n", p);
  CHECK(t.present == 5);
  CHECK(t.advance == 1);
  CHECK(t.yes == 2);
}

TEST_CASE("--present: advance voters among them do not count twice") {
  vote::Presence p;
  p.codes = std::vector<std::string>{"A", "B", "C"};
  vote::Turnout t = read("member,choice,advance\nA,yes,1\nD,no,1\nB,yes,0\n", p);
  CHECK(t.present == 3);
  CHECK(t.advance == 1);  // D only
  CHECK(error_of("member,choice\nE,yes\n", p).find("b.csv:2:1 (member): R-VOTE-2: E votes in person") == 0);
}

TEST_CASE("an in-person ballot replaces an advance one, in either order, when the policy says so") {
  vote::Turnout t = read("member,choice,advance\nA,no,1\nA,yes,0\nB,no,0\nB,yes,1\n");
  CHECK(t.yes == 1);
  CHECK(t.no == 1);
  CHECK(t.advance == 0);
  CHECK(t.present == 2);
  CHECK(error_of("member,choice,advance\nA,no,1\nA,yes,0\n", {}, false) ==
        "b.csv:3:1 (member): R-VOTE-6: A has a second ballot (the first on line 2)");
  CHECK(error_of("member,choice\nA,no\nB,yes\nA,yes\n") ==
        "b.csv:4:1 (member): R-VOTE-6: A has a second ballot (the first on line 2)");
  CHECK(error_of("member,choice,advance\nA,no,1\nA,yes,1\n").find("R-VOTE-6") != std::string::npos);
}

TEST_CASE("bad lines name line and column") {
  CHECK(error_of("member,choice\nA,yes\nB,maybe\n") == "b.csv:3:2 (choice): 'maybe' is not yes, no or abstain (voor, tegen, onthouding)");
  CHECK(error_of("member,choice\n") == "b.csv: no ballots");
  CHECK(error_of("member,choice,advance\nA,yes,perhaps\n").find("b.csv:2:3 (advance)") == 0);
  CHECK(error_of("member,choice\n,yes\n") == "b.csv:2:1 (member): empty member code");
  CHECK(error_of("member,choice,weight\nA,yes,2\n").find("unknown column 'weight'") != std::string::npos);
  CHECK(error_of("member\nA\n").find("choice") != std::string::npos);
  CHECK(error_of("member,choice\nA,yes,1\n").find("b.csv:2") == 0);
  CHECK(error_of("").find("empty file") != std::string::npos);
}

TEST_CASE("the first bad line is the one named, whether its fault is a field or a second ballot") {
  // Lines are read ahead in batches: a bad field must not hide a second ballot before it.
  std::string many = "member,choice\n";
  for (int i = 0; i < 100; ++i) many += "M" + std::to_string(i) + ",yes\n";
  CHECK(error_of(many + "M7,no\nX,maybe\n") == "b.csv:102:1 (member): R-VOTE-6: M7 has a second ballot (the first on line 9)");
  CHECK(error_of(many + "X,maybe\nM7,no\n").find("b.csv:102:2 (choice)") == 0);
  CHECK(error_of("member,choice\nA,yes\nA,no\nB,maybe\n").find("b.csv:3:1 (member): R-VOTE-6") == 0);
  CHECK(error_of("member,choice\nA,yes\nB,maybe\nA,no\n").find("b.csv:3:2 (choice)") == 0);
}

TEST_CASE("a roll (present column) says who is present and who has a vote") {
  vote::Turnout t = read("member,choice,advance,present\nA,yes,false,true\nB,,false,true\nC,no,true,false\n"
                         "D,,false,false\nE,abstain,true,true\n");
  CHECK(t.present == 3);
  CHECK(t.advance == 1);
  CHECK(t.members == 5);
  CHECK((t.yes == 1 && t.no == 1 && t.abstain == 1));
  vote::Presence p;
  p.count = 3;
  CHECK(error_of("member,choice,present\nA,yes,1\n", p).find("a roll") != std::string::npos);
  CHECK(error_of("member,choice,present\nA,,1\n") == "b.csv: no ballots");
  CHECK(error_of("member,choice,present\nA,yes,0\n").find("the roll says it is not present") != std::string::npos);
  CHECK(error_of("member,choice\n25LZ,yes\n 25lz,no\n") ==
        "b.csv:3:1 (member): R-VOTE-6: 25lz has a second ballot (the first on line 2)");
}

TEST_CASE("presence counts that the ballots contradict are errors") {
  vote::Presence p;
  p.count = 1;
  CHECK(error_of("member,choice\nA,yes\nB,yes\n", p).find("2 in-person ballots but --present-count 1") !=
        std::string::npos);
  vote::Presence dup;
  dup.codes = std::vector<std::string>{"A", "A"};
  CHECK(error_of("member,choice\nA,yes\n", dup).find("twice") != std::string::npos);
  vote::Presence m;
  m.members = 1;
  CHECK(error_of("member,choice\nA,yes\nB,yes\n", m).find("--members 1") != std::string::npos);
}

TEST_CASE("many members: the table grows and finds every second ballot") {
  std::string text = "member,choice\n";
  for (int i = 0; i < 5000; ++i) text += "M" + std::to_string(i) + (i % 3 ? ",yes\n" : ",no\n");
  vote::Turnout t = read(text);
  CHECK(t.yes + t.no == 5000);
  CHECK(error_of(text + "M4321,yes\n").find("M4321 has a second ballot (the first on line 4323)") !=
        std::string::npos);
}
