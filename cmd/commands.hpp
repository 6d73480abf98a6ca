#pragma once
// One register_<group> per command group: cmd/<area>/<area>.cpp for an area's group, cmd/core/<group>.cpp for the others.
#include <CLI/CLI.hpp>

#include "context.hpp"

namespace mbov::cli {

void register_init(CLI::App& app, Context& ctx);
void register_config(CLI::App& app, Context& ctx);
void register_db(CLI::App& app, Context& ctx);
void register_audit(CLI::App& app, Context& ctx);
void register_check(CLI::App& app, Context& ctx);
void register_member(CLI::App& app, Context& ctx);
void register_incident(CLI::App& app, Context& ctx);
void register_vote(CLI::App& app, Context& ctx);
void register_contract(CLI::App& app, Context& ctx);
void register_dpia(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_budget(CLI::App& app, Context& ctx);
void register_gov(CLI::App& app, Context& ctx);
void register_completion(CLI::App& app, Context& ctx);  // walks every group: register it last

}  // namespace mbov::cli
