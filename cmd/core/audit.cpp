// mbov audit: the audit log and its hash chain.
#include <fmt/format.h>

#include "core/audit.hpp"
#include "commands.hpp"
#include "core/i18n.hpp"
#include "core/error.hpp"

namespace mbov::cli {

void register_audit(CLI::App& app, Context& ctx) {
  auto* audit = app.add_subcommand("audit", tr("the audit log: every change, who made it and when"));
  audit->require_subcommand(1);

  struct LogOptions {
    std::string entity, since;
  };
  auto o = std::make_shared<LogOptions>();
  auto* log = audit->add_subcommand("log", tr("the audit log, oldest first"));
  log->add_option("--entity", o->entity, tr("only rows about this kind of record (member, contact, contract, ...)"));
  log->add_option("--since", o->since, tr("only rows from this date on (YYYY-MM-DD)"));
  log->callback([&ctx, o] {
    std::optional<Date> since;
    if (!o->since.empty()) since = Date::parse(o->since, "--since");
    std::optional<std::string> entity;
    if (!o->entity.empty()) entity = o->entity;
    Session s = ctx.read();
    ctx.print_list({"id", "at", "actor", "command", "entity_kind", "entity_id", "action", "details"},
                   audit::log(s, entity, since));
  });

  audit->add_subcommand("verify", tr("check the hash chain; exit 2 naming the first broken row"))->callback([&ctx] {
    Session s = ctx.read();
    audit::Verdict v = audit::verify(s);
    if (v.broken_row)
      throw Error(Exit::critical, fmt::format(fmt::runtime(tr("audit row {} is broken: {}")), *v.broken_row, v.reason), {},
                  "the database was changed outside mbov; compare with a backup ('mbov db backup')");
    ctx.print_text(fmt::format(fmt::runtime(tr("audit log whole: {} rows\n")), v.rows));
  });
}

}  // namespace mbov::cli
