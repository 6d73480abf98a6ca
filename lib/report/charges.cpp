// What each member owes per product in a year (R-FIN-4): the one-off fee at its first uptake,
// the yearly fee pro rata by the days of uptake within the year; totals per member.
#include <fmt/format.h>

#include <map>

#include "budget/budget.hpp"
#include "core/i18n.hpp"
#include "report/query.hpp"
#include "report/report.hpp"

namespace mbov::report {

Document charges(Reader& r, int year, Format f) {
  const Date first = Date::from_ymd(year, 1, 1), last = Date::from_ymd(year, 12, 31);
  const long year_days = first.days_until(last) + 1;
  // Per member and product: the uptake days within the year (an uptake holds through its until
  // day) and whether its first uptake ever falls in the year.
  Query q(r,
          "SELECT u.member, u.product, f.one_off, f.yearly,"
          " sum(max(0, julianday(min(coalesce(u.until, ?2), ?2)) - julianday(max(u.from_date, ?1)) + 1)) AS days,"
          " (SELECT min(from_date) FROM uptake x WHERE x.member = u.member AND x.product = u.product) AS first"
          " FROM uptake u JOIN fee f ON f.product = u.product"
          " WHERE u.from_date <= ?2 AND (u.until IS NULL OR u.until >= ?1)"
          " GROUP BY u.member, u.product ORDER BY u.member, u.product",
          {p(first.str()), p(last.str())});
  Document d;
  d.title = fmt::format(fmt::runtime(tr("Charges {}")), year);
  d.head.add("year", year).add("days", year_days);
  Section& rows = d.table("charges", N_("Charges per member and product (R-FIN-4)"),
                          {"member", "product", "days", "one_off", "yearly", "total"});
  std::map<std::string, std::int64_t> totals;
  while (q.next()) {
    const std::string member = q.col(0).getString();
    const std::int64_t one_off = q.col(5).getString() >= first.str() ? q.integer(2) : 0;
    const long days = static_cast<long>(q.col(4).getDouble() + 0.5);
    const std::int64_t yearly = budget::pro_rata(q.integer(3), days, year_days);
    totals[member] += one_off + yearly;
    rows.rows.push_back(Object()
                            .add("member", member)
                            .add("product", q.col(1).getString())
                            .add("days", static_cast<std::int64_t>(days))
                            .add("one_off", budget::money(one_off, f))
                            .add("yearly", budget::money(yearly, f))
                            .add("total", budget::money(one_off + yearly, f)));
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
