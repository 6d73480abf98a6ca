#pragma once
// The parts of `mbov dpia` defined in other files of cmd/ (only cmd/dpia*.cpp include this).
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "context.hpp"

namespace mbov::cli {

void register_processing(CLI::App* dpia, Context& ctx);  // dpia register add|list|show|edit
void register_officer(CLI::App* dpia, Context& ctx);     // dpia officer set|show

}  // namespace mbov::cli
