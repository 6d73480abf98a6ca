// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"
#include "incident.hpp"

namespace mbov {

std::span<const CheckDef> registered_checks() {
  static constexpr CheckDef checks[] = {
      {"incident", incident::overdue},
  };
  return checks;
}

}  // namespace mbov
