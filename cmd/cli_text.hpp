#pragma once
// CLI11's own words in the language of the run: the labels and built-in flags of --help, and the
// messages of its parse errors. English stays CLI11's, byte for byte.
#include <CLI/CLI.hpp>

#include <string>

namespace mbov::cli {

// The help formatter with translated labels ("Usage", "OPTIONS", "REQUIRED", TEXT, INT ...), the
// subcommand group and -h/--help, --version in the current language. Call on the root app
// before any option or subcommand is added: both inherit from it.
void translate_help(CLI::App& app, const std::string& version);

// A parse error's message in the current language: CLI11 writes English only.
std::string parse_error_text(const CLI::ParseError& e);

}  // namespace mbov::cli
