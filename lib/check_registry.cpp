// The checks that 'mbov check' runs, in the order of spec/CLI.md. An area adds its line here.
#include "check.hpp"
#include "vote.hpp"

namespace mbov {

namespace {
constexpr CheckDef all[] = {
    {"vote", vote::vote_check},
};
}  // namespace

std::span<const CheckDef> registered_checks() { return all; }

}  // namespace mbov
