// mbov: the administration toolkit of the Coöperatie MBO Voorzieningen U.A.
// main builds the command line, runs it, and turns every failure into `mbov: error: …` and the
// exit status of spec/CLI.md.

#include <malloc.h>

#include <algorithm>
#include <array>
#include <csignal>
#include <cstdlib>

#include <iostream>

#include "cli_text.hpp"
#include "commands.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/database.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/version.hpp>
#include <mbov/core/msg.hpp>

namespace {

using mbov::Exit;

int report(const mbov::Error& e) {
  // Messages quote input (a value, a column name): control characters never reach the terminal raw.
  // TRANSLATORS: the prefixes of a failure on stderr, translated as git translates "error:";
  // scripts read the exit status, or run with --lang en.
  std::string line = mbov::tr("mbov: error: ");
  if (!e.rule().empty()) line += e.rule() + ": ";
  line += mbov::terminal_text(mbov::render(e.message(), mbov::language()));
  line += '\n';
  if (e.has_hint()) line += mbov::tr("mbov: hint: ") + mbov::terminal_text(mbov::render(e.hint(), mbov::language())) + '\n';
  std::cerr << line;
  return static_cast<int>(e.code());
}

void add_global_options(CLI::App& app, mbov::cli::GlobalOptions& o) {
  app.option_defaults()->group(mbov::tr("Global options"));
  app.add_option("--db", o.db, mbov::tr("the database (default $XDG_DATA_HOME/mbov/mbov.db)"))->envname("MBOV_DB");
  app.add_option("--config", o.config,
                 mbov::tr("policy file (default $XDG_CONFIG_HOME/mbov/policy.toml if it exists, else built-in)"))
      ->envname("MBOV_CONFIG");
  app.add_option("--today", o.today, mbov::tr("the date deadlines are computed for, YYYY-MM-DD (default: the local date)"))
      ->envname("MBOV_TODAY");
  app.add_option("--now", o.now, mbov::tr("the clock for timestamped events, ISO 8601 (default: now; --today alone: its 12:00)"))
      ->envname("MBOV_NOW");
  app.add_option("--actor", o.actor, mbov::tr("who acts, for the audit log (default $USER)"))->envname("MBOV_ACTOR");
  app.add_option("--format", o.format, mbov::tr("table, json, csv, tsv, markdown, xlsx; reports: text, html, ics; checks: prometheus"))
      ->envname("MBOV_FORMAT");
  app.add_option("--csv-dialect", o.csv_dialect, mbov::tr("rfc (RFC 4180) or excel (;, BOM, decimal comma: Dutch spreadsheets)"))
      ->envname("MBOV_CSV_DIALECT");
  app.add_option("--lang", o.lang, mbov::tr("nl or en: the language of human output (default from LC_ALL, LC_MESSAGES, LANG)"))
      ->envname("MBOV_LANG");
  app.add_flag("-q,--quiet", o.quiet, mbov::tr("print nothing on success; the exit status speaks"));
  app.add_option("--busy-timeout", o.busy_timeout_ms, mbov::tr("milliseconds to wait for a busy database (default 5000)"))
      ->envname("MBOV_BUSY_TIMEOUT");
  app.option_defaults()->group(mbov::tr("Options"));
}

// The command groups, in the order --help lists them.
struct Group {
  std::string_view name;
  void (*add)(CLI::App&, mbov::cli::Context&);
};
constexpr Group groups[] = {
    {"init", mbov::cli::register_init},
    {"config", mbov::cli::register_config},
    {"member", mbov::cli::register_member},
    {"vote", mbov::cli::register_vote},
    {"contract", mbov::cli::register_contract},
    {"incident", mbov::cli::register_incident},
    {"dpia", mbov::cli::register_dpia},
    {"budget", mbov::cli::register_budget},
    {"gov", mbov::cli::register_gov},
    {"report", mbov::cli::register_report},
    {"check", mbov::cli::register_check},
    {"audit", mbov::cli::register_audit},
    {"db", mbov::cli::register_db},
    {"completion", mbov::cli::register_completion},
};

// The command group named on the command line and the word after it (its subcommand), or ""
// (`mbov --help`, `mbov member`). Only that group is built, and of it only the part that has the
// subcommand (Context::add_parts): CLI11 constructs every option of every group up front, which
// would be most of a run's start-up time. Global options that take a value are skipped with
// their value.
std::array<std::string_view, 2> command_words(int argc, char** argv) {
  static constexpr std::string_view with_value[] = {"--db", "--config", "--today", "--now",
                                                    "--actor", "--format", "--busy-timeout", "--csv-dialect",
                                                    "--lang"};
  std::array<std::string_view, 2> words;
  std::size_t n = 0;
  for (int i = 1; i < argc && n < words.size(); ++i) {
    std::string_view arg = argv[i];
    if (!arg.starts_with('-')) words[n++] = arg;
    else if (std::find(std::begin(with_value), std::end(with_value), arg) != std::end(with_value)) ++i;
  }
  return words;
}

// A global option's value before parsing: the last `--name VALUE` or `--name=VALUE`, else the
// environment variable `env`, else "".
std::string_view global_value(int argc, char** argv, std::string_view name, const char* env) {
  std::string_view value;
  if (const char* e = std::getenv(env); e && *e) value = e;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == name && i + 1 < argc) value = argv[i + 1];
    else if (arg.starts_with(name) && arg.substr(name.size()).starts_with('=')) value = arg.substr(name.size() + 1);
  }
  return value;
}

