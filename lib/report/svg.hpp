#pragma once
// Inline SVG charts for the html reports: no scripts, no external assets, readable without CSS.
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/core/output.hpp>
#include <mbov/report/report.hpp>

namespace mbov::report {

// Stacked bars: one bar per label (x), one stacked segment per series, with a legend.
// values[x][series]; every bar's total is written above it.
std::string stacked_bars(std::string_view title, const std::vector<std::string>& labels,
                         const std::vector<std::string>& series, const std::vector<std::vector<long>>& values);

// A time axis from `from` to `to` with one marker per date, coloured by status
// (overdue, soon, later), labelled and staggered so labels do not overlap.
struct Mark {
  Date date;
  std::string label;
  DeadlineStatus status;
};
std::string timeline(std::string_view title, Date from, Date to, const std::vector<Mark>& marks);

}  // namespace mbov::report
