// mbov check: every area's check in one; the worst status wins.
#include "commands.hpp"
#include "core/i18n.hpp"

namespace mbov::cli {

void register_check(CLI::App& app, Context& ctx) {
  app.add_subcommand("check", tr("run every check (members, votes, contracts, incidents, DPIAs); worst status wins"))
      ->callback([&ctx] { run_check(ctx, "all", check_all); });
}

}  // namespace mbov::cli
