#pragma once
// The check framework: every area's check yields findings; the worst finding is the status, and
// the status is the exit status (Monitoring Plugins convention, spec/CLI.md).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/core/message.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;

enum class Severity { ok = 0, warning = 1, critical = 2, unknown = 3 };
std::string_view severity_name(Severity);  // "OK", "WARNING", "CRITICAL", "UNKNOWN"

// R-CON-8: a deadline seen on `today`: past it is a violation, within warn_days of it a warning.
Severity deadline_status(Date deadline, Date today, long warn_days);

struct Finding {
  std::string rule;      // the DOMAIN.md rule id
  Severity severity;
  Message subject;       // what it is about: "contract 4", "member 25LZ"
  std::optional<Date> due;
  Message message;       // "review due 2022-01-01, 1 day overdue"
  std::optional<Timestamp> due_at;  // the moment, where the deadline is one (an incident's)
  std::string area = {};  // the area whose check found it ("contract"); set by CheckReport::add

  // {rule, severity, subject, due, message, due_at}: subject and message English in the data
  // formats, in --lang where people read them.
  Object to_object() const;
};

struct CheckReport {
  std::string area;  // "member", "contract", ...; "all" for mbov check
  std::vector<Finding> findings;
  std::vector<std::pair<std::string, long long>> perfdata;  // extra counters, e.g. {"members", 61}
  std::vector<std::string> parts = {};  // for `mbov check`: the areas whose checks ran, in order

  Severity status() const;  // the worst finding, OK when none
  // Adds a finding when severity is not OK.
  void add(Severity severity, std::string rule, Message subject, std::optional<Date> due, Message message,
           std::optional<Timestamp> due_at = std::nullopt);
  // "MBOV CONTRACT WARNING - 1 critical, 2 warnings | critical=1;;;0 warnings=2;;;0 contracts=3"
  std::string status_line() const;
  Object to_object() const;  // {area, status, findings: [{rule, severity, subject, due, message, due_at}]}
};

// Free text (a subject, a message, an error) made safe for a check's output lines: control
// characters escaped as in a table (terminal_text, so no line break starts a false line) and
// '|' written as '¦' (Monitoring Plugins read the text after '|' as performance data).
std::string plugin_text(std::string_view text);

// "due 2026-03-01, 5 days overdue" / "due 2026-03-01, in 5 days" / "due today (2026-03-01)"
Message due_text(Date due, Date today);

}  // namespace mbov

MBOV_PUBLIC_END
