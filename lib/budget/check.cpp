// budget check: R-FIN-2 (an approved budget for this year, its approval on the agenda for the
// next) and R-FIN-3 (spending beyond a line, beyond the whole budget), on the check framework.
#include <mbov/budget/budget.hpp>
#include "budget/store.hpp"
#include <mbov/core/msg.hpp>
#include <mbov/core/records.hpp>
#include <mbov/core/session.hpp>

namespace mbov::budget {
namespace {

// R-FIN-2: the deadline of a year's budget is the day before the year.
Date budget_deadline(int year) { return Date::from_ymd(year, 1, 1).plus_days(-1); }

// The R-FIN-2 finding, with the deadline phrase.
Message missing_budget(bool has_plan, bool not_on_agenda, const Message& due) {
  if (has_plan)
    return not_on_agenda ? msg("year plan without an approved budget and no budget motion on an AV agenda: {}", due)
                         : msg("year plan without an approved budget: {}", due);
  return not_on_agenda ? msg("no year plan without an approved budget and no budget motion on an AV agenda: {}", due)
                       : msg("no year plan without an approved budget: {}", due);
}

// R-FIN-2: from the year's first day without an approved budget it is a violation; within the warn
// window before, a year whose budget motion is not yet on an AV agenda is a warning.
void approved_budget(Session& s, CheckReport& r, int year) {
  const std::optional<Plan> p = store::load_plan(s, year);
  if (p && p->motion) return;
  const Date start = budget_deadline(year);
  if (!judged(s, start)) return;  // decided before the records began (core/records.hpp)
  const Severity severity = deadline_status(start, s.today, s.policy.finance.budget_warn_days);
  if (severity == Severity::ok || (severity == Severity::warning && store::approval_on_agenda(s, year))) return;
  r.add(severity == Severity::warning ? Severity::warning : Severity::critical, "R-FIN-2",
        msg("budget {}", year), start,
        missing_budget(p.has_value(), severity == Severity::warning, due_text(start, s.today)));
}

// R-FIN-3: beyond a line is a warning, beyond the whole budget a violation.
void within_budget(Session& s, CheckReport& r, int year) {
  const std::optional<Plan> p = store::load_plan(s, year);
  if (!p || !p->motion) return;
  const Report rep = realisation(s, year);
  for (const Line& l : rep.lines)
    if (l.money.overspent())
      r.add(Severity::warning, "R-FIN-3", msg("budget line {}", l.id), std::nullopt,
            msg("{}: spent {} of {}", l.description, Money{l.money.spent}, Money{l.money.budgeted}));
  if (rep.total.overspent())
    r.add(Severity::critical, "R-FIN-3", msg("budget {}", year), std::nullopt,
          msg("spent {} of the whole budget of {}", Money{rep.total.spent}, Money{rep.total.budgeted}));
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
