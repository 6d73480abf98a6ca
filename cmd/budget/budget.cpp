// mbov budget: the year plan and its budget, the AV's approval, spending, the realisation, the
// product fees and `budget check` (R-FIN-1..4).
#include <mbov/app/checks.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/budget/budget.hpp>
#include "commands.hpp"
#include "options.hpp"

namespace mbov::cli {
namespace {

Format object_format(Context& ctx) {
  return ctx.format({Format::table, Format::text, Format::json, Format::csv, Format::tsv, Format::markdown, Format::xlsx});
}

// The YEAR argument: a calendar year mbov's dates can hold (65 otherwise).
void add_year(CLI::App* cmd, int& year) {
  check_year(cmd->add_option("YEAR", year, tr("the calendar year, e.g. 2026"))->required());
}

void register_plan(CLI::App* budget, Context& ctx) {
  struct Options {
    int year = 0;
    std::vector<std::string> goals;
  };
  auto o = std::make_shared<Options>();
  auto* plan = budget->add_subcommand("plan", tr("create a year plan, or replace the goals of one not yet approved"));
  add_year(plan, o->year);
  plan->add_option("--goal", o->goals, tr("a goal of the year, one line (repeat for more)"));
  plan->callback([&ctx, o] {
    Session s = ctx.write();
    budget::set_plan(s, o->year, o->goals);
    s.commit();
    ctx.print_id(std::to_string(o->year));
  });

  budget->add_subcommand("list", tr("every year plan: goals, approval"))->callback([&ctx] {
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const budget::Plan& p : budget::list_plans(s)) rows.push_back(budget::to_object(p));
    ctx.print_list({"year", "goals", "approved", "motion", "approved_on"}, rows);
  });
}

void register_lines(CLI::App* budget, Context& ctx) {
  auto* line = budget->add_subcommand("line", tr("the budget lines of a year plan"));
  line->require_subcommand(1);
  struct Options {
    int year = 0;
    std::string description, amount;
    std::optional<std::string> product, acquisition;
    std::optional<int> life;
  };
  auto o = std::make_shared<Options>();
  auto* add = line->add_subcommand("add", tr("add a line to a plan not yet approved; prints its id"));
  add_year(add, o->year);
  add->add_option("--description", o->description, tr("what the money is for"))->required();
  add->add_option("--amount", o->amount, tr("the budgeted amount in euros: 1234.56 or 1.234,56"))->required();
  add->add_option("--product", o->product, tr("the product it is for (default: none)"));
  add->add_option("--acquisition", o->acquisition, tr("acquisition value in euros (R-FIN-1)"));
  add->add_option("--life", o->life, tr("economic life in years (R-FIN-1)"));
  add->callback([&ctx, o] {
    budget::LineInput in{.year = o->year,
                         .description = o->description,
                         .amount = budget::parse_cents(o->amount, "--amount"),
                         .product = o->product,
                         .acquisition = std::nullopt,
                         .life_years = o->life};
    if (o->acquisition) in.acquisition = budget::parse_cents(*o->acquisition, "--acquisition");
    Session s = ctx.write();
    const std::int64_t id = budget::add_line(s, in);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto year = std::make_shared<int>();
  auto* list = line->add_subcommand("list", tr("the lines of a year, each with its kind (R-FIN-1) and spending"));
  add_year(list, *year);
  list->callback([&ctx, year] {
    const Format f = ctx.list_format();
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const budget::Line& l : budget::year_lines(s, *year)) rows.push_back(budget::to_object(l, f));
    ctx.print_list({"id", "description", "kind", "product", "budgeted", "spent", "left", "percent"}, rows);
  });
}

void register_approval_and_spending(CLI::App* budget, Context& ctx) {
  struct ApproveOptions {
    int year = 0;
    std::int64_t motion = 0;
  };
  auto a = std::make_shared<ApproveOptions>();
  auto* approve = budget->add_subcommand("approve", tr("the AV's adopted motion of kind budget approves it (R-FIN-2)"));
  add_year(approve, a->year);
  add_id(approve, "--motion", a->motion, tr("the closed, adopted AV motion of kind budget"))->required();
  approve->callback([&ctx, a] {
    Session s = ctx.write();
    budget::approve(s, a->year, a->motion);
    s.commit();
  });

  struct SpendOptions {
    std::int64_t line = 0;
    std::string amount;
    std::optional<std::string> on, supplier, reference;
  };
  auto o = std::make_shared<SpendOptions>();
  auto* spend = budget->add_subcommand("spend", tr("record spending against a line of an approved budget; prints its id"));
  add_id(spend, "LINE", o->line, tr("the budget line"))->required();
  spend->add_option("--amount", o->amount, tr("the amount in euros: 1234.56 or 1.234,56 (negative: a credit)"))->required();
  spend->add_option("--on", o->on, tr("the date, YYYY-MM-DD (default: today)"));
  spend->add_option("--supplier", o->supplier, tr("the supplier, or what it was"));
  spend->add_option("--reference", o->reference, tr("the invoice or other reference"));
  spend->callback([&ctx, o] {
    const std::int64_t amount = budget::parse_cents(o->amount, "--amount");
    Session s = ctx.write();
    const std::int64_t id = budget::spend(s, {.line = o->line,
                                              .date = optional_date(o->on, "--on").value_or(s.today),
                                              .amount = amount,
                                              .supplier = o->supplier,
                                              .reference = o->reference});
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto year = std::make_shared<int>();
  auto* spending = budget->add_subcommand("spending", tr("the spending of a year, by date"));
  add_year(spending, *year);
  spending->callback([&ctx, year] {
    const Format f = ctx.list_format();
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const budget::Spending& sp : budget::year_spending(s, *year)) rows.push_back(budget::to_object(sp, f));
    ctx.print_list({"id", "line", "date", "amount", "supplier", "reference"}, rows);
  });
}

void register_show(CLI::App* budget, Context& ctx) {
  auto year = std::make_shared<int>();
  auto* show = budget->add_subcommand("show", tr("the realisation of a year: per line and per kind, budgeted, spent, left (R-FIN-3)"));
  add_year(show, *year);
  show->callback([&ctx, year] {
    const Format f = object_format(ctx);
    Session s = ctx.read();
    app::as_of(s);  // spent by --today
    ctx.print_object(budget::to_object(budget::realisation(s, *year), f));
  });
}

void register_fees(CLI::App* budget, Context& ctx) {
  auto* fee = budget->add_subcommand("fee", tr("each product's one-off and yearly fee (R-FIN-4)"));
  fee->require_subcommand(1);
  struct Options {
    std::string product, yearly;
    std::optional<std::string> one_off;
    std::optional<int> from_year, year;
  };
  auto o = std::make_shared<Options>();
  auto* set = fee->add_subcommand("set", tr("set a product's fees from a year on"));
  set->add_option("PRODUCT", o->product, tr("the product's code"))->required();
  set->add_option("--one-off", o->one_off,
                  tr("charged at a member's first uptake, in euros (default: the one-off in force before, or 0)"));
  set->add_option("--yearly", o->yearly, tr("per member per year, pro rata by days of uptake, in euros"))->required();
  set->add_option("--from-year", o->from_year, tr("the first year these fees hold, until a later year's replace them"))
      ->required();
  set->callback([&ctx, o] {
    std::optional<std::int64_t> one_off;
    if (o->one_off) one_off = budget::parse_cents(*o->one_off, "--one-off");
    const budget::FeeInput fee{.product = o->product,
                               .from_year = *optional_year(o->from_year, "--from-year"),
                               .one_off = one_off,
                               .yearly = budget::parse_cents(o->yearly, "--yearly")};
    Session s = ctx.write();
    budget::set_fee(s, fee);
    s.commit();
  });
  auto* list = fee->add_subcommand("list", tr("every fee set, by product and year; with --year those in force then"));
  list->add_option("--year", o->year, tr("only the fees in force in this year"));
  list->callback([&ctx, o] {
    const Format f = ctx.list_format();
    const std::optional<int> year = optional_year(o->year, "--year");
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const budget::Fee& x : budget::list_fees(s, year)) rows.push_back(budget::to_object(x, f));
    ctx.print_list({"product", "from_year", "one_off", "yearly"}, rows);
  });
}

void register_budget_check(CLI::App* budget, Context& ctx) {
  add_check(*budget, "check", tr("R-FIN-2 (approved budget), R-FIN-3 (overspending); exit 0/1/2/3"), ctx, "budget",
            budget::check);
}

}  // namespace

void register_budget(CLI::App& app, Context& ctx) {
  auto* budget = app.add_subcommand("budget", tr("the year plan and budget, AV approval, spending, fees (R-FIN-1..4)"));
  budget->require_subcommand(1);
  static constexpr Part parts[] = {
      {"plan list", register_plan},   {"line", register_lines}, {"approve spend spending", register_approval_and_spending},
      {"show", register_show},        {"fee", register_fees},   {"check", register_budget_check},
  };
  ctx.add_parts(budget, parts);
}

}  // namespace mbov::cli
