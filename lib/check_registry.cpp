// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"
#include "incident.hpp"
#include "vote.hpp"

namespace mbov {

std::span<const CheckDef> registered_checks() {
  static constexpr CheckDef checks[] = {
      {"vote", vote::vote_check},
      {"incident", incident::overdue},
  };
  return checks;
}

}  // namespace mbov
