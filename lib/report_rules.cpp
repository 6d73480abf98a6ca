// Rules other areas own, in the one form the reports need (see report.hpp).
#include "report.hpp"

namespace mbov::report {

// R-CON-2..4: terms counted from the start, never chained; months clamp to the month's end.
ContractDates contract_dates(const ContractTerms& t, int review_interval_months, Date today) {
  ContractDates d;
  d.extensions_used = t.extensions_used;
  d.extensions_left = std::max(0, t.extensions - t.extensions_used);
  d.max_end = t.start.term_end(t.base_years + t.extensions * t.extension_years);
  d.end = t.termination_end ? *t.termination_end
                            : t.start.term_end(t.base_years + t.extensions_used * t.extension_years);
  d.next_review = t.last_review.value_or(t.start).add_months(review_interval_months);
  d.notice_date = d.end.add_months(-t.notice_months);
  d.status = d.end < today ? "ended" : t.termination_end ? "ending" : "active";
  return d;
}

}  // namespace mbov::report
