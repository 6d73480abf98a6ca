// --format prometheus for a check: every registered rule's series, found or not (app/checks.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <tuple>
#include <vector>

#include <mbov/app/checks.hpp>

namespace mbov::app {

namespace {

// A label value of the exposition format: backslash, double quote and line feed escaped.
std::string label_value(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '"') out += {'\\', c};
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

constexpr std::string_view status_help =
    "# HELP mbov_check_status The status of an mbov check: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.\n"
    "# TYPE mbov_check_status gauge\n";

}  // namespace

std::string prometheus(const CheckReport& report) {
  const std::string& area = report.area;
  const std::vector<Finding>& findings = report.findings;
  std::string out(status_help);
  auto status_of = [&](std::string_view a) {
    Severity worst = Severity::ok;
    for (const Finding& f : findings)
      if (f.area == a) worst = std::max(worst, f.severity);
    return worst;
  };
  out += fmt::format("mbov_check_status{{area=\"{}\"}} {}\n", label_value(area), static_cast<int>(report.status()));
  if (area == "all")
    for (const std::string& part : report.parts)
      out += fmt::format("mbov_check_status{{area=\"{}\"}} {}\n", label_value(part), static_cast<int>(status_of(part)));
  out += "# HELP mbov_findings The findings of an mbov check, by rule and severity.\n"
         "# TYPE mbov_findings gauge\n";
  // One sample per (area, rule, severity): first every registered rule of the areas this report
  // covers at both severities, 0 where nothing was found; then any other rule, in the order found.
  std::vector<std::tuple<std::string_view, std::string_view, Severity, int>> counts;
  for (const CheckDef& def : registered_checks())
    if (area == "all" || area == def.area)
      for (std::string_view rule : def.rules)
        for (Severity severity : {Severity::warning, Severity::critical}) counts.emplace_back(def.area, rule, severity, 0);
  for (const Finding& f : findings) {
    auto same = [&](const auto& c) {
      return std::get<0>(c) == f.area && std::get<1>(c) == f.rule && std::get<2>(c) == f.severity;
    };
    if (auto it = std::find_if(counts.begin(), counts.end(), same); it != counts.end()) ++std::get<3>(*it);
    else counts.emplace_back(f.area, f.rule, f.severity, 1);
  }
  for (const auto& [a, rule, severity, n] : counts)
    out += fmt::format("mbov_findings{{area=\"{}\",rule=\"{}\",severity=\"{}\"}} {}\n", label_value(a), label_value(rule),
                       lower(severity_name(severity)), n);
  return out;
}

std::string prometheus_unknown(std::string_view area) {
  std::string out = fmt::format("{}mbov_check_status{{area=\"{}\"}} {}\n", status_help, label_value(area),
                                static_cast<int>(Severity::unknown));
  if (area == "all")
    for (const CheckDef& def : registered_checks())
      out += fmt::format("mbov_check_status{{area=\"{}\"}} {}\n", label_value(def.area), static_cast<int>(Severity::unknown));
  return out;
}

}  // namespace mbov::app
