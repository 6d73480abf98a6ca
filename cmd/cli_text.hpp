#pragma once
// CLI11's own words in the language of the run: the labels and built-in flags of --help, and its
// parse errors, each made once as a Message from the parser's state. English stays CLI11's, byte
// for byte.
#include <CLI/CLI.hpp>

#include <string>

#include <mbov/core/message.hpp>

namespace mbov::cli {

// The help formatter with translated labels ("Usage", "OPTIONS", "REQUIRED", TEXT, INT ...), the
// subcommand group and -h/--help, --version in the current language. Call on the root app
// before any option or subcommand is added: both inherit from it.
void translate_help(CLI::App& app, const std::string& version);

// An option as messages name it: --name, or a positional's name as --help shows it (MOTIE).
Message option_name(const CLI::Option& option);

// What a usage error says to do next.
std::string usage_hint();

// A bad value of an option (our validators): exit 65 with the usage hint.
[[noreturn]] void bad_value(const Message& message);

// The parse error `e` that app.parse(argc, argv) threw, rebuilt from what the parser holds then
// (the missing option, the words left over ...). An error our command line cannot cause
// (a config file's, CLI11's internal ones) keeps CLI11's English text.
Message parse_error(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv);

}  // namespace mbov::cli
