#pragma once
// What spans every area, above them all (lib/app/): the checks that `mbov check` runs.
#include <span>
#include <string_view>

#include "core/check.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov::app {

// Every area's check, in the order of spec/CLI.md (checks.cpp: an area adds its line there).
struct CheckDef {
  std::string_view area;
  CheckReport (*run)(Session&);
};
std::span<const CheckDef> registered_checks();

// mbov check: every registered check's findings in one report (area "all", parts: the areas).
CheckReport check_all(Session& s);

}  // namespace mbov::app

MBOV_PUBLIC_END
