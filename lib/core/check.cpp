#include "core/check.hpp"

#include <fmt/format.h>

#include "core/output.hpp"

#include <algorithm>
#include <cctype>

namespace mbov {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::ok: return "OK";
    case Severity::warning: return "WARNING";
    case Severity::critical: return "CRITICAL";
    case Severity::unknown: break;
  }
  return "UNKNOWN";
}

Severity deadline_status(Date deadline, Date today, long warn_days) {
  long left = today.days_until(deadline);
  if (left < 0) return Severity::critical;
  if (left <= warn_days) return Severity::warning;
  return Severity::ok;
}

std::string plugin_text(std::string_view text) {
  std::string out;
  for (char c : terminal_text(text)) {
    if (c == '|') out += "\u00a6";
    else out += c;
  }
  return out;
}

std::string due_phrase(Date due, Date today) {
  long left = today.days_until(due);
  if (left == 0) return fmt::format("due today ({})", due.str());
  if (left < 0) return fmt::format("due {}, {} day{} overdue", due.str(), -left, left == -1 ? "" : "s");
  return fmt::format("due {}, in {} day{}", due.str(), left, left == 1 ? "" : "s");
}

Severity CheckReport::status() const {
  Severity worst = Severity::ok;
  for (const Finding& f : findings) worst = std::max(worst, f.severity);
  return worst;
}

void CheckReport::add(Severity severity, std::string rule, std::string subject, std::optional<Date> due,
                      std::string message, std::optional<Timestamp> due_at) {
  if (severity == Severity::ok) return;
  findings.push_back({std::move(rule), severity, std::move(subject), due, std::move(message), due_at});
}

std::string CheckReport::status_line() const {
  long long critical = 0, warning = 0;
  for (const Finding& f : findings) (f.severity == Severity::critical ? critical : warning) += 1;
  std::string upper = area;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string summary = findings.empty()
                            ? std::string("nothing due")
                            : fmt::format("{} critical, {} warning{}", critical, warning, warning == 1 ? "" : "s");
  std::string line = fmt::format("MBOV {} {} - {} | critical={};;;0 warning={};;;0", upper,
                                 severity_name(status()), summary, critical, warning);
  for (const auto& [label, value] : perfdata) line += fmt::format(" {}={}", label, value);
  return line;
}

Object CheckReport::to_object() const {
  Array list;
  for (const Finding& f : findings) {
    Object o;
    o.add("rule", f.rule)
        .add("severity", severity_name(f.severity))
        .add("subject", f.subject)
        .add("due", f.due ? Value(f.due->str()) : Value())
        .add("message", f.message)
        .add("due_at", f.due_at ? Value(f.due_at->local()) : Value());
    list.push_back(std::move(o));
  }
  Object o;
  o.add("area", area).add("status", severity_name(status())).add("findings", std::move(list));
  return o;
}

CheckReport check_all(Session& s) {
  CheckReport all{"all", {}, {}};
  for (const CheckDef& def : registered_checks()) {
    CheckReport one = def.run(s);
    for (Finding& f : one.findings) {
      f.subject = fmt::format("{}: {}", one.area, f.subject);
      all.findings.push_back(std::move(f));
    }
  }
  return all;
}

}  // namespace mbov
