// The budget's rules: what counts as an investment (R-FIN-1) and the realisation (R-FIN-3).
#include <mbov/budget/budget.hpp>

namespace mbov::budget {

std::string_view kind_name(Kind kind) { return kind == Kind::investment ? "investment" : "running"; }

// R-FIN-1
Kind classify(std::optional<std::int64_t> acquisition_cents, std::optional<int> life_years,
              const Policy::Finance& policy) {
  const bool costly = acquisition_cents && *acquisition_cents >= std::int64_t{policy.investment_min_eur} * 100;
  const bool lasting = life_years && *life_years > policy.investment_min_life_years;
  return costly && lasting ? Kind::investment : Kind::running;
}

// R-FIN-4
std::int64_t pro_rata(std::int64_t yearly_cents, long days, long year_days) {
  return (yearly_cents * days * 2 + year_days) / (year_days * 2);
}

long year_days(int year) { return Date::from_ymd(year, 1, 1).days_until(Date::from_ymd(year, 12, 31)) + 1; }

std::optional<std::int64_t> Realisation::percent() const {
  if (budgeted == 0) return std::nullopt;
  return spent * 100 / budgeted;
}

}  // namespace mbov::budget
