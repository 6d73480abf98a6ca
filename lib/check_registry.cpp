// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"
#include "incident.hpp"
#include "vote.hpp"
#include "dpia.hpp"

namespace mbov {

std::span<const CheckDef> registered_checks() {
  static const CheckDef checks[] = {
      {"vote", vote::vote_check},
      {"incident", incident::overdue},
      {"dpia", dpia::due},
  };
  return checks;
}

}  // namespace mbov
