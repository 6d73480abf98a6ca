#include <mbov/contract/terms.hpp>

namespace mbov::contract {

// R-CON-2: base + k × extension years from the start, never chained from a previous end.
Date contract_end(const Term& term, int extensions_used) {
  return term.start.term_end(term.base_years + extensions_used * term.extension_years);
}

Date contract_max_end(const Term& term) { return contract_end(term, term.extensions); }

// R-CON-3 (months clamp to the month's last day: R-CON-2).
Date next_review(Date start, std::optional<Date> last_review, int interval_months) {
  return last_review.value_or(start).add_months(interval_months);
}

// R-CON-4
Date notice_date(Date current_end, int notice_months) { return current_end.add_months(-notice_months); }

// R-CON-7: a contract whose end passed has ended, terminated or not.
ContractStatus contract_status(Date end, bool terminated, Date today) {
  if (today > end) return ContractStatus::ended;
  return terminated ? ContractStatus::ending : ContractStatus::active;
}

const char* status_name(ContractStatus status) {
  switch (status) {
    case ContractStatus::active: return "active";
    case ContractStatus::ending: return "ending";
    case ContractStatus::ended: break;
  }
  return "ended";
}

}  // namespace mbov::contract
