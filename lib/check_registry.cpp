// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"
#include "contract_check.hpp"

namespace mbov {

std::span<const CheckDef> registered_checks() {
  static const CheckDef checks[] = {
      {"contract", contract_check},
  };
  return checks;
}

}  // namespace mbov
