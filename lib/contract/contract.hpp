#pragma once
// Contracts (R-CON-1..7): a product procured from a supplier for a term, its reviews, extensions
// and controlled end. Dates come from contract/terms.hpp only.
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/terms.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::contract {

struct NewContract {
  std::string product;   // code
  std::string supplier;  // id or name
  Date start;
  // Absent: the policy's value. Any other value than the policy's needs deviation_reason (R-CON-1).
  std::optional<int> base_years, extensions, extension_years, notice_months;
  std::optional<std::string> deviation_reason;
  std::optional<std::string> tender;
};
std::int64_t add(Session& s, const NewContract& c);

// A stored contract with its dates as of s.today.
struct Contract {
  std::int64_t id = 0;
  std::string product;
  std::int64_t supplier_id = 0;
  std::string supplier;  // the supplier's name
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
  bool planned = false;              // not started yet on the day it was loaded for
};

Contract load(Session& s, std::int64_t id);  // Exit::data when unknown
std::vector<Contract> load_all(Session& s);  // by id
// R-CON-9: in force on `day`: started and not past its (current or terminated) end.
bool in_force(const Contract& c, Date day);
// R-CON-7: a product's current contract among `contracts`: of those not ended, the one that ends
// last (the first of them on a tie); nullptr when every one has ended.
const Contract* current(const std::vector<Contract>& contracts, std::string_view product);
// R-CON-5 for what members rely on (the security statement): every certificate of the supplier
// of each contract not ended of `products`; by contract, then from the one that runs longest
// (by id on a tie). `valid`: it counts on s.today (certifies).
struct ReliedCertificate {
  std::string product;
  std::int64_t contract = 0;
  std::string supplier;  // the supplier's name
  Certificate cert;
  bool valid = false;
};
std::vector<ReliedCertificate> certificates_relied_on(Session& s, const std::set<std::string>& products);
// R-CON-5: one of the certificates a product relies on counts on s.today (certificates_relied_on).
bool product_certified(Session& s, std::string_view product);
// contract list's status: "planned" before the start, else status_name.
const char* status_word(const Contract& c);
// Every word status_word gives: planned, active, ending, ended (what --status takes).
std::span<const char* const> status_words();
// contract list: the CLI.md fields.
Object to_object(const Contract& c);

// What a yearly review found (R-CON-3); stored and printed as its word: compliant, deviations.
enum class ReviewOutcome { compliant, deviations };
// The word of an outcome, as stored and as English prints it.
std::string_view review_outcome_name(ReviewOutcome outcome);
// An outcome from its word (--outcome, a database row); nullopt for any other text.
std::optional<ReviewOutcome> review_outcome_from(std::string_view word);
// review_outcome_from, or Exit::data "invalid WHAT 'TEXT'" with the outcomes there are as its hint.
ReviewOutcome parse_review_outcome(std::string_view text, std::string_view what);
// Every outcome's word, in ReviewOutcome's order (what completes --outcome).
std::span<const std::string_view> review_outcome_words();

struct Review {
  std::int64_t id = 0;
  std::optional<Date> on;  // default s.today when recorded
  ReviewOutcome outcome = ReviewOutcome::compliant;
  std::optional<std::string> notes;
  std::optional<std::int64_t> meeting;  // the AV meeting where it was reported (R-CON-3)
};
std::int64_t review(Session& s, std::int64_t id, const Review& r);

// One extension as recorded, with the end it gave.
struct ExtensionRecord {
  Date on;
  bool late = false;
  Date end;
};

// contract show: the contract with its terms, reviews and extensions.
struct Details {
  Contract contract;
  std::vector<Review> reviews;
  std::vector<ExtensionRecord> extensions;
};
Details details(Session& s, std::int64_t id);
Object to_object(const Details& d);

// Uses one extension (R-CON-1). Allowed after the notice date, but then recorded as late (R-CON-4).
struct Extension {
  Date end;     // the new end
  Date notice;  // the notice date it was decided against
  bool late = false;
};
Extension extend(Session& s, std::int64_t id, std::optional<Date> on);

struct Termination {
  std::optional<Date> on;  // the decision, default s.today
  Date end;
  std::string reason;
  std::optional<std::string> exit_plan;
};
void terminate(Session& s, std::int64_t id, const Termination& t);

// One event of a contract (events.cpp): what happened on a day, and the end it gave.
struct Event {
  Date on;
  std::int64_t contract = 0;
  std::string product, supplier;
  const char* event = "new";  // new, reviewed, extended, terminated, lapsed (marked N_)
  std::optional<Date> end;  // new: the base term's end; extended: the new end; terminated: the
                            // termination's end; lapsed: the last day
};
// R-CON-3 (the board accounts to the AV): the events of a year up to today, by day: contracts
// started, reviewed, extended, terminated (the decision), lapsed (the last day, passed, of a
// contract that ran out without a termination).
std::vector<Event> events(Session& s, int year);

}  // namespace mbov::contract

MBOV_PUBLIC_END
