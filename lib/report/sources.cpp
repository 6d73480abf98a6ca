#include "report/sources.hpp"

#include <algorithm>

#include <mbov/incident/incident.hpp>

namespace mbov::report {

const char* status_word(Severity severity) {
  return severity == Severity::critical ? N_("overdue") : severity == Severity::warning ? N_("soon") : N_("later");
}

Object shown_words(Object row, std::string_view column, std::span<const char* const> words) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.keys[i] != column) continue;
    const auto* text = std::get_if<std::string>(&row.values[i].data);
    const auto word = std::find_if(words.begin(), words.end(), [&](const char* w) { return text && *text == w; });
    if (word != words.end()) row.values[i] = Value(tr(*word));
  }
  return row;
}

std::vector<Object> shown_words(const std::vector<Object>& rows, std::string_view column,
                                std::span<const char* const> words) {
  std::vector<Object> out;
  out.reserve(rows.size());
  for (const Object& row : rows) out.push_back(shown_words(row, column, words));
  return out;
}

void add_breach_rows(Section& section, Reader& r, Query& q) {
  while (q.next()) {
    Object row = q.object({.moments = {"opened", "authority_deadline", "authority_notified", "members_notified",
                                       "subjects_notified", "no_risk_at"}});
    const char* state = incident::breach_state(incident::load(r.s, q.integer(0)), r.s.now);
    const auto at = std::find(row.keys.begin(), row.keys.end(), "state") - row.keys.begin();
    row.values[at] = Value(state);
    if (r.shown) {
      Object shown = row;
      shown.values[at] = Value(tr(state));
      section.shown_rows.push_back(std::move(shown));
    }
    section.rows.push_back(std::move(row));
  }
}

long last_rows(const Document& d) { return static_cast<long>(d.sections.back().rows.size()); }

}  // namespace mbov::report
