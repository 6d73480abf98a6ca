#include <mbov/core/check.hpp>
#include <mbov/core/msg.hpp>
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

Message due_text(Date due, Date today) {
  long left = today.days_until(due);
  if (left == 0) return msg("due today ({})", due);
  if (left < 0) return msg_n("due {}, {} day overdue", "due {}, {} days overdue", -left, due, -left);
  return msg_n("due {}, in {} day", "due {}, in {} days", left, due, left);
}

Severity CheckReport::status() const {
  Severity worst = Severity::ok;
  for (const Finding& f : findings) worst = std::max(worst, f.severity);
  return worst;
}

void CheckReport::add(Severity severity, std::string rule, Message subject, std::optional<Date> due, Message message,
                      std::optional<Timestamp> due_at) {
  if (severity == Severity::ok) return;
  findings.push_back({std::move(rule), severity, std::move(subject), due, std::move(message), due_at, area});
}

std::string CheckReport::status_line() const {
  long long critical = 0, warning = 0;
  for (const Finding& f : findings) (f.severity == Severity::critical ? critical : warning) += 1;
  std::string upper = area;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string summary = findings.empty() ? std::string(tr("nothing due"))
                                         : render(msg_n("{} critical, {} warning", "{} critical, {} warnings", warning,
                                                        critical, warning),
                                                  language());
  std::string line = fmt::format("MBOV {} {} - {} | critical={};;;0 warning={};;;0", upper,
                                 severity_name(status()), summary, critical, warning);
  for (const auto& [label, value] : perfdata) line += fmt::format(" {}={}", label, value);
  return line;
}

Object Finding::to_object() const {
  Object o;
  o.add("rule", rule)
      .add("severity", severity_name(severity))
      .add("subject", subject)
      .add("due", date_value(due))
      .add("message", message)
      .add("due_at", due_at);
  return o;
}

Object CheckReport::to_object() const {
  Array list;
  for (const Finding& f : findings) list.push_back(f.to_object());
  Object o;
  o.add("area", area).add("status", severity_name(status())).add("findings", std::move(list));
  return o;
}

}  // namespace mbov
