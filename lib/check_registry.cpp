// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"

namespace mbov {

std::span<const CheckDef> registered_checks() { return {}; }

}  // namespace mbov
