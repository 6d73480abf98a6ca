// The board's account of the year to the AV (R-FIN-3, R-CON-3, catalogue §6): the budget's
// realisation per line and kind, and the contract events of the year. The areas compute; this
// only lays out (budget::realisation, contract::events).
#include <algorithm>
#include <optional>

#include <mbov/budget/budget.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/report/report.hpp>
#include "report/sources.hpp"

namespace mbov::report {
namespace {

Object realisation_row(Object row, const budget::Realisation& money, Format f) {
  return row.add("budgeted", budget::money(money.budgeted, f))
      .add("spent", budget::money(money.spent, f))
      .add("left", budget::money(money.left(), f))
      .add("percent", money.percent());
}

}  // namespace

void add_av_account(Document& d, Reader& r, int year, Format f) {
  // Each section is filled before the next is added: adding one moves the others.
  const std::vector<budget::Plan> plans = budget::list_plans(r.s);
  std::optional<budget::Report> rep;
  if (std::any_of(plans.begin(), plans.end(), [year](const budget::Plan& p) { return p.year == year; }))
    rep = budget::realisation(r.s, year);
  Object approved;
  approved.add("approved", rep && rep->plan.motion.has_value());
  d.facts("budget", N_("Budget realisation (R-FIN-3)")).facts =
      rep ? realisation_row(std::move(approved), rep->total, f) : std::move(approved);
  Section& kinds = d.table("budget_kinds", N_("Budget per kind"), {"kind", "budgeted", "spent", "left", "percent"});
  if (rep)
    for (const auto& [kind, money] : {std::pair{budget::Kind::investment, rep->investment},
                                      std::pair{budget::Kind::running, rep->running}})
      kinds.rows.push_back(realisation_row(Object().add("kind", std::string(budget::kind_name(kind))), money, f));
  Section& lines = d.table("budget_lines", N_("Budget per line"),
                           {"line", "description", "kind", "product", "budgeted", "spent", "left", "percent"});
  if (rep)
    for (const budget::Line& l : rep->lines)
      lines.rows.push_back(realisation_row(Object()
                                               .add("line", l.id)
                                               .add("description", l.description)
                                               .add("kind", std::string(budget::kind_name(l.kind)))
                                               .add("product", l.product),
                                           l.money, f));
  Section& events = d.table("contract_events", N_("Contract events (R-CON-3)"),
                            {"date", "contract", "product", "supplier", "event", "end"});
  for (const contract::Event& e : contract::events(r.s, year))
    events.rows.push_back(Object()
                              .add("date", e.on)
                              .add("contract", e.contract)
                              .add("product", e.product)
                              .add("supplier", e.supplier)
                              .add("event", marked(e.event))
                              .add("end", date_value(e.end)));
}

}  // namespace mbov::report
