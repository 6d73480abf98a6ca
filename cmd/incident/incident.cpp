// mbov incident: disruptions, changes, backups, problems, access and breaches (R-INC-1..7).
#include "commands.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/incident/incident.hpp>
#include "options.hpp"

namespace mbov::cli {
namespace {

// ID, --note and --at: what every timeline command takes.
struct EventOptions {
  std::int64_t id = 0;
  std::optional<std::string> note, at;

  incident::EventInput input() const { return {.note = note, .at = optional_timestamp(at, "--at")}; }
};
void add_event_options(CLI::App* cmd, EventOptions& o) {
  add_id(cmd, "ID", o.id, tr("the incident"))->required();
  cmd->add_option("--note", o.note, tr("a note on the timeline"));
  cmd->add_option("--at", o.at, tr("when it happened, ISO 8601 (default: now)"));
}

// Runs one write of the timeline in its own transaction.
template <class F>
void write(Context& ctx, F f) {
  Session s = ctx.write();
  f(s);
  s.commit();
}

void register_open(CLI::App* incident, Context& ctx) {
  struct Options {
    std::string kind, title;
    std::optional<std::string> product, member, reporter, priority, at;
    bool fundamental = false, problem_holder = false;
    std::optional<std::int64_t> motion;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = incident->add_subcommand("open", tr("open an incident; prints its id"));
  cmd->add_option("--kind", o->kind, tr("disruption, change, backup, problem, access or breach"))->required();
  cmd->add_option("--title", o->title, tr("what happened"))->required();
  cmd->add_option("--product", o->product, tr("the product it concerns (CAMBO, VVA, ...)"));
  cmd->add_option("--member", o->member, tr("the reporting member's code"));
  cmd->add_option("--reporter", o->reporter, tr("who reported it (melder)"));
  cmd->add_option("--priority", o->priority, tr("1 (most urgent) to 4; default 3, a breach 1"));
  cmd->add_option("--at", o->at, tr("when it was opened; for a breach, when the cooperative became aware (default: now)"));
  cmd->add_flag("--fundamental", o->fundamental, tr("a change that fundamentally affects architecture, governance, privacy or security (R-INC-4)"));
  add_id(cmd, "--motion", o->motion, tr("changes: the adopted AV motion deciding it, or the year plan's budget motion"));
  cmd->add_flag("--problem-holder", o->problem_holder, tr("the cooperative takes over as problem holder (R-INC-6)"));
  cmd->callback([&ctx, o] {
    const std::optional<int> priority =
        o->priority ? std::optional(incident::parse_priority(*o->priority, "--priority")) : std::nullopt;
    const std::optional<Timestamp> at = optional_timestamp(o->at, "--at");
    const incident::OpenRequest r{
        .kind = incident::parse_kind(o->kind, "--kind"),
        .title = o->title,
        .product = o->product,
        .member = o->member,
        .reporter = o->reporter,
        .priority = priority,
        .at = at,
        .fundamental = o->fundamental,
        .motion = o->motion,
        .problem_holder = o->problem_holder};
    Session s = ctx.write();
    const std::int64_t id = incident::open(s, r);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void register_views(CLI::App* incident, Context& ctx) {
  struct ListOptions {
    bool open = false;
    std::optional<std::string> kind, product, since;
  };
  auto o = std::make_shared<ListOptions>();
  auto* list = incident->add_subcommand("list", tr("incidents, oldest first"));
  list->add_flag("--open", o->open, tr("only those not resolved or closed"));
  list->add_option("--kind", o->kind, tr("only this kind"));
  list->add_option("--product", o->product, tr("only this product"));
  list->add_option("--since", o->since, tr("only those opened on or after this date (YYYY-MM-DD)"));
  list->callback([&ctx, o] {
    const std::optional<Date> since = optional_date(o->since, "--since");
    const incident::Filter f{.open_only = o->open,
                             .kind = o->kind ? std::optional(incident::parse_kind(*o->kind, "--kind")) : std::nullopt,
                             .product = o->product,
                             .since = since};
    const Format format = ctx.list_format();
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const incident::Incident& i : incident::list(s, f)) rows.push_back(incident::to_object(i));
    const bool wide = format == Format::csv || format == Format::tsv || format == Format::xlsx;  // what import reads back
    ctx.print_list(wide ? incident::csv_columns() : incident::table_columns(), rows);
  });

  auto id = std::make_shared<std::int64_t>(0);
  auto* show = incident->add_subcommand("show", tr("one incident with its deadlines and timeline"));
  add_id(show, "ID", *id, tr("the incident"))->required();
  show->callback([&ctx, id] {
    Session s = ctx.read();
    const incident::Details d = incident::show(s, *id);
    ctx.print_object(incident::to_object(d));
  });

  add_check(*incident, "overdue", tr("open incidents past or near their service levels, unreported breaches"), ctx,
            "incident", incident::check);
}

void register_timeline(CLI::App* incident, Context& ctx) {
  auto u = std::make_shared<EventOptions>();
  auto status = std::make_shared<std::string>();
  auto* update = incident->add_subcommand("update", tr("move the status: new, acknowledged, in-progress, resolved, closed"));
  add_event_options(update, *u);
  update->add_option("--status", *status, tr("acknowledged, in-progress, resolved (from any open status, or back to in-progress), closed"))->required();
  update->callback([&ctx, u, status] {
    const incident::EventInput in = u->input();
    const incident::Status to = incident::parse_status(*status, "--status");
    write(ctx, [&](Session& s) { incident::set_status(s, u->id, to, in); });
  });

  auto e = std::make_shared<EventOptions>();
  auto to = std::make_shared<std::optional<std::string>>();
  auto* escalate = incident->add_subcommand("escalate", tr("escalate: operational → tactical → strategic (R-INC-2)"));
  add_event_options(escalate, *e);
  escalate->add_option("--to", *to, tr("tactical or strategic (default: the next level)"));
  escalate->callback([&ctx, e, to] {
    const incident::EventInput in = e->input();
    const std::optional<incident::Level> level =
        *to ? std::optional(incident::parse_escalation_to(**to, "--to")) : std::nullopt;
    write(ctx, [&](Session& s) { incident::escalate(s, e->id, level, in); });
  });

  auto n = std::make_shared<EventOptions>();
  auto* note = incident->add_subcommand("note", tr("add a note to the timeline"));
  add_event_options(note, *n);
  note->get_option("--note")->required();
  note->callback([&ctx, n] {
    const incident::EventInput in = n->input();
    write(ctx, [&](Session& s) { incident::add_note(s, n->id, in); });
  });

  auto h = std::make_shared<EventOptions>();
  auto* hold = incident->add_subcommand("take-over", tr("the cooperative becomes problem holder (R-INC-6)"));
  add_event_options(hold, *h);
  hold->callback([&ctx, h] {
    const incident::EventInput in = h->input();
    write(ctx, [&](Session& s) { incident::take_over(s, h->id, in); });
  });
}

void register_links(CLI::App* incident, Context& ctx) {
  struct Options {
    std::int64_t id = 0;
    std::optional<std::int64_t> problem, motion;
  };
  auto o = std::make_shared<Options>();
  auto* link = incident->add_subcommand("link", tr("link to a problem record (R-INC-5) or an AV motion (R-INC-4)"));
  add_id(link, "ID", o->id, tr("the incident"))->required();
  auto* target = link->add_option_group("target", tr("exactly one"));
  add_id(target, "--problem", o->problem, tr("the problem record (an incident of kind problem)"));
  add_id(target, "--motion", o->motion, tr("the adopted AV motion deciding a fundamental change, or the year plan's budget motion"));
  target->require_option(1);
  link->callback([&ctx, o] {
    write(ctx, [&](Session& s) {
      if (o->problem) incident::link_problem(s, o->id, *o->problem);
      if (o->motion) incident::link_motion(s, o->id, *o->motion);
    });
  });

  struct NotifyOptions {
    std::int64_t id = 0;
    bool authority = false, members = false, subjects = false, no_risk = false;
    std::optional<std::string> reason, at;
  };
  auto n = std::make_shared<NotifyOptions>();
  auto* notify = incident->add_subcommand("notify", tr("record a breach notification step (R-INC-7)"));
  add_id(notify, "ID", n->id, tr("the breach"))->required();
  auto* group = notify->add_option_group("step", tr("exactly one step"))->require_option(1);
  group->add_flag("--authority", n->authority, tr("reported to the Autoriteit Persoonsgegevens (GDPR art. 33)"));
  group->add_flag("--members", n->members, tr("the affected members informed"));
  group->add_flag("--subjects", n->subjects, tr("the data subjects informed (GDPR art. 34)"));
  group->add_flag("--no-risk", n->no_risk, tr("recorded as unlikely to result in a risk: not reported (needs --reason)"));
  notify->add_option("--reason", n->reason, tr("why it is late (required after the deadline) or why there is no risk"));
  notify->add_option("--at", n->at, tr("when it was done (default: now)"));
  notify->callback([&ctx, n] {
    using incident::Notice;
    const incident::BreachNotice notice{.step = n->authority  ? Notice::authority
                                                : n->members  ? Notice::members
                                                : n->subjects ? Notice::subjects
                                                              : Notice::no_risk,
                                        .reason = n->reason,
                                        .at = optional_timestamp(n->at, "--at")};
    write(ctx, [&](Session& s) { incident::notify(s, n->id, notice); });
  });
}

void register_import(CLI::App* incident, Context& ctx) {
  auto file = std::make_shared<std::string>();
  auto* cmd = incident->add_subcommand("import", tr("load incidents from CSV (the columns of list --format csv); prints the new ids"));
  cmd->add_option("FILE", *file, tr("a CSV file, or - for stdin"))->required();
  cmd->callback([&ctx, file] {
    Input in(*file);
    Session s = ctx.write();
    auto ids = incident::import_csv(s, *in.stream, *file);
    s.commit();
    std::string out;
    for (std::int64_t id : ids) out += std::to_string(id) + '\n';
    ctx.print_text(out);
  });
}

}  // namespace

void register_incident(CLI::App& app, Context& ctx) {
  auto* incident = app.add_subcommand("incident", tr("incidents, changes, problems and breaches (R-INC-1..7)"));
  incident->require_subcommand(1);
  static constexpr Part parts[] = {
      {"open", register_open},
      {"list show overdue", register_views},
      {"update escalate note take-over", register_timeline},
      {"link notify", register_links},
      {"import", register_import},
  };
  ctx.add_parts(incident, parts);
}

}  // namespace mbov::cli
