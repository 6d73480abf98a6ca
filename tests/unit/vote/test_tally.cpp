#include <doctest/doctest.h>

#include <cstdlib>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/vote/tally.hpp>
#include "set_words.hpp"

using namespace mbov;
using vote::Turnout;

namespace {

// The rule as people read it in the language of the process.
std::string shown_rule(const vote::Tally& t) { return render(vote::rule_message(t), language()); }
Policy::Vote policy(const char* threshold = "2/3", const char* base = "present_or_advance",
                    const char* consensus = "no_objection", int quorum = 0) {
  Policy::Vote v = Policy::defaults().vote;
  v.threshold = parse_fraction(threshold);
  v.base = parse_vote_base(base, "base");
  v.consensus = parse_consensus(consensus, "consensus");
  v.quorum = quorum;
  return v;
}
Turnout present(std::int64_t n, std::int64_t yes, std::int64_t no, std::int64_t abstain) {
  Turnout t;
  t.present = n;
  t.yes = yes;
  t.no = no;
  t.abstain = abstain;
  return t;
}
}  // namespace

TEST_CASE("2/3 of 9: six yes adopt exactly, five do not") {
  vote::Tally t = vote::tally(policy(), present(9, 6, 3, 0));
  CHECK(t.base == 9);
  CHECK(t.required == 6);
  CHECK(t.margin == 0);
  CHECK_FALSE(t.consensus);
  CHECK(t.adopted);
  CHECK(t.rule.find("6×3 ≥ 2×9") != std::string::npos);
  t = vote::tally(policy(), present(9, 5, 1, 0));  // three present members silent: they weigh as no
  CHECK(t.required == 6);
  CHECK(t.margin == -1);
  CHECK_FALSE(t.adopted);
  CHECK(t.rule.find("not adopted") != std::string::npos);
}

TEST_CASE("required is the ceiling of num × base / den") {
  CHECK(vote::tally(policy(), present(10, 0, 1, 0)).required == 7);  // 20/3 = 6.67
  CHECK(vote::tally(policy("1/2"), present(10, 0, 1, 0)).required == 5);
  CHECK(vote::tally(policy("1/2"), present(9, 0, 1, 0)).required == 5);
  CHECK(vote::tally(policy("3/4"), present(8, 0, 1, 0)).required == 6);
  CHECK(vote::tally(policy("3/4"), present(9, 0, 1, 0)).required == 7);  // 6.75
  CHECK(vote::tally(policy("4/6"), present(9, 0, 1, 0)).required == 6);  // written unreduced
  CHECK(vote::tally(policy(), present(0, 0, 0, 0)).required == 1);       // never adopted with no yes
  CHECK_FALSE(vote::tally(policy(), present(0, 0, 0, 0)).adopted);
}

TEST_CASE("1/2 adopts at exactly half, 3/4 needs three quarters") {
  CHECK(vote::tally(policy("1/2"), present(8, 4, 4, 0)).adopted);
  CHECK_FALSE(vote::tally(policy("1/2"), present(8, 3, 1, 4)).adopted);
  CHECK(vote::tally(policy("3/4"), present(8, 6, 2, 0)).adopted);
  CHECK_FALSE(vote::tally(policy("3/4"), present(8, 5, 1, 2)).adopted);
}

TEST_CASE("consensus: no_objection ignores abstentions and silence, unanimous wants every yes") {
  vote::Tally t = vote::tally(policy(), present(9, 2, 0, 5));
  CHECK(t.consensus);
  CHECK(t.adopted);
  CHECK(t.rule.find("consensus") == 0);
  CHECK_FALSE(vote::tally(policy(), present(9, 0, 0, 9)).consensus);  // no yes at all
  CHECK_FALSE(vote::tally(policy(), present(9, 0, 0, 9)).adopted);
  CHECK_FALSE(vote::tally(policy(), present(9, 8, 1, 0)).consensus);
  CHECK(vote::tally(policy(), present(9, 8, 1, 0)).adopted);  // by the threshold

  const Policy::Vote unanimous = policy("2/3", "present_or_advance", "unanimous");
  CHECK(vote::tally(unanimous, present(3, 3, 0, 0)).consensus);
  CHECK_FALSE(vote::tally(unanimous, present(3, 2, 0, 1)).consensus);
  CHECK(vote::tally(unanimous, present(3, 2, 0, 1)).adopted);  // 2 of 3 still reaches 2/3
}

