// The fees of each product (R-FIN-4), set per year, and the charges of a year.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/budget/budget.hpp>
#include "budget/store.hpp"
#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>

namespace mbov::budget {

void set_fee(Session& s, const FeeInput& in) {
  const std::string product = require_product(s, in.product);
  if (in.one_off && *in.one_off < 0)
    fail_data(msg("--one-off {} is negative", human_amount(*in.one_off)), "R-FIN-4");
  if (in.yearly < 0) fail_data(msg("--yearly {} is negative", human_amount(in.yearly)), "R-FIN-4");
  std::int64_t one_off = 0;
  if (in.one_off) one_off = *in.one_off;
  else
    for (const Fee& f : store::fees(s, in.from_year))
      if (f.product == product) one_off = f.one_off;
  store::upsert_fee(s, {.product = product, .from_year = in.from_year, .one_off = one_off, .yearly = in.yearly});
  audit::record(s, "fee", product, "set",
                Object().add("from_year", in.from_year).add("one_off", one_off).add("yearly", in.yearly));
}

std::vector<Fee> list_fees(Session& s, std::optional<int> year) { return store::fees(s, year); }

std::vector<Charge> charges(Session& s, int year) {
  const long days = year_days(year);
  std::vector<Charge> out;
  for (const store::UptakeYear& u : store::uptake_year(s, year))
    out.push_back({.member = u.member,
                   .product = u.product,
                   .days = u.days,
                   .one_off = u.first_in_year ? u.one_off : 0,
                   .yearly = pro_rata(u.yearly, u.days, days)});
  return out;
}

}  // namespace mbov::budget
