#include "report/sources.hpp"

#include "core/msg.hpp"

namespace mbov::report {

const char* status_word(Severity severity) {
  return severity == Severity::critical ? N_("overdue") : severity == Severity::warning ? N_("soon") : N_("later");
}

Value person_name(const std::optional<std::string>& name) { return name ? Value(*name) : Value(marked(N_("(erased)"))); }

long last_rows(const Document& d) { return static_cast<long>(d.sections.back().rows.size()); }

}  // namespace mbov::report
