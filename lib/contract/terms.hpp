#pragma once
// The dates of a contract (R-CON-2..4, R-CON-7): each computed in exactly one function here.
#include <optional>

#include <mbov/core/dates.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov::contract {

// A contract's agreed term, as recorded when it was added (R-CON-1).
struct Term {
  Date start;
  int base_years = 0;
  int extensions = 0;       // the most extensions the contract allows
  int extension_years = 0;
  int notice_months = 0;
};

// R-CON-2: the last day after `extensions_used` extensions, always counted from the start.
Date contract_end(const Term& term, int extensions_used);
// R-CON-2: the last day when every allowed extension is used.
Date contract_max_end(const Term& term);
// R-CON-3: the first review an interval after the start, each next one an interval after the last.
Date next_review(Date start, std::optional<Date> last_review, int interval_months);
// R-CON-4: the day by which to decide to extend or end: the current end minus the notice period.
Date notice_date(Date current_end, int notice_months);

// R-CON-7: active until terminated; ending from the termination until its end; ended after the end.
enum class ContractStatus { active, ending, ended };
ContractStatus contract_status(Date end, bool terminated, Date today);
const char* status_name(ContractStatus status);  // "active", "ending", "ended"

}  // namespace mbov::contract

MBOV_PUBLIC_END
