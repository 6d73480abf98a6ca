// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"
#include "dpia.hpp"
#include "incident.hpp"
#include "member.hpp"
#include "vote.hpp"

namespace mbov {

std::span<const CheckDef> registered_checks() {
  static const CheckDef checks[] = {
      {"member", member::check},
      {"vote", vote::vote_check},
      {"incident", incident::overdue},
      {"dpia", dpia::due},
  };
  return checks;
}

}  // namespace mbov
