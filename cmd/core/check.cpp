// mbov check: every area's check in one; the worst status wins.

#include "commands.hpp"
#include <mbov/app/checks.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {

void register_check(CLI::App& app, Context& ctx) {
  // The areas as the registry has them, so the help names every check it runs.
  std::string areas;
  for (const app::CheckDef& c : app::registered_checks()) areas += (areas.empty() ? "" : ", ") + std::string(c.area);
  add_check(app, "check", say("run every check ({}); worst status wins", areas), ctx, "all",
            app::check_all);
}

}  // namespace mbov::cli
