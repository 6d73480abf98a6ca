// mbov contract: contracts per product and supplier, their reviews, extensions and end, and the
// cron check `contract due` (R-CON-1..9).

#include <iostream>

#include <mbov/core/i18n.hpp>
#include "commands.hpp"
#include <mbov/contract/contract.hpp>
#include <mbov/contract/check.hpp>
#include "contract/parts.hpp"
#include "options.hpp"
#include <mbov/core/msg.hpp>

namespace mbov::cli {

namespace {

const std::vector<std::string> list_columns = {"id",     "product",         "supplier",        "start",
                                               "end",    "max_end",         "extensions_used", "extensions_left",
                                               "next_review", "notice_date", "status"};

void register_add(CLI::App* group, Context& ctx) {
  struct Options {
    std::string product, supplier, start;
    std::optional<int> base_years, extensions, extension_years, notice_months;
    std::optional<std::string> deviation_reason, tender;
  };
  auto o = std::make_shared<Options>();
  auto* add = group->add_subcommand("add", tr("add a contract for a product with a supplier; prints its id"));
  add->add_option("--product", o->product, tr("the product's code"))->required();
  add->add_option("--supplier", o->supplier, tr("the supplier's id or name"))->required();
  add->add_option("--start", o->start, tr("the first day of the contract, YYYY-MM-DD"))->required();
  add->add_option("--base-years", o->base_years, tr("base term in years (default policy contract.base_years)"));
  add->add_option("--extensions", o->extensions, tr("extensions allowed (default policy contract.extensions)"));
  add->add_option("--extension-years", o->extension_years,
                  tr("years per extension (default policy contract.extension_years)"));
  add->add_option("--notice-months", o->notice_months, tr("notice period (default policy contract.notice_months)"));
  add->add_option("--deviation-reason", o->deviation_reason,
                  tr("why the term deviates from the policy; required when it does (R-CON-1)"));
  add->add_option("--tender", o->tender, tr("the procurement's reference"));
  add->callback([&ctx, o] {
    const contract::NewContract n{.product = o->product,
                                  .supplier = o->supplier,
                                  .start = Date::parse(o->start, "--start"),
                                  .base_years = o->base_years,
                                  .extensions = o->extensions,
                                  .extension_years = o->extension_years,
                                  .notice_months = o->notice_months,
                                  .deviation_reason = o->deviation_reason,
                                  .tender = o->tender};
    Session s = ctx.write();
    std::int64_t id = contract::add(s, n);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void register_views(CLI::App* group, Context& ctx) {
  auto status = std::make_shared<std::optional<std::string>>();
  auto* list = group->add_subcommand("list", tr("every contract with its computed dates, as of --today"));
  check_one_of(list->add_option("--status", *status, tr("only contracts in this state")),
               {"planned", "active", "ending", "ended"});
  list->callback([&ctx, status] {
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const contract::Contract& c : contract::load_all(s))
      if (!*status || **status == contract::status_word(c)) rows.push_back(contract::to_object(c));
    ctx.print_list(list_columns, rows);
  });

  auto id = std::make_shared<std::int64_t>();
  auto* show = group->add_subcommand("show", tr("one contract: terms, computed dates, reviews, extensions"));
  add_id(show, "ID", *id, tr("the contract's id"))->required();
  show->callback([&ctx, id] {
    Session s = ctx.read();
    ctx.print_object(contract::to_object(contract::details(s, *id)));
  });
}

void register_changes(CLI::App* group, Context& ctx) {
  struct ReviewOptions {
    std::int64_t id = 0;
    std::string outcome;
    std::optional<std::string> on, notes;
    std::optional<std::int64_t> meeting;
  };
  auto r = std::make_shared<ReviewOptions>();
  auto* review = group->add_subcommand("review", tr("record the yearly review (R-CON-3); prints its id"));
  add_id(review, "ID", r->id, tr("the contract's id"))->required();
  review->add_option("--on", r->on, tr("the day of the review (default --today)"));
  review->add_option("--outcome", r->outcome, tr("compliant or deviations"))->required();
  review->add_option("--notes", r->notes, tr("findings of the review"));
  add_id(review, "--meeting", r->meeting, tr("the AV meeting where it was reported"));
  review->callback([&ctx, r] {
    const contract::Review n{.on = optional_date(r->on, "--on"),
                             .outcome = contract::parse_review_outcome(r->outcome, "--outcome"),
                             .notes = r->notes,
                             .meeting = r->meeting};
    Session s = ctx.write();
    std::int64_t id = contract::review(s, r->id, n);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  struct ExtendOptions {
    std::int64_t id = 0;
    std::optional<std::string> on;
  };
  auto e = std::make_shared<ExtendOptions>();
  auto* extend = group->add_subcommand("extend", tr("use one extension (R-CON-1); prints the new end"));
  add_id(extend, "ID", e->id, tr("the contract's id"))->required();
  extend->add_option("--on", e->on, tr("the day of the decision (default --today)"));
  extend->callback([&ctx, e] {
    std::optional<Date> on = optional_date(e->on, "--on");
    Session s = ctx.write();
    const contract::Extension x = contract::extend(s, e->id, on);
    s.commit();
    if (x.late && !ctx.options.quiet)
      std::cerr << say("mbov: note: R-CON-4: contract {} was extended late, after its notice date {}\n", e->id, human_date(x.notice));
    ctx.print_id(x.end.str());
  });

  struct TerminateOptions {
    std::int64_t id = 0;
    std::string end, reason;
    std::optional<std::string> on, exit_plan;
  };
  auto t = std::make_shared<TerminateOptions>();
  auto* terminate = group->add_subcommand("terminate", tr("record the decision to end a contract (R-CON-7)"));
  add_id(terminate, "ID", t->id, tr("the contract's id"))->required();
  terminate->add_option("--end", t->end, tr("its last day, YYYY-MM-DD (at most its current end)"))->required();
  terminate->add_option("--reason", t->reason, tr("why it ends"))->required();
  terminate->add_option("--exit-plan", t->exit_plan, tr("the exit plan's reference"));
  terminate->add_option("--on", t->on, tr("the day of the decision (default --today)"));
  terminate->callback([&ctx, t] {
    const contract::Termination term{.on = optional_date(t->on, "--on"),
                                     .end = Date::parse(t->end, "--end"),
                                     .reason = t->reason,
                                     .exit_plan = t->exit_plan};
    Session s = ctx.write();
    contract::terminate(s, t->id, term);
    s.commit();
  });
}

void register_due(CLI::App* group, Context& ctx) {
  auto within = std::make_shared<std::optional<std::string>>();
  add_check(*group, "due", tr("reviews, notice dates, ends, certificates and lapsed services (exit 0/1/2)"), ctx, "contract",
            [within](Session& s) {
              std::optional<Duration> d;
              if (*within) d = Duration::parse(**within, "--within");
              return contract::due(s, d);
            })
      ->add_option("--within", *within, tr("warn this far ahead, e.g. 60d (default policy contract.warn_days)"));
}

}  // namespace

void register_contract(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("contract", tr("contracts, products, suppliers and certificates (R-CON-1..9)"));
  group->require_subcommand(1);
  static constexpr Part parts[] = {
      {"product", register_contract_products},
      {"supplier", register_contract_suppliers},
      {"cert", register_contract_certificates},
      {"add", register_add},
      {"list show", register_views},
      {"review extend terminate", register_changes},
      {"due", register_due},
  };
  ctx.add_parts(group, parts);
}

}  // namespace mbov::cli
