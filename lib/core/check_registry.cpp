// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "core/check.hpp"
#include "budget/budget.hpp"
#include "contract/check.hpp"
#include "dpia/dpia.hpp"
#include "gov/gov.hpp"
#include "incident/incident.hpp"
#include "member/member.hpp"
#include "vote/vote.hpp"

namespace mbov {

std::span<const CheckDef> registered_checks() {
  static const CheckDef checks[] = {
      {"member", member::check},
      {"vote", vote::check},
      {"contract", contract::check},
      {"incident", incident::check},
      {"dpia", dpia::check},
      {"budget", budget::check},
      {"gov", gov::check},
  };
  return checks;
}

}  // namespace mbov
