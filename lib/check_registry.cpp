// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"
#include "member.hpp"

namespace mbov {

namespace {
constexpr CheckDef checks[] = {
    {"member", member::check},
};
}  // namespace

std::span<const CheckDef> registered_checks() { return checks; }

}  // namespace mbov
