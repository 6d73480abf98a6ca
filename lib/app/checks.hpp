#pragma once
// What spans every area, above them all (lib/app/): the checks that `mbov check` runs.
#include <span>
#include <string_view>

#include <mbov/core/check.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov::app {

// Every area's check, in the order of spec/CLI.md (checks.cpp: an area adds its line there).
struct CheckDef {
  std::string_view area;
  CheckReport (*run)(Session&);
  // The rules the check can report: --format prometheus writes each one's series, 0 when the
  // rule found nothing, so a finding that goes away reads 0 instead of vanishing.
  std::span<const std::string_view> rules;
};
std::span<const CheckDef> registered_checks();

// R-GEN-1: from here on, the session reads every area's records as they stood on its today (and
// at its now): what is dated later does not count. For the read session of a check or a report.
void as_of(Session& s);

// mbov check: every registered check's findings in one report (area "all", parts: the areas).
CheckReport check_all(Session& s);

// The node_exporter textfile format (--format prometheus): mbov_check_status{area} (0 OK ..
// 3 UNKNOWN) for the report's area, and for `mbov check` (area "all") every registered area as
// well; mbov_findings{area,rule,severity} counting the findings of each rule, with every
// registered rule of the areas covered at both severities (0 where nothing was found).
std::string prometheus(const CheckReport& report);

// What a check that could not run exports: mbov_check_status{area} 3 (for "all", every area's
// too); no mbov_findings, since nothing was counted.
std::string prometheus_unknown(std::string_view area);

}  // namespace mbov::app

MBOV_PUBLIC_END
