// budget check: R-FIN-2 (an approved budget for this year, its approval on the agenda for the
// next) and R-FIN-3 (spending beyond a line, beyond the whole budget), on the check framework.
#include <fmt/format.h>

#include "budget/budget.hpp"
#include "budget/store.hpp"
#include "core/session.hpp"

namespace mbov::budget {
namespace {

Date first_day(int year) { return Date::from_ymd(year, 1, 1); }

// R-FIN-2: no approved budget by the year's first day is a violation; within the warn window
// before it, one whose approval is not yet on an AV agenda is a warning.
void approved_budget(Session& s, CheckReport& r, int year) {
  const std::optional<Plan> p = store::load_plan(s, year);
  if (p && p->motion) return;
  const Date start = first_day(year);
  const Severity severity = deadline_status(start, s.today, s.policy.finance.budget_warn_days);
  if (severity == Severity::ok || (severity == Severity::warning && store::approval_on_agenda(s, year))) return;
  r.add(severity == Severity::warning ? Severity::warning : Severity::critical, "R-FIN-2", fmt::format("budget {}", year),
        start,
        fmt::format("{} without an approved budget{}: {}", p ? "year plan" : "no year plan",
                    severity == Severity::warning ? " and no budget motion on an AV agenda" : "",
                    due_phrase(start, s.today)));
}

// R-FIN-3: beyond a line is a warning, beyond the whole budget a violation.
void within_budget(Session& s, CheckReport& r, int year) {
  const std::optional<Plan> p = store::load_plan(s, year);
  if (!p || !p->motion) return;
  const Report rep = realisation(s, year);
  for (const Line& l : rep.lines)
    if (l.money.overspent())
      r.add(Severity::warning, "R-FIN-3", fmt::format("budget line {}", l.id), std::nullopt,
            fmt::format("{}: spent {} of {}", l.description, plain_amount(l.money.spent), plain_amount(l.money.budgeted)));
  if (rep.total.overspent())
    r.add(Severity::critical, "R-FIN-3", fmt::format("budget {}", year), std::nullopt,
          fmt::format("spent {} of the whole budget of {}", plain_amount(rep.total.spent),
                      plain_amount(rep.total.budgeted)));
}

}  // namespace

CheckReport check(Session& s) {
  CheckReport r{"budget", {}, {}};
  const int year = s.today.year();
  approved_budget(s, r, year);
  if (year < Date::max_year) approved_budget(s, r, year + 1);
  within_budget(s, r, year);
  r.perfdata.emplace_back("budget_lines", static_cast<long long>(store::load_plan(s, year) ? year_lines(s, year).size() : 0));
  return r;
}

}  // namespace mbov::budget
