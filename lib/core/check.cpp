#include <mbov/core/check.hpp>
#include "core/check_text.hpp"
#include <mbov/core/i18n.hpp>

#include <fmt/format.h>

#include <mbov/core/output.hpp>

#include <algorithm>

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

Text due_text(Date due, Date today) {
  long left = today.days_until(due);
  if (left == 0) return check_text("due today ({})", due);
  if (left < 0) return check_text_n("due {}, {} day overdue", "due {}, {} days overdue", -left, due, -left);
  return check_text_n("due {}, in {} day", "due {}, in {} days", left, due, left);
}

Severity CheckReport::status() const {
  Severity worst = Severity::ok;
  for (const Finding& f : findings) worst = std::max(worst, f.severity);
  return worst;
}

void CheckReport::add(Severity severity, std::string rule, Text subject, std::optional<Date> due, Text message,
                      std::optional<Timestamp> due_at) {
  if (severity == Severity::ok) return;
  findings.push_back({std::move(rule), severity, std::move(subject.en), due, std::move(message.en), due_at, area,
                      std::move(subject.shown), std::move(message.shown)});
}

std::string CheckReport::status_line() const {
  long long critical = 0, warning = 0;
  for (const Finding& f : findings) (f.severity == Severity::critical ? critical : warning) += 1;
  std::string upper = area;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string summary =
      findings.empty() ? std::string(tr("nothing due"))
                       : fmt::format(fmt::runtime(tr_n("{} critical, {} warning", "{} critical, {} warnings", warning)),
                                     critical, warning);
  std::string line = fmt::format("MBOV {} {} - {} | critical={};;;0 warning={};;;0", upper,
                                 severity_name(status()), summary, critical, warning);
  for (const auto& [label, value] : perfdata) line += fmt::format(" {}={}", label, value);
  return line;
}

namespace {

Object finding_object(const Finding& f, bool shown) {
  Object o;
  o.add("rule", f.rule)
      .add("severity", severity_name(f.severity))
      .add("subject", shown ? f.shown_subject : f.subject)
      .add("due", date_value(f.due))
      .add("message", shown ? f.shown_message : f.message)
      .add("due_at", f.due_at);
  return o;
}

Object report_object(const CheckReport& r, bool shown) {
  Array list;
  for (const Finding& f : r.findings) list.push_back(finding_object(f, shown));
  Object o;
  o.add("area", r.area).add("status", severity_name(r.status())).add("findings", std::move(list));
  return o;
}

}  // namespace

Object Finding::to_object() const { return finding_object(*this, false); }
Object Finding::shown_object() const { return finding_object(*this, true); }
Object CheckReport::to_object() const { return report_object(*this, false); }
Object CheckReport::shown_object() const { return report_object(*this, true); }

}  // namespace mbov
