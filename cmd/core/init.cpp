// mbov init: create or upgrade the database.

#include <iostream>

#include "commands.hpp"
#include <mbov/core/i18n.hpp>
#include <mbov/core/database.hpp>
#include <mbov/core/records.hpp>
#include "options.hpp"
#include <mbov/core/msg.hpp>

namespace mbov::cli {

void register_init(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("init", tr("create the database, or upgrade an older one; running it again changes nothing"));
  auto records = std::make_shared<std::optional<std::string>>();
  cmd->add_option("--records-from", *records,
                  tr("the day the records begin: no check judges a period before it (R-GEN-2)"));
  cmd->callback([&ctx, records] {
    const std::optional<Date> from = optional_date(*records, "--records-from");
    InitResult r = init_database(ctx.invocation());
    if (from) {
      Session s = ctx.write();
      set_records_from(s, *from);
      s.commit();
    }
    if (ctx.options.quiet) return;
    const std::string& path = ctx.invocation().db_path;
    if (r.created)
      std::cerr << say("mbov: created {} (schema version {})\n", path, r.to_version);
    else if (r.from_version != r.to_version)
      std::cerr << say("mbov: upgraded {} from schema version {} to {}\n", path, r.from_version, r.to_version);
    else
      std::cerr << say("mbov: {} is up to date (schema version {})\n", path, r.to_version);
  });
}

}  // namespace mbov::cli
