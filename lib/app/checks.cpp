// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "app/checks.hpp"

#include <fmt/format.h>

#include "budget/budget.hpp"
#include "contract/check.hpp"
#include "dpia/dpia.hpp"
#include "gov/gov.hpp"
#include "incident/incident.hpp"
#include "member/member.hpp"
#include "vote/vote.hpp"

namespace mbov::app {

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

CheckReport check_all(Session& s) {
  CheckReport all{"all", {}, {}};
  for (const CheckDef& def : registered_checks()) {
    CheckReport one = def.run(s);
    all.parts.emplace_back(def.area);
    for (Finding& f : one.findings) {
      f.subject = fmt::format("{}: {}", one.area, f.subject);
      f.shown_subject = fmt::format("{}: {}", one.area, f.shown_subject);
      all.findings.push_back(std::move(f));
    }
  }
  return all;
}

}  // namespace mbov::app
