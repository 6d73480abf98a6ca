// Tests for lib/incident/sets.cpp: every value of each closed set is parsed from its word and
// printed as it; any other text is refused, naming the field, the text and the words there are.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <mbov/core/error.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/incident/incident.hpp>
#include "set_words.hpp"

using namespace mbov;
using namespace mbov::incident;

namespace {

// The message of the Error that f throws with `code`, or "" when it throws none.
template <class F>
std::string refusal(F f, Exit code = Exit::data) {
  try {
    f();
  } catch (const Error& e) {
    CHECK(e.code() == code);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a status is parsed from its word and printed as it, any other text names the statuses") {
  for (const char* word : {"new", "acknowledged", "in-progress", "resolved", "closed"})
    CHECK(status_name(parse_status(word, "--status")) == word);
  CHECK(parse_status("in-progress", "--status") == Status::in_progress);
  CHECK_FALSE(status_from("New"));
  CHECK_FALSE(status_from("in_progress"));
  CHECK(refusal([] { parse_status("bogus", "--status"); }) ==
        "--status: 'bogus' is not new, acknowledged, in-progress, resolved or closed");
}

TEST_CASE("R-INC-1: a kind is parsed from its word and printed as it, any other text names the kinds") {
  using enum Kind;
  int n = 0;
  for (const Kind kind : {disruption, change, backup, problem, access, breach}) {
    CHECK(parse_kind(kind_name(kind), "--kind") == kind);
    CHECK(static_cast<int>(kind) == n++);
  }
  CHECK(kind_name(breach) == "breach");
  CHECK(kind_name(access) == "access");
  for (const char* bad : {"Access", "storm", "", " change"}) CHECK_THROWS_AS(parse_kind(bad, "--kind"), Error);
  try {
    parse_kind("storm", "kind");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::data);
    CHECK(std::string(e.what()) == "kind: unknown incident kind 'storm'");
    CHECK(e.rule() == "R-INC-1");
    CHECK(english(e.hint()) == "use one of disruption, change, backup, problem, access, breach");
  }
}

TEST_CASE("R-INC-2: an escalation level is parsed from its word and printed as it, any other text names the levels") {
  using enum Level;
  int n = 0;
  for (const Level level : {operational, tactical, strategic}) {
    CHECK(parse_level(level_name(level), "escalation") == level);
    CHECK(static_cast<int>(level) == n++);  // lowest first: escalation_target counts on it
  }
  CHECK(level_name(tactical) == "tactical");
  for (const char* bad : {"board", "Tactical", ""}) CHECK_THROWS_AS(parse_level(bad, "escalation"), Error);
  CHECK(refusal([] { parse_level("board", "escalation"); }) == "escalation: 'board' is not operational, tactical or strategic");
  // --to: a level above operational, where every incident starts.
  CHECK(parse_escalation_to("tactical", "--to") == tactical);
  CHECK(parse_escalation_to("strategic", "--to") == strategic);
  CHECK(refusal([] { parse_escalation_to("operational", "--to"); }) == "--to: 'operational' is not tactical or strategic");
  CHECK(refusal([] { parse_escalation_to("board", "--to"); }) == "--to: 'board' is not tactical or strategic");
}

TEST_CASE("R-INC-4: a change's group is parsed from its word and printed as it, any other text names the groups") {
  using enum Group;
  for (const Group group : {expert_group, working_group}) CHECK(parse_group(group_name(group), "route") == group);
  CHECK(group_name(expert_group) == "expert-group");
  CHECK(group_name(working_group) == "working-group");
  for (const char* bad : {"community", "expert_group", ""}) CHECK_THROWS_AS(parse_group(bad, "route"), Error);
  CHECK(refusal([] { parse_group("community", "incident.handling_group"); }) ==
        "incident.handling_group: 'community' is not expert-group or working-group");
}

TEST_CASE("an event of the timeline is parsed from its word and printed as it, any other text names the events") {
  using enum EventKind;
  int n = 0;
  for (const EventKind kind : {opened, status, escalation, note, link, notification, problem_holder}) {
    CHECK(parse_event_kind(event_kind_name(kind), "event") == kind);
    CHECK(static_cast<int>(kind) == n++);
  }
  CHECK(event_kind_name(problem_holder) == "problem-holder");
  for (const char* bad : {"problem_holder", "Note", "take-over", ""}) CHECK_THROWS_AS(parse_event_kind(bad, "event"), Error);
  CHECK(refusal([] { parse_event_kind("take-over", "incident_event.kind"); }) ==
        "incident_event.kind: 'take-over' is not an event of the timeline (opened, status, escalation, note, link, "
        "notification, problem-holder)");
}

// The policy holds incident.sla_kinds as the words it checked against its own list of kinds
// (lib/core knows no area); on_sla_clock reads them through kind_name. Both lists must agree.
TEST_CASE("R-INC-3: incident.sla_kinds accepts exactly the incident kinds, each on the clock alone") {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("mbov_test_sla_kinds_" + std::to_string(::getpid()) + ".toml");
  auto load = [&](const std::string& list) {
    std::ofstream(file) << "[incident]\nsla_kinds = [" << list << "]\n";
    return Policy::load(file.string());
  };
  using enum Kind;
  for (const Kind kind : {disruption, change, backup, problem, access, breach}) {
    const Policy p = load("\"" + std::string(kind_name(kind)) + "\"");
    for (const Kind other : {disruption, change, backup, problem, access, breach})
      CHECK(on_sla_clock(p, other) == (other == kind));
  }
  const std::string refused = refusal([&] { load("\"storm\""); }, Exit::config);
  std::filesystem::remove(file);
  CHECK(refused.ends_with("incident.sla_kinds[0]: 'storm' is not one of disruption, change, backup, problem, access, breach"));
}

TEST_CASE("each set lists every value's word in the enum's order (what completion offers)") {
  test::lists_every_value(status_words(), status_name, Status::closed);
  test::lists_every_value(kind_words(), kind_name, Kind::breach);
  test::lists_every_value(level_words(), level_name, Level::strategic);
}
