// mbov db: check, back up and restore the database file.
#include "commands.hpp"
#include <mbov/core/i18n.hpp>
#include <mbov/core/database.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/records.hpp>
#include "options.hpp"

namespace mbov::cli {

void register_db(CLI::App& app, Context& ctx) {
  auto* db = app.add_subcommand("db", tr("the database file: check, backup, restore"));
  db->require_subcommand(1);

  db->add_subcommand("check", tr("integrity, foreign keys and schema version; exit 2 when something is wrong"))
      ->callback([&ctx] {
        Session s = ctx.inspect();
        std::vector<Object> rows;
        bool whole = true;
        for (const DbCheckRow& r : check_database(s)) {
          whole = whole && r.ok;
          rows.push_back(Object().add("check", r.check).add("ok", r.ok).add("detail", r.detail));
        }
        ctx.print_list({"check", "ok", "detail"}, rows);
        if (!whole) ctx.exit_status = static_cast<int>(Exit::critical);
      });

  auto target = std::make_shared<std::string>();
  auto* backup = db->add_subcommand("backup", tr("copy the live database into a new FILE (SQLite online backup)"));
  backup->add_option("FILE", *target, tr("the new file; never overwritten"))->required();
  backup->callback([&ctx, target] {
    Session s = ctx.read();
    backup_database(s, *target);
  });

  auto day = std::make_shared<std::string>();
  auto* records = db->add_subcommand("records-from", tr("set the day the records begin: no check judges a period before it (R-GEN-2)"));
  records->add_option("DATE", *day, tr("the first day of the records"))->required();
  records->callback([&ctx, day] {
    const Date from = *optional_date(std::optional<std::string>(*day), "DATE");
    Session s = ctx.write();
    set_records_from(s, from);
    s.commit();
  });

  auto source = std::make_shared<std::string>();
  auto* restore = db->add_subcommand("restore", tr("replace the database by a backup FILE, after checking it"));
  restore->add_option("FILE", *source, tr("an mbov database made by 'mbov db backup'"))->required();
  restore->callback([&ctx, source] { restore_database(ctx.invocation(), *source); });
}

}  // namespace mbov::cli
