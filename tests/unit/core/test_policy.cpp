// Tests of lib/core/policy.cpp: defaults, overriding, provenance, and every kind of bad policy file.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <variant>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/policy.hpp>
#include "core/policy_text.hpp"
#include "helpers.hpp"

namespace fs = std::filesystem;
using mbov::Error;
using mbov::Exit;
using mbov::Fraction;
using mbov::Policy;
using mbov::VoteBase;
using mbov::Consensus;

namespace {

// A fresh directory for one test case, removed afterwards.
struct TempDir {
  fs::path dir;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "mbov_test_policy_XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  // Writes `text` to a file and returns its path.
  std::string write(const std::string& text, const std::string& name = "policy.toml") const {
    const fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
};

struct Failure {
  Exit code;
  std::string message;
};

// Loads `path`; the Error it must throw (a test failure when it throws none).
Failure load_failure(const std::optional<std::string>& path) {
  try {
    Policy::load(path);
  } catch (const Error& e) {
    return {e.code(), render(e.message(), language())};  // in the language of the process, as mbov prints it
  }
  FAIL("Policy::load did not throw");
  return {Exit::ok, ""};
}

// The message of the Exit::config error for a file holding `text`, with the path replaced by PATH.
std::string config_error(const TempDir& t, const std::string& text) {
  const std::string path = t.write(text);
  const Failure f = load_failure(path);
  CHECK(f.code == Exit::config);
  std::string m = f.message;
  if (m.starts_with(path)) m = "PATH" + m.substr(path.size());
  return m;
}

const mbov::PolicyEntry* entry(const std::vector<mbov::PolicyEntry>& es, std::string_view key) {
  for (const auto& e : es)
    if (e.key == key) return &e;
  return nullptr;
}

std::string origin(const Policy& p, std::string_view key) {
  const auto es = p.entries();
  const auto* e = entry(es, key);
  REQUIRE(e != nullptr);
  return e->origin;
}

// data/policy.toml of the source tree: what the build compiled into Policy::defaults().
std::string builtin_path() { return std::string(MBOV_SOURCE_DIR) + "/data/policy.toml"; }

std::string builtin_text() {
  std::ifstream in(builtin_path(), std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("parse_fraction") {
  CHECK(mbov::parse_fraction("2/3") == Fraction{2, 3});
  CHECK(mbov::parse_fraction("4/6") == Fraction{4, 6});  // kept as written
  CHECK(mbov::parse_fraction("3/2") == Fraction{3, 2});  // > 1 is the threshold's rule, not the parser's
  CHECK(mbov::parse_fraction("2147483647/2147483647") == Fraction{2147483647, 2147483647});
  CHECK(Fraction{2, 3}.str() == "2/3");

  for (const char* bad : {"abc", "", "/", "2/", "/3", "2/3/4", "-1/2", "+1/2", " 2/3", "2 / 3", "0.5", "2/3 ",
                          "2147483648/3", "0/3", "2/0", "0/0"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(mbov::parse_fraction(bad), Error);
  }
  try {
    mbov::parse_fraction("2/0");
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::usage);
    CHECK(std::string(e.what()) == "2/0 has a zero denominator");
  }
}

TEST_CASE("vote.base and vote.consensus: every word round-trips, another is refused naming it") {
  for (VoteBase b : {VoteBase::present_or_advance, VoteBase::cast, VoteBase::all_members}) {
    CHECK(mbov::parse_vote_base(mbov::vote_base_name(b), "base") == b);
    CHECK(mbov::vote_base_from(mbov::vote_base_name(b)) == b);
  }
  for (Consensus c : {Consensus::no_objection, Consensus::unanimous})
    CHECK(mbov::parse_consensus(mbov::consensus_name(c), "consensus") == c);
  CHECK(mbov::vote_base_name(VoteBase::all_members) == "all_members");
  CHECK_FALSE(mbov::vote_base_from("everyone"));
  CHECK_FALSE(mbov::consensus_from("Unanimous"));
  CHECK(mbov::test::data_refusal([] { mbov::parse_consensus("unanimus", "motion_result.consensus_rule"); }) ==
        "motion_result.consensus_rule: want one of no_objection, unanimous, got 'unanimus'; did you mean 'unanimous'?");
  CHECK(mbov::test::data_refusal([] { mbov::parse_vote_base("everyone", "motion_result.base_rule"); }) ==
        "motion_result.base_rule: want one of present_or_advance, cast, all_members, got 'everyone'");
}

TEST_CASE("defaults equal spec/policy.toml") {
  const Policy p = Policy::defaults();
  CHECK(p.vote.threshold == Fraction{2, 3});
  CHECK(p.vote.base == VoteBase::present_or_advance);
  CHECK(p.vote.consensus == Consensus::no_objection);
  CHECK(p.vote.quorum == 0);
  CHECK(p.vote.in_person_overrides_advance == true);
  CHECK(p.vote.av_meetings_per_year == 2);
  CHECK(p.board.size == 3);
  CHECK(p.member.contacts_min == 1);
  CHECK(p.member.contacts_preferred == 2);
  CHECK(p.member.contact_confirmation_months == 12);
  CHECK(p.member.personal_data_retention_months == 12);
  CHECK(p.member.warn_days == 30);
  CHECK(p.contract.base_years == 4);
  CHECK(p.contract.extensions == 2);
  CHECK(p.contract.extension_years == 2);
  CHECK(p.contract.review_interval_months == 12);
  CHECK(p.contract.notice_months == 6);
  CHECK(p.contract.warn_days == 30);
  CHECK(p.contract.certifications == std::vector<std::string>{"ISO27001", "ISAE3000", "ISAE3402"});
  CHECK(p.contract.cert_warn_days == 60);
  CHECK(p.incident.escalate_at_percent == 80);
  CHECK(p.incident.breach_authority_hours == 72);
  const int sla[4][2] = {{1, 4}, {4, 24}, {8, 72}, {24, 240}};
  for (int i = 0; i < 4; ++i) {
    CAPTURE(i);
    CHECK(p.incident.sla[i].respond_hours == sla[i][0]);
    CHECK(p.incident.sla[i].resolve_hours == sla[i][1]);
  }
  CHECK(p.dpia.periodic_months == 36);
  CHECK(p.dpia.warn_days == 60);
  CHECK(p.dpia.handover_max_days == 14);
  CHECK(p.finance.investment_min_eur == 1000);
  CHECK(p.finance.investment_min_life_years == 1);
  CHECK(p.finance.budget_warn_days == 60);
  CHECK(p.governance.vision_years == 4);
  CHECK(p.governance.warn_days == 60);
  CHECK(p.board.meetings_per_year == 4);

  // No file: the defaults.
  const Policy q = Policy::load(std::nullopt);
  CHECK(q.vote.threshold == p.vote.threshold);
  CHECK(q.incident.sla[3].resolve_hours == 240);
  CHECK(origin(q, "vote.threshold") == "default");
}

TEST_CASE("entries: every key, typed, in the order of data/policy.toml") {
  const auto es = Policy::defaults().entries();
  REQUIRE(es.size() == 42);
  CHECK(es.front().key == "vote.threshold");
  CHECK(es.back().key == "report.calendar_alarm_days");
  for (const auto& e : es) {
    CAPTURE(e.key);
    CHECK(e.origin == "default");
  }
  CHECK(std::get<std::string>(entry(es, "vote.threshold")->value.data) == "2/3");
  CHECK(std::get<std::string>(entry(es, "vote.base")->value.data) == "present_or_advance");
  CHECK(std::get<bool>(entry(es, "vote.in_person_overrides_advance")->value.data) == true);
  CHECK(std::get<std::int64_t>(entry(es, "incident.sla.p3.resolve_hours")->value.data) == 72);
  const auto& certs = std::get<mbov::Array>(entry(es, "contract.certifications")->value.data);
  REQUIRE(certs.size() == 3);
  CHECK(std::get<std::string>(certs[2].data) == "ISAE3402");

  // The order is the text's: each key's "[table]" header and "name =" line come after the previous key's.
  const std::string text = builtin_text();
  std::size_t last = 0;
  for (const auto& e : es) {
    CAPTURE(e.key);
    const auto dot = e.key.rfind('.');
    const std::size_t header = text.find("\n[" + e.key.substr(0, dot) + "]");
    REQUIRE(header != std::string::npos);
    const std::size_t at = text.find("\n" + e.key.substr(dot + 1) + " ", header);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
}

TEST_CASE("the compiled defaults are data/policy.toml read as a policy file") {
  const auto built = Policy::defaults().entries();
  const auto read = Policy::load(builtin_path()).entries();
  REQUIRE(built.size() == read.size());
  for (std::size_t i = 0; i < built.size(); ++i) {
    CAPTURE(built[i].key);
    CHECK(built[i].key == read[i].key);
    CHECK(built[i].value.text() == read[i].value.text());
    CHECK(read[i].origin != "default");  // every key is in the file
  }
}

TEST_CASE("builtin_policy_cpp: every key as an assignment, a broken text is an error") {
  const std::string cpp = mbov::builtin_policy_cpp(builtin_text(), "data/policy.toml");
  CHECK(cpp.find("  p.vote.threshold = Fraction{2, 3};\n") != std::string::npos);
  CHECK(cpp.find("  p.vote.base = decltype(p.vote.base)::present_or_advance;\n") != std::string::npos);
  CHECK(cpp.find("  p.vote.in_person_overrides_advance = true;\n") != std::string::npos);
  CHECK(cpp.find("  p.contract.certifications = {\"ISO27001\", \"ISAE3000\", \"ISAE3402\"};\n") != std::string::npos);
  CHECK(cpp.find("  p.incident.sla[3].resolve_hours = 240;\n") != std::string::npos);
  CHECK(std::count(cpp.begin(), cpp.end(), '\n') == static_cast<long>(Policy::defaults().entries().size()));

  auto failure = [](const std::string& text) -> Failure {
    try {
      mbov::builtin_policy_cpp(text, "policy.toml");
    } catch (const Error& e) {
      return {e.code(), e.what()};
    }
    FAIL("builtin_policy_cpp did not throw");
    return {Exit::ok, ""};
  };
  std::string missing = builtin_text();
  missing.erase(missing.find("[report]"));
  const Failure m = failure(missing);
  CHECK(m.code == Exit::software);
  CHECK(m.message == "policy.toml: key 'report.calendar_alarm_days' is missing");
  const Failure bad = failure("[vote]\nquorum = -1\n");
  CHECK(bad.code == Exit::software);
  CHECK(bad.message == "policy.toml:2:10: vote.quorum: -1 is negative");
}

TEST_CASE("a file overrides key by key and records where") {
  TempDir t;
  const std::string path = t.write("# mine\n\n[contract]\nnotice_months = 3\n");
  const Policy p = Policy::load(path);
  CHECK(p.contract.notice_months == 3);
  CHECK(p.contract.base_years == 4);  // the rest of the table keeps its defaults
  CHECK(p.vote.threshold == Fraction{2, 3});
  CHECK(origin(p, "contract.notice_months") == path + ":4");
  CHECK(origin(p, "contract.base_years") == "default");
  CHECK(origin(p, "vote.threshold") == "default");

  SUBCASE("an empty file is all defaults") {
    const Policy q = Policy::load(t.write("", "empty.toml"));
    for (const auto& e : q.entries()) CHECK(e.origin == "default");
    CHECK(q.board.size == 3);
  }
  SUBCASE("dotted keys and inline tables; an inline table overrides only what it names") {
    const std::string f = t.write("vote.quorum = 5\n[incident.sla]\np1 = { respond_hours = 2 }\n", "dotted.toml");
    const Policy q = Policy::load(f);
    CHECK(q.vote.quorum == 5);
    CHECK(q.incident.sla[0].respond_hours == 2);
    CHECK(q.incident.sla[0].resolve_hours == 4);
    CHECK(origin(q, "vote.quorum") == f + ":1");
    CHECK(origin(q, "incident.sla.p1.respond_hours") == f + ":3");
    CHECK(origin(q, "incident.sla.p1.resolve_hours") == "default");
  }
  SUBCASE("every type") {
    const Policy q = Policy::load(t.write(
        "[vote]\nthreshold = \"1/2\"\nbase = \"cast\"\nconsensus = \"unanimous\"\nin_person_overrides_advance = false\n"
        "[contract]\ncertifications = [\"NEN7510\"]\n[member]\ncontacts_min = 0\ncontacts_preferred = 0\n",
        "types.toml"));
    CHECK(q.vote.threshold == Fraction{1, 2});
    CHECK(q.vote.base == VoteBase::cast);
    CHECK(q.vote.consensus == Consensus::unanimous);
    CHECK(q.vote.in_person_overrides_advance == false);
    CHECK(q.contract.certifications == std::vector<std::string>{"NEN7510"});  // replaced, not merged
    CHECK(q.member.contacts_min == 0);
    const auto es = q.entries();
    CHECK(std::get<std::string>(entry(es, "vote.threshold")->value.data) == "1/2");
  }
  SUBCASE("the edges of the ranges are valid") {
    const Policy q = Policy::load(t.write(
        "[vote]\nthreshold = \"3/3\"\n[incident]\nescalate_at_percent = 100\n[incident.sla.p4]\n"
        "respond_hours = 240\n[contract]\nextensions = 0\nnotice_months = 0\n[member]\ncontacts_min = 2\n",
        "edges.toml"));
    CHECK(q.vote.threshold == Fraction{3, 3});
    CHECK(q.incident.escalate_at_percent == 100);
    CHECK(q.incident.sla[3].respond_hours == 240);
    CHECK(q.member.contacts_min == 2);  // == preferred
  }
}

TEST_CASE("a missing file exits noinput, one that is not a regular file, or that every user may write, config") {
  TempDir t;
  const std::string missing = (t.dir / "nope.toml").string();
  Failure f = load_failure(missing);
  CHECK(f.code == Exit::noinput);
  CHECK(f.message == "cannot read policy file " + missing + ": No such file or directory");

  f = load_failure(t.dir.string());
  CHECK(f.code == Exit::config);
  CHECK(f.message == t.dir.string() + ": not a regular file (a policy file is one)");

  const std::string open = (t.dir / "open.toml").string();
  { std::ofstream(open) << "[member]\n"; }
  std::filesystem::permissions(open, std::filesystem::perms::others_write, std::filesystem::perm_options::add);
  f = load_failure(open);
  CHECK(f.code == Exit::config);
  CHECK(f.message == open + ": writable by every user, so anyone could change the policy");
}

TEST_CASE("bad files exit config with path:line:column") {
  TempDir t;
  // Wrong types: the position is the value's.
  CHECK(config_error(t, "[contract]\nbase_years = \"four\"\n") ==
        "PATH:2:14: contract.base_years: want an integer, got a string");
  CHECK(config_error(t, "[board]\nsize = 3.0\n") == "PATH:2:8: board.size: want an integer, got a float");
  CHECK(config_error(t, "[vote]\nin_person_overrides_advance = \"yes\"\n") ==
        "PATH:2:31: vote.in_person_overrides_advance: want a boolean (true or false), got a string");
  CHECK(config_error(t, "[vote]\nthreshold = 0.67\n") ==
        "PATH:2:13: vote.threshold: want a string \"a/b\" such as \"2/3\", got a float");
  CHECK(config_error(t, "[contract]\ncertifications = \"ISO27001\"\n") ==
        "PATH:2:18: contract.certifications: want an array of strings, got a string");
  CHECK(config_error(t, "[contract]\ncertifications = [\"ISO27001\", 27002]\n") ==
        "PATH:2:31: contract.certifications[1]: want a string, got an integer");
  CHECK(config_error(t, "vote = 1\n") == "PATH:1:8: vote: want a table, got an integer");
  CHECK(config_error(t, "[vote.quorum]\n") == "PATH:1:1: vote.quorum: want an integer, got a table");

  // Unknown keys and tables: the position is the key's.
  CHECK(config_error(t, "[vote]\ntreshold = \"1/2\"\n") ==
        "PATH:2:1: unknown key 'vote.treshold'; did you mean 'vote.threshold'?");
  CHECK(config_error(t, "[contrat]\nbase_years = 4\n") == "PATH:1:2: unknown table 'contrat'; did you mean 'contract'?");
  CHECK(config_error(t, "[vote]\nsize = 3\n") == "PATH:2:1: unknown key 'vote.size'; did you mean 'board.size'?");
  CHECK(config_error(t, "threshold = \"1/2\"\n") == "PATH:1:1: unknown key 'threshold'; did you mean 'vote.threshold'?");
  CHECK(config_error(t, "[vote]\nwarn_days = 3\n") == "PATH:2:1: unknown key 'vote.warn_days'");  // ambiguous
  CHECK(config_error(t, "[colour]\n") == "PATH:1:2: unknown table 'colour'");
  CHECK(config_error(t, "[dpai]\n") == "PATH:1:2: unknown table 'dpai'; did you mean 'dpia'?");  // transposed
  CHECK(config_error(t, "[Vote]\nquorum = 1\n") == "PATH:1:2: unknown table 'Vote'; did you mean 'vote'?");
  CHECK(config_error(t, "[incident.sla.p1]\nrespond_hours = 1\nresolve_hours = 4\nescalate = 2\n") ==
        "PATH:4:1: unknown key 'incident.sla.p1.escalate'");

  // The threshold.
  CHECK(config_error(t, "[vote]\nthreshold = \"3/2\"\n") == "PATH:2:13: vote.threshold: 3/2 is more than 1");
  CHECK(config_error(t, "[vote]\nthreshold = \"0/3\"\n") ==
        "PATH:2:13: vote.threshold: 0/3 is zero, want a fraction more than 0");
  CHECK(config_error(t, "[vote]\nthreshold = \"2/0\"\n") == "PATH:2:13: vote.threshold: 2/0 has a zero denominator");
  CHECK(config_error(t, "[vote]\nthreshold = \"abc\"\n") ==
        "PATH:2:13: vote.threshold: want a fraction \"a/b\" of positive integers, got \"abc\"");

  // Choices.
  CHECK(config_error(t, "[vote]\nconsensus = \"unanimus\"\n") ==
        "PATH:2:13: vote.consensus: want one of no_objection, unanimous, got 'unanimus'; did you mean 'unanimous'?");
  CHECK(config_error(t, "[vote]\nbase = \"everyone\"\n") ==
        "PATH:2:8: vote.base: want one of present_or_advance, cast, all_members, got 'everyone'");

  // Ranges.
  CHECK(config_error(t, "[contract]\nnotice_months = -1\n") == "PATH:2:17: contract.notice_months: -1 is negative");
  CHECK(config_error(t, "[member]\ncontact_confirmation_months = -12\n") ==
        "PATH:2:31: member.contact_confirmation_months: -12 is less than 1");
  CHECK(config_error(t, "[contract]\nbase_years = 0\n") == "PATH:2:14: contract.base_years: 0 is less than 1");
  CHECK(config_error(t, "[board]\nsize = 0\n") == "PATH:2:8: board.size: 0 is less than 1");
  CHECK(config_error(t, "[board]\nmeetings_per_year = 367\n") ==
        "PATH:2:21: board.meetings_per_year: 367 is more than 366");
  CHECK(config_error(t, "[finance]\nbudget_warn_days = -1\n") == "PATH:2:20: finance.budget_warn_days: -1 is negative");
  CHECK(config_error(t, "[governance]\nvision_years = 0\n") ==
        "PATH:2:16: governance.vision_years: 0 is less than 1");
  CHECK(config_error(t, "[incident]\nescalate_at_percent = 101\n") ==
        "PATH:2:23: incident.escalate_at_percent: 101 is more than 100");
  CHECK(config_error(t, "[incident]\nescalate_at_percent = 0\n") ==
        "PATH:2:23: incident.escalate_at_percent: 0 is less than 1");
  CHECK(config_error(t, "[vote]\nquorum = 3000000000\n") == "PATH:2:10: vote.quorum: 3000000000 is more than 2147483647");
  CHECK(config_error(t, "[dpia]\nperiodic_months = 1201\n") == "PATH:2:19: dpia.periodic_months: 1201 is more than 1200");
  CHECK(config_error(t, "[contract]\ncertifications = []\n") ==
        "PATH:2:18: contract.certifications: want at least one name, got an empty array");
  CHECK(config_error(t, "[contract]\ncertifications = [\"ISO27001\", \"iso27002\"]\n") ==
        "PATH:2:31: contract.certifications[1]: want an uppercase name such as ISO27001 (A-Z, 0-9, - and _), got "
        "'iso27002'");
  CHECK(config_error(t, "[contract]\ncertifications = [\"ISO27001\", \"ISO27001\"]\n") ==
        "PATH:2:31: contract.certifications[1]: 'ISO27001' is listed twice");

  // Cross-key rules: the position of the key in the file that made it wrong.
  CHECK(config_error(t, "[member]\ncontacts_min = 3\n") ==
        "PATH:2:16: member.contacts_min: 3 is more than member.contacts_preferred (2, from the defaults)");
  CHECK(config_error(t, "[member]\ncontacts_preferred = 0\n") ==
        "PATH:2:22: member.contacts_preferred: 0 is less than member.contacts_min (1, from the defaults)");
  CHECK(config_error(t, "[member]\ncontacts_min = 3\ncontacts_preferred = 2\n") ==
        "PATH:3:22: member.contacts_preferred: 2 is less than member.contacts_min (3)");
  CHECK(config_error(t, "[incident.sla.p2]\nrespond_hours = 30\n") ==
        "PATH:2:17: incident.sla.p2.respond_hours: 30 is more than incident.sla.p2.resolve_hours (24, from the "
        "defaults)");
  CHECK(config_error(t, "[incident.sla.p2]\nrespond_hours = 3\nresolve_hours = 2\n") ==
        "PATH:3:17: incident.sla.p2.resolve_hours: 2 is less than incident.sla.p2.respond_hours (3)");

  // Several problems: the first in the file, whatever the order of the tables.
  CHECK(config_error(t, "[vote]\nquorum = -1\n[board]\nsize = 0\n") == "PATH:2:10: vote.quorum: -1 is negative");
  CHECK(config_error(t, "[vote]\nquorum = \"x\"\n[board]\nsize = 0\n") ==
        "PATH:2:10: vote.quorum: want an integer, got a string");
  // A bad value does not make its partner look wrong.
  CHECK(config_error(t, "[member]\ncontacts_min = 3\ncontacts_preferred = \"x\"\n") ==
        "PATH:3:22: member.contacts_preferred: want an integer, got a string");

  // TOML syntax errors: toml++'s position and description.
  const std::string syntax = config_error(t, "[vote\nquorum = 1\n");
  CHECK(syntax.starts_with("PATH:1:6: "));
  CHECK(syntax.find("table header") != std::string::npos);
  const std::string dup = config_error(t, "[vote]\nquorum = 1\nquorum = 2\n");
  CHECK(dup.starts_with("PATH:3:"));
  CHECK(config_error(t, "[vote]\nquorum = \n").starts_with("PATH:2:"));
}

TEST_CASE("bad files in Dutch: whole sentences, no English word") {
  TempDir t;
  mbov::set_language(mbov::Language::nl);
  CHECK(config_error(t, "[contract]\nbase_years = \"four\"\n") ==
        "PATH:2:14: contract.base_years: een geheel getal verwacht, kreeg een tekst");
  CHECK(config_error(t, "[vote]\nthreshold = 0.67\n") ==
        "PATH:2:13: vote.threshold: een tekst \"a/b\" zoals \"2/3\" verwacht, kreeg een kommagetal");
  CHECK(config_error(t, "[contract]\ncertifications = [\"ISO27001\", 27002]\n") ==
        "PATH:2:31: contract.certifications[1]: een tekst verwacht, kreeg een geheel getal");
  CHECK(config_error(t, "vote = 1\n") == "PATH:1:8: vote: een tabel verwacht, kreeg een geheel getal");
  CHECK(config_error(t, "[vote]\ntreshold = \"1/2\"\n") ==
        "PATH:2:1: onbekende sleutel 'vote.treshold'; is 'vote.threshold' bedoeld?");
  CHECK(config_error(t, "[colour]\n") == "PATH:1:2: onbekende tabel 'colour'");
  CHECK(config_error(t, "[member]\ncontacts_preferred = 0\n") ==
        "PATH:2:22: member.contacts_preferred: 0 is kleiner dan member.contacts_min (1, uit de standaardwaarden)");
  CHECK(config_error(t, "[member]\ncontacts_min = 3\ncontacts_preferred = 2\n") ==
        "PATH:3:22: member.contacts_preferred: 2 is kleiner dan member.contacts_min (3)");
  CHECK(config_error(t, "[contract]\ncertifications = [\"iso27001\"]\n") ==
        "PATH:2:19: contract.certifications[0]: een naam in hoofdletters verwacht zoals ISO27001 (A-Z, 0-9, - en _), "
        "kreeg 'iso27001'");
  CHECK(config_error(t, "[contract]\ncertifications = [\"ISO27002\"]\n") ==
        "PATH:2:19: contract.certifications[0]: ISO27002 is de praktijkrichtlijn, geen certificaat: noem ISO27001 "
        "(of ISAE3000, ISAE3402)");
  mbov::set_language(mbov::Language::en);
}

// toml++ 3.3 reached __builtin_unreachable on such a character (tests/fuzz/fuzz_policy_values).
TEST_CASE("a character other than ASCII outside quotes and comments: refused with its line and column") {
  TempDir t;
  CHECK(config_error(t, "[vote]\nthreshold = 1 \xC3\xA4\n") == "PATH:2:15: a character other than ASCII outside quotes");
  CHECK(config_error(t, "# \xC3\xA9\xC3\xA9n\n[vote]\nx = \"\xC3\xAB\" \xC3\xA4\n") ==
        "PATH:3:9: a character other than ASCII outside quotes");  // after a comment and a string with them
  CHECK(config_error(t, "a = '''\n\xC3\xAB'''\nb = \"\"\"\\\"\xC3\xAB\"\"\" \xC4\xA4") ==
        "PATH:3:15: a character other than ASCII outside quotes");  // multi-line strings, an escaped quote
  const std::string unterminated = config_error(t, "a = \"\xC3\xAB\n\xC3\xA4");
  CHECK(unterminated.find("a character other than ASCII") == std::string::npos);  // toml++ names the string
}
