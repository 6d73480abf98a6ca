// mbov audit: the audit log and its hash chain.

#include <mbov/core/audit.hpp>
#include "commands.hpp"
#include <mbov/core/i18n.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/msg.hpp>

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

  audit->add_subcommand("head", tr("the log's head, ROWS SHA256: keep it elsewhere, check it with verify --head"))
      ->callback([&ctx] {
        Format f = ctx.format({Format::table, Format::text, Format::json});
        Session s = ctx.read();
        const audit::Head head = audit::head(s);
        if (f == Format::json) return ctx.print_object(Object().add("rows", head.rows).add("sha256", head.sha256));
        ctx.print_text(head.str() + '\n');
      });

  auto witness = std::make_shared<std::optional<std::string>>();
  auto* verify = audit->add_subcommand("verify", tr("check the hash chain; exit 2 naming the first broken row"));
  verify->add_option("--head", *witness,
                     tr("ROWS:SHA256 from 'mbov audit head': the log must still hold that prefix"));
  verify->callback([&ctx, witness] {
    const Format f = ctx.format({Format::table, Format::text, Format::json});
    std::optional<audit::Head> head;
    if (*witness) head = audit::Head::parse(**witness, "--head");
    Session s = ctx.read();
    audit::Verdict v = audit::verify(s, head);
    const std::string hint = tr("the database was changed outside mbov; compare with a backup ('mbov db backup')");
    if (v.broken_row)
      throw Error(Exit::critical, msg("audit row {} is broken: {}", *v.broken_row, v.reason), {}, hint);
    if (!v.whole()) throw Error(Exit::critical, msg("the data and the audit log disagree: {}", v.reason), {}, hint);
    if (f == Format::json)
      return ctx.print_object(Object().add("whole", true).add("rows", static_cast<long long>(v.rows)).add("witnessed", head.has_value()));
    const Message whole = head ? msg_n("audit log whole: {} rows, the witnessed head included",
                                       "audit log whole: {} rows, the witnessed head included", v.rows, v.rows)
                               : msg_n("audit log whole: {} rows", "audit log whole: {} rows", v.rows, v.rows);
    ctx.print_text(render(whole, language()) + '\n');
  });
}

}  // namespace mbov::cli