// The language before anything is printed (help texts too): --lang, else MBOV_LANG, else
// LC_ALL / LC_MESSAGES / LANG. An unknown --lang is English here; parsing refuses it.
mbov::Language initial_language(int argc, char** argv) {
  std::string_view lang = global_value(argc, argv, "--lang", "MBOV_LANG");
  if (lang.empty()) return mbov::environment_language();
  return lang == "nl" ? mbov::Language::nl : mbov::Language::en;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // glibc gives the top of the heap back whenever 128 KiB are free there: an import freeing a
  // row's memory did two brk calls a row (9,744 for 10,000 incidents; keeping 64 MiB made the
  // import 1.4x faster, tests/bench). Freed memory stays in the process for reuse until it exits.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  // A write beyond a file size limit should fail as an I/O error (74), not kill the process.
  std::signal(SIGXFSZ, SIG_IGN);

  mbov::set_language(initial_language(argc, argv));
  CLI::App app{mbov::tr("mbov: the administration toolkit of the Coöperatie MBO Voorzieningen U.A.\n"
                        "Members, General Assembly votes, contracts, incidents, DPIAs and reports over one SQLite\n"
                        "database; every policy threshold comes from a TOML policy file."),
               "mbov"};
  mbov::cli::translate_help(app, std::string("mbov ") + mbov::version + " (" + mbov::storage_versions() + ")");
  app.require_subcommand(1);
  app.fallthrough();  // global options may stand after the subcommand too
  app.footer(mbov::tr(
      "Start:   mbov init && mbov member add 25LZ --name 'ROC Voorbeeld' --contracting-authority\n"
      "Daily:   mbov check || mail -s 'mbov' manager@example.nl\n"
      "Weekly:  mbov report weekly --format html > week.html\n"
      "Dates are YYYY-MM-DD, timestamps ISO 8601, durations 30d, 6w, 3m, 1y.\n"
      "Exit status: 0 ok, 1 warning / not adopted, 2 critical, 3 check failed, 64 usage, 65 bad data,\n"
      "66 no database, 73 cannot create, 74 I/O, 75 busy (retry), 78 bad policy file.\n"
      "See mbov(1), mbov-policy(5) and 'mbov COMMAND --help'."));

  mbov::cli::Context ctx(app);
  add_global_options(app, ctx.options);
  // --lang as parsed: an unknown language is a usage error.
  app.parse_complete_callback([&ctx] {
    if (!ctx.options.lang.empty()) mbov::set_language(mbov::parse_language(ctx.options.lang));
  });
  const auto words = command_words(argc, argv);
  const std::string_view wanted = words[0];
  bool known = std::any_of(std::begin(groups), std::end(groups), [&](const Group& g) { return g.name == wanted; });
  if (!known && !wanted.empty())
    return report(mbov::Error(Exit::usage, mbov::msg("unknown command '{}'", wanted), {},
                              mbov::tr("see 'mbov --help' for the commands")));
  // With no command, only --help needs the groups (to list them); --version needs none;
  // completion walks them all.
  bool help = std::any_of(argv + 1, argv + argc, [](std::string_view a) { return a == "--help" || a == "-h"; });
  bool all = (!known && help) || wanted == "completion";
  if (!help && !all) ctx.subcommand = words[1];
  for (const Group& g : groups)
    if (g.name == wanted || all) g.add(app, ctx);

  // A check command never exits outside 0-3 (spec/CLI.md): whatever went wrong before it ran, even
  // in its arguments, is UNKNOWN with a status line. The options may not be parsed yet: --format
  // and --quiet are read from the command line as written.
  auto failed = [&](const mbov::Error& error) {
    const auto area = ctx.check_area(words[0], words[1]);
    if (!area) return report(error);
    ctx.options.format = global_value(argc, argv, "--format", "MBOV_FORMAT");
    ctx.options.quiet = std::any_of(argv + 1, argv + argc, [](std::string_view a) { return a == "-q" || a == "--quiet"; });
    return report(ctx.unknown(*area, error));
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    bool bad_value = dynamic_cast<const CLI::ValidationError*>(&e) || dynamic_cast<const CLI::ConversionError*>(&e);
    // CLI11 reports "nope" in `mbov nope` as a missing subcommand; name what was not understood.
    mbov::Message message = mbov::cli::parse_error(app, e, argc, argv);
    if (auto rest = app.remaining(); !rest.empty() && dynamic_cast<const CLI::RequiredError*>(&e))
      message = mbov::msg("unknown command or option '{}'", rest.front());
    return failed(mbov::Error(bad_value ? Exit::data : Exit::usage, message, {},
                              mbov::cli::usage_hint()));
  } catch (const mbov::Error& e) {
    // A check's own failures are UNKNOWN already; this is one before it ran (--lang).
    if (e.code() == Exit::unknown) return report(e);
    return failed(e);
  } catch (const std::exception& e) {
    return failed(mbov::as_error(e));
  }
  std::cout.flush();
  if (!std::cout) return failed(mbov::Error(Exit::ioerr, mbov::tr("cannot write the output")));
  return ctx.exit_status;
}
