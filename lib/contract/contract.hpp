#pragma once
// Contracts (R-CON-1..7): a product procured from a supplier for a term, its reviews, extensions
// and controlled end. Dates come from contract_dates.hpp only.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "contract/terms.hpp"
#include "core/value.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;

struct NewContract {
  std::string product;   // code
  std::string supplier;  // id or name
  Date start;
  // Absent: the policy's value. Any other value than the policy's needs deviation_reason (R-CON-1).
  std::optional<int> base_years, extensions, extension_years, notice_months;
  std::optional<std::string> deviation_reason;
  std::optional<std::string> tender;
};
std::int64_t add_contract(Session& s, const NewContract& c);

// A stored contract with its dates as of s.today.
struct Contract {
  std::int64_t id = 0;
  std::string product;
  std::int64_t supplier_id = 0;
  std::string supplier;
  Term term;
  std::optional<std::string> deviation_reason, tender;
  int extensions_used = 0;
  std::optional<Date> last_review;
  std::optional<Date> terminated_on, termination_end;
  std::optional<std::string> termination_reason, exit_plan;

  // Computed (R-CON-2..4, R-CON-7).
  Date end;                          // the termination's end when terminated, else the current term's
  Date max_end;                      // every extension used; the end once terminated
  std::optional<Date> next_review;   // none once ended, or when it would fall after the end
  std::optional<Date> notice;        // active contracts only: once terminated the decision is taken
  int extensions_left = 0;          // 0 unless active
  ContractStatus status = ContractStatus::active;
};

Contract load_contract(Session& s, std::int64_t id);  // Exit::data when unknown
std::vector<Contract> load_contracts(Session& s);     // by id
// contract list: the CLI.md fields; contract show adds the terms, reviews and extensions.
Object contract_summary(const Contract& c);
Object contract_details(Session& s, const Contract& c);

struct NewReview {
  std::optional<Date> on;  // default s.today
  std::string outcome;     // compliant | deviations
  std::optional<std::string> notes;
  std::optional<std::int64_t> meeting;  // the AV meeting where it was reported (R-CON-3)
};
std::int64_t review_contract(Session& s, std::int64_t id, const NewReview& r);

// Uses one extension (R-CON-1). Allowed after the notice date, but then recorded as late (R-CON-4).
struct Extension {
  Date end;     // the new end
  Date notice;  // the notice date it was decided against
  bool late = false;
};
Extension extend_contract(Session& s, std::int64_t id, std::optional<Date> on);

struct Termination {
  std::optional<Date> on;  // the decision, default s.today
  Date end;
  std::string reason;
  std::optional<std::string> exit_plan;
};
void terminate_contract(Session& s, std::int64_t id, const Termination& t);

}  // namespace mbov

MBOV_PUBLIC_END
