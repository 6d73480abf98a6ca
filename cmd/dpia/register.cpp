// mbov dpia register (the record of processing activities, R-DPIA-3) and mbov dpia officer (R-DPIA-4).

#include "commands.hpp"
#include <mbov/dpia/dpia.hpp>
#include "dpia/parts.hpp"
#include "options.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {
namespace {

// One option per field of a processing record (dpia::register_fields), into its named member;
// CLI11 fills a member only when its option is given. The help is translated where shown
// (lib/dpia marks it); tr's msgid lives through this statement.
void add_field_options(CLI::App* cmd, dpia::ProcessingFields& fields, bool adding) {
  for (const dpia::RegisterField& f : dpia::register_fields()) {
    CLI::Option* o = cmd->add_option("--" + std::string(f.option), fields.*f.value,
                                     tr(std::string(f.help).c_str()));
    if (adding && f.required) o->required();
  }
}

std::vector<Object> objects(const std::vector<dpia::ProcessingRecord>& records) {
  std::vector<Object> rows;
  for (const dpia::ProcessingRecord& r : records) rows.push_back(dpia::to_object(r));
  return rows;
}

std::vector<std::string> register_columns() {
  std::vector<std::string> columns{"id"};
  for (const dpia::RegisterField& f : dpia::register_fields()) columns.emplace_back(f.column);
  columns.emplace_back("updated");
  return columns;
}

}  // namespace

void register_processing(CLI::App* dpia, Context& ctx) {
  auto* reg = dpia->add_subcommand("register", tr("the record of processing activities (GDPR art. 30, R-DPIA-3)"));
  reg->require_subcommand(1);

  auto a = std::make_shared<dpia::ProcessingFields>();
  auto* add = reg->add_subcommand("add", tr("add a processing activity; prints its id"));
  add_field_options(add, *a, true);
  add->callback([&ctx, a] {
    Session s = ctx.write();
    std::int64_t id = dpia::register_add(s, *a);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto e = std::make_shared<dpia::ProcessingFields>();
  auto id = std::make_shared<std::int64_t>(0);
  auto* edit = reg->add_subcommand("edit", tr("change fields of a processing activity; an empty value clears an optional one"));
  add_id(edit, "ID", *id, tr("the processing record"))->required();
  add_field_options(edit, *e, false);
  edit->callback([&ctx, e, id] {
    Session s = ctx.write();
    dpia::register_edit(s, *id, *e);
    s.commit();
  });

  auto product = std::make_shared<std::optional<std::string>>();
  auto* list = reg->add_subcommand("list", tr("every processing activity; --format csv for an auditor"));
  list->add_option("--product", *product, tr("only this product's"));
  list->callback([&ctx, product] {
    Session s = ctx.read();
    ctx.print_list(register_columns(), objects(dpia::register_list(s, *product)));
  });

  auto* show = reg->add_subcommand("show", tr("one processing activity, every art. 30 field"));
  add_id(show, "ID", *id, tr("the processing record"))->required();
  show->callback([&ctx, id] {
    Session s = ctx.read();
    ctx.print_object(dpia::to_object(dpia::register_show(s, *id)));
  });
}

void register_officer(CLI::App* dpia, Context& ctx) {
  auto* officer = dpia->add_subcommand("officer", tr("the data protection officer (FG, R-DPIA-4)"));
  officer->require_subcommand(1);

  struct Options {
    std::string name, email, from;
  };
  auto o = std::make_shared<Options>();
  auto* set = officer->add_subcommand("set", tr("appoint the officer; the current one leaves that day; prints the term's id"));
  set->add_option("NAME", o->name, tr("the officer's name"))->required();
  set->add_option("--email", o->email, tr("the officer's e-mail address"))->required();
  set->add_option("--from", o->from, tr("the first day in office (default today)"));
  set->callback([&ctx, o] {
    Date from = o->from.empty() ? ctx.today() : Date::parse(o->from, "--from");
    Session s = ctx.write();
    std::int64_t id = dpia::officer_set(s, o->name, o->email, from);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  officer->add_subcommand("show", tr("the officer in office today, with every term before"))->callback([&ctx] {
    Session s = ctx.read();
    const std::optional<dpia::Officer> current = dpia::officer_on(s, s.today);
    if (!current)
      throw Error(Exit::data, msg("no data protection officer in office on {}", human_date(s.today)),
                  "R-DPIA-4",
                  tr("appoint one: mbov dpia officer set NAME --email E"));
    Array history;
    for (const dpia::Officer& term : dpia::officer_history(s)) history.emplace_back(dpia::to_object(term));
    ctx.print_object(dpia::to_object(*current).add("history", std::move(history)));
  });
}

}  // namespace mbov::cli
