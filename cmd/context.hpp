#pragma once
// What every command group shares: the global options, the resolved invocation, and printing.
// Callbacks parse nothing themselves beyond their own options, call lib/, and print through here.
#include <CLI/CLI.hpp>

#include <fstream>
#include <functional>
#include <iostream>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/session.hpp>

namespace mbov::cli {

struct GlobalOptions {
  std::string db;
  std::string config;
  std::string today;
  std::string now;
  std::string actor;
  std::string format = "table";
  std::string csv_dialect = "rfc";
  std::string lang;  // --lang / MBOV_LANG; empty: from LC_ALL / LC_MESSAGES / LANG
  bool quiet = false;
  int busy_timeout_ms = 5000;
};

class Context;

// One part of a command group: `add` registers the subcommands `names` (space-separated).
struct Part {
  std::string_view names;
  void (*add)(CLI::App* group, Context& ctx);
};

class Context {
 public:
  explicit Context(CLI::App& root) : root_(root) {}

  GlobalOptions options;
  int exit_status = 0;  // what main returns after a successful run (checks, vote tally)

  // The word after the group on the command line ("show" in `mbov member show 25LZ`), set by
  // main; empty when there is none or every subcommand is wanted (--help, completion).
  std::string_view subcommand;
  // Registers the parts of `group` that name `subcommand`, or every part when it is empty or
  // none of those registered it (a misspelt command: CLI11's error and help see the whole group).
  // CLI11 builds every option up front, and the rest of a group would be most of a one-row
  // command's start-up (tests/bench/README.md).
  void add_parts(CLI::App* group, std::span<const Part> parts);

  // The global options resolved once: database path, policy, today, now, actor, command name.
  const Invocation& invocation();
  Session read() { return Session(invocation(), Session::Access::read); }
  Session inspect() { return Session(invocation(), Session::Access::inspect); }
  Session write() { return Session(invocation(), Session::Access::write); }
  // A read as of the end of `day` when it lies before --today (R-GEN-1: a report for a past week
  // judges the records as they stood at its end); otherwise read().
  Session read_as_of(Date day);
  Date today() { return invocation().today; }

  // The --format of this command; Exit::usage when the command does not offer it, and for xlsx
  // when stdout is a terminal.
  Format format(std::initializer_list<Format> allowed);
  Format list_format();  // table, json, csv, tsv, markdown, xlsx
  Style style() const;   // colour on a terminal, the --csv-dialect

  // A Message cell is English in the data formats, translated in the for_people ones.
  void print_list(const std::vector<std::string>& columns, const std::vector<Object>& rows);
  void print_object(const Object& object);
  void print_id(const std::string& id);        // what a create command prints: the new id alone
  void print_text(const std::string& text);    // verbatim, unless --quiet
  void print_check(const CheckReport& report);  // status line + findings; sets exit_status

  // The area of the check command named by the first two words of the command line (`check`:
  // "all", `contract due`: "contract"), if they name one registered by add_check.
  std::optional<std::string> check_area(std::string_view first, std::string_view second) const;
  void note_check(const CLI::App& parent, const std::string& name, const std::string& area);
  // A check that could not run (spec/CLI.md): its UNKNOWN status line, or with --format
  // prometheus mbov_check_status 3, unless --quiet; returns the error as exit status 3.
  Error unknown(const std::string& area, const Error& error);

 private:
  std::string command_name() const;
  CLI::App& root_;
  std::optional<Invocation> invocation_;
  struct CheckCommand {
    std::string group, name, area;  // group "" for a command of its own (`mbov check`)
  };
  std::vector<CheckCommand> checks_;
  std::optional<Invocation> as_of_;  // read_as_of's invocation
};

// FILE, or "-" for stdin, opened for one of the readers of lib/ (imports); a missing or unreadable
// file is Exit::noinput.
struct Input {
  std::ifstream file;
  std::istream* stream = &std::cin;
  explicit Input(const std::string& path);
};

// A check command `name` under `parent`: it runs `check`, every error inside it UNKNOWN, exit 3
// (spec/CLI.md), and prints the findings, or with --sql the statements the check ran (a script for
// sqlite3); the exit status is the check's either way.
CLI::App* add_check(CLI::App& parent, const std::string& name, const std::string& description, Context& ctx,
                    const std::string& area, std::function<CheckReport(Session&)> check);

}  // namespace mbov::cli
