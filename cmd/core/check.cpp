// mbov check: every area's check in one; the worst status wins.
#include "commands.hpp"
#include "app/checks.hpp"
#include "core/i18n.hpp"

namespace mbov::cli {

void register_check(CLI::App& app, Context& ctx) {
  add_check(app, "check", tr("run every check (members, votes, contracts, incidents, DPIAs); worst status wins"), ctx,
            "all", app::check_all);
}

}  // namespace mbov::cli
