#include "report/sources.hpp"

#include <algorithm>

namespace mbov::report {

std::vector<ContractRow> contract_rows(Reader& r) {
  Query q(r,
          "SELECT c.id, c.product, s.name, s.id, c.start, c.base_years, c.extensions, c.extension_years,"
          " c.notice_months, c.termination_end,"
          " (SELECT count(*) FROM extension e WHERE e.contract = c.id),"
          " (SELECT max(on_date) FROM review v WHERE v.contract = c.id)"
          " FROM contract c JOIN supplier s ON s.id = c.supplier ORDER BY c.id");
  std::vector<ContractRow> rows;
  while (q.next()) {
    ContractTerms t;
    t.start = Date::parse(q.col(4).getString(), "contract.start");
    t.base_years = q.col(5).getInt();
    t.extensions = q.col(6).getInt();
    t.extension_years = q.col(7).getInt();
    t.notice_months = q.col(8).getInt();
    if (auto end = q.text(9)) t.termination_end = Date::parse(*end, "contract.termination_end");
    t.extensions_used = q.col(10).getInt();
    if (auto last = q.text(11)) t.last_review = Date::parse(*last, "review.on_date");
    rows.push_back({.id = q.integer(0),
                    .product = q.col(1).getString(),
                    .supplier = q.col(2).getString(),
                    .supplier_id = q.integer(3),
                    .dates = contract_dates(t, r.s.policy.contract.review_interval_months, r.s.today)});
  }
  return rows;
}

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

long last_rows(const Document& d) { return static_cast<long>(d.sections.back().rows.size()); }

}  // namespace mbov::report
