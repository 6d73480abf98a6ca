// mbov config: the effective policy and policy file validation.
#include <iostream>


#include "commands.hpp"
#include <mbov/core/i18n.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/paths.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {

void register_config(CLI::App& app, Context& ctx) {
  auto* config = app.add_subcommand("config", tr("the policy: every threshold mbov applies (see mbov-policy(5))"));
  config->require_subcommand(1);

  struct ShowOptions {
    bool origin = false;
  };
  auto show_opts = std::make_shared<ShowOptions>();
  auto* show = config->add_subcommand("show", tr("the effective policy, key by key"));
  show->add_flag("--origin", show_opts->origin, tr("show where each value came from (default or file:line)"));
  show->callback([&ctx, show_opts] {
    const Policy& policy = ctx.invocation().policy;
    std::vector<Object> rows;
    for (const PolicyEntry& e : policy.entries()) {
      Object row;
      row.add("key", e.key).add("value", e.value);
      if (show_opts->origin) row.add("origin", e.origin == "default" ? Value(marked(N_("default"))) : Value(e.origin));
      rows.push_back(std::move(row));
    }
    std::vector<std::string> columns{"key", "value"};
    if (show_opts->origin) columns.push_back("origin");
    ctx.print_list(columns, rows);
  });

  auto file = std::make_shared<std::string>();
  auto* check = config->add_subcommand("check", tr("validate a policy file (default: the one in effect)"));
  check->add_option("FILE", *file, tr("the policy file to check"));
  check->callback([&ctx, file] {
    const Format f = ctx.format({Format::table, Format::text, Format::json});
    std::optional<std::string> path = !file->empty()               ? *file
                                      : !ctx.options.config.empty() ? ctx.options.config
                                                                    : default_config_path();
    Policy::load(path);
    if (f == Format::json) return ctx.print_object(Object().add("file", path ? Value(*path) : Value()).add("valid", true));
    ctx.print_text(path ? say("{}: valid\n", *path) : std::string(tr("built-in defaults: valid\n")));
  });
}

}  // namespace mbov::cli
