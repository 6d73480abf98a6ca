// What each member owes per product in a year (R-FIN-4, budget::charges): the one-off fee at its
// first uptake, the yearly fee pro rata by the days of uptake within the year; totals per member.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <map>

#include <mbov/budget/budget.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/report/report.hpp>

namespace mbov::report {

Document charges(Reader& r, int year, Format f) {
  Document d;
  d.title = render(msg("Charges {}", year), language());
  d.head.add("year", year).add("days", static_cast<std::int64_t>(budget::year_days(year)));
  Section& rows = d.table("charges", N_("Charges per member and product (R-FIN-4)"),
                          {"member", "product", "days", "one_off", "yearly", "total"});
  std::map<std::string, std::int64_t> totals;
  for (const budget::Charge& c : budget::charges(r.s, year)) {
    totals[c.member] += c.total();
    rows.rows.push_back(budget::to_object(c, f));
  }
  Section& sums = d.table("totals", N_("Totals per member"), {"member", "total"});
  std::int64_t all = 0;
  for (const auto& [member, total] : totals) {
    sums.rows.push_back(Object().add("member", member).add("total", budget::money(total, f)));
    all += total;
  }
  d.head.add("total", budget::money(all, f));
  return d;
}

}  // namespace mbov::report
