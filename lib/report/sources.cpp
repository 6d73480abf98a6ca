#include "report/sources.hpp"

#include <mbov/core/msg.hpp>

namespace mbov::report {

Value person_name(const std::optional<std::string>& name) { return name ? Value(*name) : Value(marked(N_("(erased)"))); }

long last_rows(const Document& d) { return static_cast<long>(d.sections.back().rows.size()); }

}  // namespace mbov::report
