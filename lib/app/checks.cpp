// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include <mbov/app/checks.hpp>
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <mbov/budget/budget.hpp>
#include <mbov/core/output.hpp>
#include <mbov/contract/check.hpp>
#include <mbov/dpia/dpia.hpp>
#include <mbov/gov/gov.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/member/member.hpp>
#include <mbov/vote/vote.hpp>

namespace mbov::app {
namespace {

// The rules each area's check reports (tests/e2e/check_prometheus.sh compares them with the
// rule ids in lib/<area>/check.cpp).
constexpr std::string_view member_rules[] = {"R-MEM-3", "R-MEM-4", "R-MEM-5", "R-VOTE-8"};
constexpr std::string_view vote_rules[] = {"R-VOTE-1"};
constexpr std::string_view contract_rules[] = {"R-CON-2", "R-CON-3", "R-CON-4", "R-CON-5", "R-CON-7", "R-CON-9"};
constexpr std::string_view incident_rules[] = {"R-INC-3", "R-INC-7"};
constexpr std::string_view dpia_rules[] = {"R-DPIA-1", "R-DPIA-2", "R-DPIA-3", "R-DPIA-4", "R-DPIA-5", "R-DPIA-6"};
constexpr std::string_view budget_rules[] = {"R-FIN-2", "R-FIN-3"};
constexpr std::string_view gov_rules[] = {"R-GOV-2", "R-GOV-4", "R-GOV-5", "R-GOV-6"};

}  // namespace

std::span<const CheckDef> registered_checks() {
  static const CheckDef checks[] = {
      {"member", member::check, member_rules},
      {"vote", vote::check, vote_rules},
      {"contract", contract::check, contract_rules},
      {"incident", incident::check, incident_rules},
      {"dpia", dpia::check, dpia_rules},
      {"budget", budget::check, budget_rules},
      {"gov", gov::check, gov_rules},
  };
  return checks;
}

CheckReport check_all(Session& s) {
  CheckReport all{"all", {}, {}};
  for (const CheckDef& def : registered_checks()) {
    CheckReport one = def.run(s);
    all.parts.emplace_back(def.area);
    for (Finding& f : one.findings) {
      f.subject = joined("{}: {}", WordOf{"area", one.area}, f.subject);
      all.findings.push_back(std::move(f));
    }
  }
  return all;
}

}  // namespace mbov::app
