// The year plan, its budget lines, the AV's approval and the spending against it (R-FIN-1..3).
#include <mbov/core/msg.hpp>
#include <fmt/format.h>

#include <mbov/budget/budget.hpp>
#include "budget/store.hpp"
#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>
#include <mbov/vote/vote.hpp>

namespace mbov::budget {
namespace {

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string joined(const std::vector<std::string>& goals) {
  std::string text;
  for (const std::string& g : goals) {
    if (blank(g) || g.find('\n') != std::string::npos)
      fail_data(msg("goal '{}' must be one non-empty line", g), "R-FIN-2");
    text += (text.empty() ? "" : "\n") + g;
  }
  return text;
}

// R-FIN-2: an approved budget is the AV's mandate; it no longer changes.
void require_unapproved(const Plan& p) {
  if (p.motion)
    fail_data(msg("the budget of {} is approved (motion {}) and no longer changes", p.year, *p.motion),
              "R-FIN-2", msg("record spending against its lines, or put a new plan to the AV"));
}

Line classified(Session& s, Line l) {
  l.kind = classify(l.acquisition, l.life_years, s.policy.finance);
  return l;
}

Line find_line(Session& s, std::int64_t id) {
  std::optional<Line> l = store::load_line(s, id);
  if (!l) fail_data(msg("no budget line with id {}", id), {}, msg("see 'mbov budget show YEAR'"));
  return classified(s, std::move(*l));
}

}  // namespace

void set_plan(Session& s, int year, const std::vector<std::string>& goals) {
  const std::string text = joined(goals);
  const std::optional<Plan> existing = store::load_plan(s, year);
  if (existing) require_unapproved(*existing);
  store::save_goals(s, year, text);
  audit::record(s, "plan", std::to_string(year), existing ? "edit" : "add", Object().add("goals", text));
}

Plan find_plan(Session& s, int year) {
  std::optional<Plan> p = store::load_plan(s, year);
  if (!p)
    fail_data(msg("no year plan for {}", year), "R-FIN-2",
              msg("create it: 'mbov budget plan {} --goal TEXT'", year));
  return *p;
}

std::vector<Plan> list_plans(Session& s) {
  std::vector<Plan> plans;
  for (const int year : store::plan_years(s)) plans.push_back(*store::load_plan(s, year));
  return plans;
}

std::int64_t add_line(Session& s, const LineInput& in) {
  require_unapproved(find_plan(s, in.year));
  if (blank(in.description)) fail_data(msg("--description must not be empty"));
  if (in.amount < 0) fail_data(msg("--amount {} is negative", human_amount(in.amount)));
  if (in.acquisition && *in.acquisition < 0)
    fail_data(msg("--acquisition {} is negative", human_amount(*in.acquisition)));
  if (in.life_years && *in.life_years < 0) fail_data(msg("--life {} is negative", *in.life_years));
  std::optional<std::string> product;
  if (in.product) product = require_product(s, *in.product);
  const std::int64_t id = store::insert_line(s, in, product);
  audit::record(s, "budget_line", std::to_string(id), "add",
                Object()
                    .add("year", in.year)
                    .add("description", in.description)
                    .add("amount", in.amount)
                    .add("product", product)
                    .add("acquisition", in.acquisition)
                    .add("life_years", in.life_years));
  return id;
}

std::vector<Line> year_lines(Session& s, int year) {
  find_plan(s, year);
  std::vector<Line> lines = store::lines_of_year(s, year);
  for (Line& l : lines) l = classified(s, std::move(l));
  return lines;
}

void approve(Session& s, int year, std::int64_t motion) {
  const Plan p = find_plan(s, year);
  require_unapproved(p);
  const vote::Motion m = vote::require_adopted(s, motion, vote::MotionKind::budget, "R-FIN-2");
  // R-FIN-2: a budget motion approves the year it names (once: a plan's approval never changes).
  if (m.year != year)
    fail_data(m.year ? msg("motion {} approves the budget of {}, not {}", motion, *m.year, year)
                     : msg("motion {} names no year, so it approves no budget", motion),
              "R-FIN-2", msg("cite the AV's adopted budget motion for {}", year));
  store::set_approval(s, year, motion, m.date);
  audit::record(s, "plan", std::to_string(year), "approve", Object().add("motion", motion).add("on", m.date.str()));
}

std::int64_t spend(Session& s, const SpendInput& in) {
  const Line line = find_line(s, in.line);
  const Plan p = find_plan(s, line.year);
  if (!p.motion)
    fail_data(msg("the budget of {} is not approved", line.year), "R-FIN-2",
              msg("the AV approves it first: 'mbov budget approve {} --motion ID'", line.year));
  if (in.date.year() != line.year)
    fail_data(msg("--on {} is not in {}, the year of budget line {}", human_date(in.date), line.year, line.id),
              "R-FIN-2");
  if (in.amount == 0) fail_data(msg("--amount must not be 0"));
  const std::int64_t id = store::insert_spending(s, in);
  audit::record(s, "spending", std::to_string(id), "add",
                Object()
                    .add("line", in.line)
                    .add("date", in.date.str())
                    .add("amount", in.amount)
                    .add("supplier", in.supplier)
                    .add("reference", in.reference));
  return id;
}

std::vector<Spending> year_spending(Session& s, int year) {
  find_plan(s, year);
  return store::spending_of_year(s, year);
}

Report realisation(Session& s, int year) {
  Report r;
  r.plan = find_plan(s, year);
  r.lines = year_lines(s, year);
  for (const Line& l : r.lines) {
    Realisation& kind = l.kind == Kind::investment ? r.investment : r.running;
    for (Realisation* sum : {&kind, &r.total}) {
      sum->budgeted += l.money.budgeted;
      sum->spent += l.money.spent;
    }
  }
  return r;
}

}  // namespace mbov::budget
