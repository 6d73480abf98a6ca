#pragma once
// Reads that several reports share.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/i18n.hpp>

#include <mbov/report/report.hpp>
#include "report/query.hpp"

namespace mbov::report {

// A person's name, or "(erased)" once erased (R-DPIA-5): a message, translated where people read it.
Value person_name(const std::optional<std::string>& name);

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
