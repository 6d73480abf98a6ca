#pragma once
// Reads that several reports share.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.hpp"

#include "report/report.hpp"
#include "report/query.hpp"

namespace mbov::report {

struct ContractRow {
  std::int64_t id = 0;
  std::string product, supplier;
  std::int64_t supplier_id = 0;
  ContractDates dates;
};
// Every contract with its dates (contract_dates), by id.
std::vector<ContractRow> contract_rows(Reader& r);

// "overdue", "soon" or "later": R-CON-8 in the words of the reports (English; tr() where shown).
const char* status_word(Severity severity);

// The rows as people read them: in `column`, a cell that is one of `words` (English words the
// report's SQL writes, marked N_) translated; every other cell as it is.
std::vector<Object> shown_words(const std::vector<Object>& rows, std::string_view column,
                                std::span<const char* const> words);
Object shown_words(Object row, std::string_view column, std::span<const char* const> words);

// The name the reports' SQL gives an erased person (coalesce(name, '(erased)'), R-DPIA-5).
inline constexpr const char* erased_name[] = {N_("(erased)")};

// The number of rows of the section added last: a summary counts a table as it is filled.
long last_rows(const Document& d);

}  // namespace mbov::report

namespace mbov::report {

// The state of each product today: its current contract and end, the supplier's certificate,
// the last DPIA and the next one due, open incidents and members taking it up.
void add_product_state(Document& d, Reader& r);

// [from, to) as stored UTC timestamps: local midnight of `from` to local midnight of `to`.
struct UtcRange {
  std::string from, to;
};
UtcRange utc_range(Date from, Date to);

}  // namespace mbov::report

namespace mbov::report {

// The board's account of `year` (report/av_account.cpp): the budget's realisation (R-FIN-3) and
// the contract events (R-CON-3); amounts per budget::money in format `f`.
void add_av_account(Document& d, Reader& r, int year, Format f);

// A closed motion and its tally (R-VOTE-3, 4: the vote area's rule): motion, date, title, kind,
// yes, no, abstain, base, required, consensus, adopted, closed.
Object decision_row(Reader& r, std::int64_t motion);

}  // namespace mbov::report

namespace mbov::report {

// A breach's notification state in words (R-INC-7), as an SQL expression over an incident row;
// ?3 is the session's now. The words, for shown_words: breach_states.
inline constexpr const char* breach_state_sql =
    "CASE WHEN no_risk_at IS NOT NULL THEN 'no risk recorded'"
    " WHEN authority_notified IS NULL AND authority_deadline < ?3 THEN 'NOT REPORTED, deadline passed'"
    " WHEN authority_notified IS NULL THEN 'to report'"
    " WHEN authority_notified > authority_deadline THEN 'reported late'"
    " ELSE 'reported' END";
inline constexpr const char* breach_states[] = {N_("no risk recorded"), N_("NOT REPORTED, deadline passed"),
                                                N_("to report"), N_("reported late"), N_("reported")};

}  // namespace mbov::report
