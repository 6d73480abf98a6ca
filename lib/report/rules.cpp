// The contract dates the reports need, from the contract area's rules (contract_dates.hpp).
#include "contract/terms.hpp"
#include "report/report.hpp"

namespace mbov::report {

ContractDates contract_dates(const ContractTerms& t, int review_interval_months, Date today) {
  using namespace contract;
  const Term term{.start = t.start,
                  .base_years = t.base_years,
                  .extensions = t.extensions,
                  .extension_years = t.extension_years,
                  .notice_months = t.notice_months};
  ContractDates d;
  d.extensions_used = t.extensions_used;
  d.extensions_left = std::max(0, t.extensions - t.extensions_used);
  d.max_end = contract_max_end(term);
  d.end = t.termination_end ? *t.termination_end : contract_end(term, t.extensions_used);
  d.next_review = next_review(t.start, t.last_review, review_interval_months);
  d.notice_date = notice_date(d.end, t.notice_months);
  d.status = status_name(contract_status(d.end, t.termination_end.has_value(), today));
  return d;
}

}  // namespace mbov::report
