// mbov contract: contracts per product and supplier, their reviews, extensions and end, and the
// cron check `contract due` (R-CON-1..8).
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "contract/contract.hpp"
#include "contract/check.hpp"
#include "contract/parts.hpp"

namespace mbov::cli {

namespace {

const std::vector<std::string> list_columns = {"id",     "product",         "supplier",        "start",
                                               "end",    "max_end",         "extensions_used", "extensions_left",
                                               "next_review", "notice_date", "status"};

void register_add(CLI::App& contract, Context& ctx) {
  struct Options {
    std::string product, supplier, start;
    std::optional<int> base_years, extensions, extension_years, notice_months;
    std::optional<std::string> deviation_reason, tender;
  };
  auto o = std::make_shared<Options>();
  auto* add = contract.add_subcommand("add", "add a contract for a product with a supplier; prints its id");
  add->add_option("--product", o->product, "the product's code")->required();
  add->add_option("--supplier", o->supplier, "the supplier's id or name")->required();
  add->add_option("--start", o->start, "the first day of the contract, YYYY-MM-DD")->required();
  add->add_option("--base-years", o->base_years, "base term in years (default policy contract.base_years)");
  add->add_option("--extensions", o->extensions, "extensions allowed (default policy contract.extensions)");
  add->add_option("--extension-years", o->extension_years,
                  "years per extension (default policy contract.extension_years)");
  add->add_option("--notice-months", o->notice_months, "notice period (default policy contract.notice_months)");
  add->add_option("--deviation-reason", o->deviation_reason,
                  "why the term deviates from the policy; required when it does (R-CON-1)");
  add->add_option("--tender", o->tender, "the procurement's reference");
  add->callback([&ctx, o] {
    NewContract n{o->product,      o->supplier,      Date::parse(o->start, "--start"),
                  o->base_years,   o->extensions,    o->extension_years,
                  o->notice_months, o->deviation_reason, o->tender};
    Session s = ctx.write();
    std::int64_t id = add_contract(s, n);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void register_views(CLI::App& contract, Context& ctx) {
  auto status = std::make_shared<std::string>();
  auto* list = contract.add_subcommand("list", "every contract with its computed dates, as of --today");
  list->add_option("--status", *status, "only contracts in this state")
      ->check(CLI::IsMember({"active", "ending", "ended"}));
  list->callback([&ctx, status] {
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const Contract& c : load_contracts(s))
      if (status->empty() || *status == status_name(c.status)) rows.push_back(contract_summary(c));
    ctx.print_list(list_columns, rows);
  });

  auto id = std::make_shared<std::int64_t>();
  auto* show = contract.add_subcommand("show", "one contract: terms, computed dates, reviews, extensions");
  show->add_option("ID", *id, "the contract's id")->required();
  show->callback([&ctx, id] {
    Session s = ctx.read();
    ctx.print_object(contract_details(s, load_contract(s, *id)));
  });
}

void register_changes(CLI::App& contract, Context& ctx) {
  struct ReviewOptions {
    std::int64_t id = 0;
    std::string on, outcome;
    std::optional<std::string> notes;
    std::optional<std::int64_t> meeting;
  };
  auto r = std::make_shared<ReviewOptions>();
  auto* review = contract.add_subcommand("review", "record the yearly review (R-CON-3); prints its id");
  review->add_option("ID", r->id, "the contract's id")->required();
  review->add_option("--on", r->on, "the day of the review (default --today)");
  review->add_option("--outcome", r->outcome, "compliant or deviations")->required();
  review->add_option("--notes", r->notes, "findings of the review");
  review->add_option("--meeting", r->meeting, "the AV meeting where it was reported");
  review->callback([&ctx, r] {
    NewReview n{optional_date(r->on, "--on"), r->outcome, r->notes, r->meeting};
    Session s = ctx.write();
    std::int64_t id = review_contract(s, r->id, n);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  struct ExtendOptions {
    std::int64_t id = 0;
    std::string on;
  };
  auto e = std::make_shared<ExtendOptions>();
  auto* extend = contract.add_subcommand("extend", "use one extension (R-CON-1); prints the new end");
  extend->add_option("ID", e->id, "the contract's id")->required();
  extend->add_option("--on", e->on, "the day of the decision (default --today)");
  extend->callback([&ctx, e] {
    std::optional<Date> on = optional_date(e->on, "--on");
    Session s = ctx.write();
    const Extension x = extend_contract(s, e->id, on);
    s.commit();
    if (x.late && !ctx.options.quiet)
      std::cerr << fmt::format("mbov: note: R-CON-4: contract {} was extended late, after its notice date {}\n",
                               e->id, x.notice.str());
    ctx.print_id(x.end.str());
  });

  struct TerminateOptions {
    std::int64_t id = 0;
    std::string on, end, reason;
    std::optional<std::string> exit_plan;
  };
  auto t = std::make_shared<TerminateOptions>();
  auto* terminate = contract.add_subcommand("terminate", "record the decision to end a contract (R-CON-7)");
  terminate->add_option("ID", t->id, "the contract's id")->required();
  terminate->add_option("--end", t->end, "its last day, YYYY-MM-DD (at most its current end)")->required();
  terminate->add_option("--reason", t->reason, "why it ends")->required();
  terminate->add_option("--exit-plan", t->exit_plan, "the exit plan's reference");
  terminate->add_option("--on", t->on, "the day of the decision (default --today)");
  terminate->callback([&ctx, t] {
    Termination term{optional_date(t->on, "--on"), Date::parse(t->end, "--end"), t->reason, t->exit_plan};
    Session s = ctx.write();
    terminate_contract(s, t->id, term);
    s.commit();
  });
}

}  // namespace

void register_contract(CLI::App& app, Context& ctx) {
  auto* contract = app.add_subcommand("contract", "contracts, products, suppliers and certificates (R-CON-1..8)");
  contract->require_subcommand(1);
  register_contract_catalog(*contract, ctx);
  register_add(*contract, ctx);
  register_views(*contract, ctx);
  register_changes(*contract, ctx);

  auto within = std::make_shared<std::string>();
  auto* due = contract->add_subcommand("due", "reviews, notice dates, ends and certificates due (exit 0/1/2)");
  due->add_option("--within", *within, "warn this far ahead, e.g. 60d (default policy contract.warn_days)");
  due->callback([&ctx, within] {
    run_check(ctx, "contract", [within](Session& s) {
      std::optional<Duration> d;
      if (!within->empty()) d = Duration::parse(*within, "--within");
      return contract_due(s, d);
    });
  });
}

}  // namespace mbov::cli
