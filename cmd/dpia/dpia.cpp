// mbov dpia: DPIAs per product, and (register.cpp) the processing register and the
// officer; `dpia due` and `dpia purge` (R-DPIA-1..5).

#include <algorithm>

#include "commands.hpp"
#include <mbov/dpia/dpia.hpp>
#include "dpia/parts.hpp"
#include "options.hpp"
#include <mbov/core/i18n.hpp>
#include <mbov/dpia/person.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {
namespace {

const std::vector<std::string> dpia_columns{"id", "product", "kind", "change", "started", "completed", "outcome", "report"};

void add_command(CLI::App* dpia, Context& ctx) {
  struct Options {
    std::string product, kind;
    std::optional<std::string> started, report;
    std::optional<std::int64_t> change;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = dpia->add_subcommand("add", tr("start a DPIA of a product; prints its id"));
  cmd->add_option("--product", o->product, tr("the product (CAMBO, VVA, ...)"))->required();
  cmd->add_option("--kind", o->kind, tr("initial, change, periodic or audit"))->required();
  add_id(cmd, "--change", o->change, tr("change DPIAs: the fundamental change incident (R-DPIA-1)"));
  cmd->add_option("--started", o->started, tr("the day it started (default today)"));
  cmd->add_option("--report", o->report, tr("a reference to the report document"));
  cmd->callback([&ctx, o] {
    const dpia::NewDpia d{.product = o->product,
                          .kind = dpia::parse_kind(o->kind, "--kind"),
                          .change = o->change,
                          .started = optional_date(o->started, "--started").value_or(ctx.today()),
                          .report = o->report};
    Session s = ctx.write();
    std::int64_t id = dpia::add(s, d);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void complete_command(CLI::App* dpia, Context& ctx) {
  struct Options {
    std::int64_t id = 0;
    std::string outcome;
    std::optional<std::string> on, measures, report;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = dpia->add_subcommand("complete", tr("record a DPIA's completion and outcome"));
  add_id(cmd, "ID", o->id, tr("the DPIA"))->required();
  cmd->add_option("--on", o->on, tr("the day it was completed (default today)"));
  cmd->add_option("--outcome", o->outcome, tr("acceptable, mitigations or high-risk (prior consultation, GDPR art. 36)"))
      ->required();
  cmd->add_option("--measures", o->measures, tr("outcome mitigations: the measures taken"));
  cmd->add_option("--report", o->report, tr("a reference to the report document"));
  cmd->callback([&ctx, o] {
    const dpia::Completion c{.on = optional_date(o->on, "--on").value_or(ctx.today()),
                             .outcome = dpia::parse_outcome(o->outcome, "--outcome"),
                             .measures = o->measures,
                             .report = o->report};
    Session s = ctx.write();
    dpia::complete(s, o->id, c);
    s.commit();
  });
}

void list_show_commands(CLI::App* dpia, Context& ctx) {
  struct Options {
    std::optional<std::string> product;
    bool open = false;
    std::int64_t id = 0;
  };
  auto o = std::make_shared<Options>();
  auto* list = dpia->add_subcommand("list", tr("DPIAs, oldest first"));
  list->add_option("--product", o->product, tr("only this product's"));
  list->add_flag("--open", o->open, tr("only DPIAs not yet completed"));
  list->callback([&ctx, o] {
    const dpia::ListFilter f{.product = o->product, .open = o->open};
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const dpia::Dpia& d : dpia::list(s, f)) rows.push_back(dpia::to_object(d));
    ctx.print_list(dpia_columns, rows);
  });
  auto* show = dpia->add_subcommand("show", tr("one DPIA"));
  add_id(show, "ID", o->id, tr("the DPIA"))->required();
  show->callback([&ctx, o] {
    Session s = ctx.read();
    ctx.print_object(dpia::to_object(dpia::show(s, o->id)));
  });
}

void due_purge_commands(CLI::App* dpia, Context& ctx) {
  add_check(*dpia, "due", tr("DPIAs due, the register, the officer, retention, hand-overs (R-DPIA-1..6); exit 0/1/2/3"), ctx,
            "dpia", dpia::check);

  auto dry_run = std::make_shared<bool>(false);
  auto* purge = dpia->add_subcommand("purge", tr("erase contact persons' data past retention (R-DPIA-5)"));
  purge->add_flag("--dry-run", *dry_run, tr("only list who would be erased"));
  purge->callback([&ctx, dry_run] {
    Session s = ctx.write();
    std::vector<dpia::Expired> past = dpia::purge(s, *dry_run);
    s.commit();
    // Every real run scrubs, so a run after one that could not finishes its scrub. When the scrub
    // cannot complete the purge is still committed: it is reported, with a warning and exit 1.
    const bool scrubbed = *dry_run || dpia::try_scrub_free_pages(s);
    std::vector<Object> rows;
    for (const dpia::Expired& e : past) rows.push_back(dpia::to_object(e));
    ctx.print_list({"person", "name", "member", "role", "until", "retention_end", "spared", "reason"}, rows);
    if (scrubbed) return;
    const auto erased = std::count_if(past.begin(), past.end(), [](const dpia::Expired& e) { return !e.spared; });
    std::cerr << tr("mbov: warning: ")
              << render(msg_n("the purge is committed ({} person erased), but another process kept the "
                              "database open, so old copies of erased data may remain in its "
                              "write-ahead log",
                              "the purge is committed ({} persons erased), but another process kept the "
                              "database open, so old copies of erased data may remain in its "
                              "write-ahead log",
                              erased, erased),
                        language())
              << '\n' << tr("mbov: hint: ") << tr("run 'mbov dpia purge' again once that process is closed: it finishes the scrub")
              << '\n';
    ctx.exit_status = 1;
  });
}

}  // namespace

void register_dpia(CLI::App& app, Context& ctx) {
  auto* dpia = app.add_subcommand("dpia", tr("data protection: DPIAs, processing register, officer, retention"));
  dpia->require_subcommand(1);
  static constexpr Part parts[] = {
      {"add", add_command},
      {"complete", complete_command},
      {"list show", list_show_commands},
      {"due purge", due_purge_commands},
      {"register", register_processing},
      {"officer", register_officer},
  };
  ctx.add_parts(dpia, parts);
}

}  // namespace mbov::cli