TEST_CASE("bases: advance voters widen present_or_advance, cast counts ballots, all_members counts members") {
  Turnout t = present(6, 5, 1, 0);
  t.advance = 3;
  vote::Tally r = vote::tally(policy(), t);
  CHECK(r.base == 9);
  CHECK(r.required == 6);
  CHECK_FALSE(r.adopted);
  CHECK(vote::tally(policy("2/3", "cast"), present(9, 4, 1, 1)).base == 6);
  CHECK(vote::tally(policy("2/3", "cast"), present(9, 4, 1, 1)).adopted);
  Turnout all = present(5, 5, 1, 0);
  all.members = 12;
  CHECK(vote::tally(policy("2/3", "all_members"), all).required == 8);
  CHECK_FALSE(vote::tally(policy("2/3", "all_members"), all).adopted);
}

TEST_CASE("quorum: a base below it is never adopted, not even by consensus") {
  CHECK_FALSE(vote::tally(policy("2/3", "present_or_advance", "no_objection", 10), present(9, 9, 0, 0)).adopted);
  CHECK_FALSE(vote::tally(policy("2/3", "present_or_advance", "no_objection", 10), present(9, 9, 0, 0)).quorum_met);
  CHECK(vote::tally(policy("2/3", "present_or_advance", "no_objection", 9), present(9, 9, 0, 0)).adopted);
}

TEST_CASE("large counts stay exact in integers") {
  const Policy::Vote big = policy("2147483646/2147483647");
  CHECK(vote::tally(big, present(2147483647, 2147483646, 1, 0)).adopted);
  CHECK_FALSE(vote::tally(big, present(2147483647, 2147483645, 2, 0)).adopted);
}

TEST_CASE("the rule text never prints false arithmetic") {
  vote::Tally t = vote::tally(policy(), present(0, 0, 0, 0));
  CHECK_FALSE(t.adopted);
  CHECK(t.rule.find("0×3 ≥ 2×0 but no yes vote") != std::string::npos);
  t = vote::tally(policy(), present(3, 1, 1, 1));
  CHECK(t.rule.find("1×3 < 2×3") != std::string::npos);
}

TEST_CASE("the rule: a message, English in Tally::rule and the JSON, as people read it in a table, an older wording as stored") {
  vote::Tally t = vote::tally(policy(), present(60, 60, 0, 0));
  CHECK(english(vote::rule_message(t)) == t.rule);
  CHECK(vote::to_object(t, 1).find("rule")->text() == t.rule);
  set_language(Language::nl);
  CHECK(shown_rule(t) ==
        "consensus (minstens één stem voor en geen bezwaar) (R-VOTE-3); 60 voor, 0 tegen, 0 onthouding, grondslag 60 "
        "(leden aanwezig of vooraf gestemd); aangenomen");
  CHECK(vote::to_object(t, 1).find("rule")->text() == t.rule);  // the JSON's stays English
  CHECK(people_scalar(*vote::to_object(t, 1).find("rule")) == shown_rule(t));
  CHECK(english(vote::rule_message(t)) == t.rule);
  t = vote::tally(policy(), present(3, 1, 1, 1));
  CHECK(shown_rule(t) ==
        "geen consensus (1 tegen); drempel 2/3 van grondslag 3 (leden aanwezig of vooraf gestemd) vereist 2 voor "
        "(R-VOTE-4); 1 voor, 1 tegen, 1 onthouding: 1×3 < 2×3, marge -1; niet aangenomen");
  CHECK(shown_rule(vote::tally(policy(), present(0, 0, 0, 0))).find("0×3 ≥ 2×0 maar geen stem voor") !=
        std::string::npos);
  CHECK(shown_rule(vote::tally(policy("2/3", "cast", "unanimous"), present(3, 2, 1, 0)))
            .starts_with("geen consensus (niet alle 3 in de grondslag stemden voor); drempel 2/3 van grondslag 3 (leden "
                         "die een stem uitbrachten)"));
  CHECK(shown_rule(vote::tally(policy("2/3", "present_or_advance", "unanimous"), present(3, 3, 0, 0)))
            .starts_with("consensus (unaniem) (R-VOTE-3)"));
  CHECK(shown_rule(vote::tally(policy("2/3", "present_or_advance", "no_objection", 10), present(9, 9, 0, 0)))
            .starts_with("quorum niet gehaald: grondslag 9 < quorum 10 (R-VOTE-7); 9 voor,"));
  t.rule = "a result stored in other words";
  CHECK(shown_rule(t) == "a result stored in other words");
  set_language(Language::en);
}

TEST_CASE("choice_words lists every choice's word in Choice's order (what completion offers)") {
  test::lists_every_value(vote::choice_words(), vote::choice_name, vote::Choice::abstain);
}
