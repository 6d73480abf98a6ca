#include "report/sources.hpp"

#include <algorithm>

#include "core/msg.hpp"

namespace mbov::report {

const char* status_word(Severity severity) {
  return severity == Severity::critical ? N_("overdue") : severity == Severity::warning ? N_("soon") : N_("later");
}

void as_words(Object& row, std::string_view column, std::span<const char* const> words) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.keys[i] != column) continue;
    const auto* text = std::get_if<std::string>(&row.values[i].data);
    const auto word = std::find_if(words.begin(), words.end(), [&](const char* w) { return text && *text == w; });
    if (word != words.end()) row.values[i] = marked(*word);
  }
}

void as_words(std::vector<Object>& rows, std::string_view column, std::span<const char* const> words) {
  for (Object& row : rows) as_words(row, column, words);
}

Value person_name(const std::optional<std::string>& name) { return name ? Value(*name) : Value(marked(N_("(erased)"))); }

long last_rows(const Document& d) { return static_cast<long>(d.sections.back().rows.size()); }

}  // namespace mbov::report
