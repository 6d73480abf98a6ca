#include "context.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <iostream>


#include <mbov/app/checks.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/paths.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {

std::string Context::command_name() const {
  std::string name;
  for (const CLI::App* app = &root_;;) {
    auto subs = app->get_subcommands();
    if (subs.empty()) break;
    app = subs.front();
    if (!name.empty()) name += ' ';
    name += app->get_name();
  }
  return name;
}

void Context::add_parts(CLI::App* group, std::span<const Part> parts) {
  auto names = [](std::string_view list, std::string_view word) {
    for (std::size_t at = 0; at <= list.size();) {
      const std::size_t end = std::min(list.find(' ', at), list.size());
      if (list.substr(at, end - at) == word) return true;
      at = end + 1;
    }
    return false;
  };
  std::vector<bool> added(parts.size());
  if (!subcommand.empty()) {
    for (std::size_t i = 0; i < parts.size(); ++i)
      if (names(parts[i].names, subcommand)) {
        parts[i].add(group, *this);
        added[i] = true;
      }
    for (const CLI::App* sub : group->get_subcommands([](CLI::App*) { return true; }))
      if (sub->check_name(std::string(subcommand))) return;
  }
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (!added[i]) parts[i].add(group, *this);
}

const Invocation& Context::invocation() {
  if (invocation_) return *invocation_;
  std::optional<std::string> config =
      options.config.empty() ? default_config_path() : std::optional<std::string>(options.config);
  Policy policy = Policy::load(config);
  std::optional<Timestamp> now;
  if (!options.now.empty()) now = Timestamp::parse(options.now, "--now");
  Date today = !options.today.empty() ? Date::parse(options.today, "--today")
               : now                  ? now->local_date()
                                      : Date::today();
  if (!now) now = options.today.empty() ? Timestamp::now() : Timestamp::local_noon(today);
  std::string actor = options.actor;
  if (actor.empty()) {
    const char* user = std::getenv("USER");
    actor = user && *user ? user : "unknown";
  }
  if (options.busy_timeout_ms < 0) throw Error(Exit::data, tr("--busy-timeout must not be negative"));
  invocation_.emplace(Invocation{.db_path = options.db.empty() ? default_db_path() : options.db,
                                 .policy = std::move(policy),
                                 .today = today,
                                 .now = *now,
                                 .actor = std::move(actor),
                                 .command = command_name(),
                                 .busy_timeout_ms = options.busy_timeout_ms});
  return *invocation_;
}

Session Context::read_as_of(Date day) {
  const Invocation& now = invocation();
  if (!(day < now.today)) return read();
  as_of_.emplace(now);  // kept: the session refers to its policy
  as_of_->today = day;
  as_of_->now = Timestamp::parse(day.plus_days(1).str() + "T00:00", "as of").plus_seconds(-1);
  return Session(*as_of_, Session::Access::read);
}

Format Context::format(std::initializer_list<Format> allowed) {
  Format f = parse_format(options.format);
  for (Format a : allowed) {
    if (a != f) continue;
    // A workbook is bytes for a file, not for a terminal (spec/CLI.md: "to a file or a pipe").
    if (f == Format::xlsx && !options.quiet && ::isatty(1) == 1)
      throw Error(Exit::usage, tr("--format xlsx writes a workbook, not text for a terminal"), {},
                  tr("redirect it to a file: > list.xlsx"));
    return f;
  }
  std::string names;
  for (Format a : allowed) names += (names.empty() ? "" : ", ") + std::string(format_name(a));
  throw Error(Exit::usage, msg("--format {} is not available for this command", options.format),
              {}, msg("use one of: {}", names));
}

Format Context::list_format() {
  return format({Format::table, Format::json, Format::csv, Format::tsv, Format::markdown, Format::xlsx});
}

Style Context::style() const {
  return Style{.colour = colour_wanted(1), .csv = parse_csv_dialect(options.csv_dialect)};
}

void Context::print_list(const std::vector<std::string>& columns, const std::vector<Object>& rows) {
  Format f = list_format();
  if (!options.quiet) mbov::print_list(std::cout, f, columns, rows, style());
}

void Context::print_object(const Object& object) {
  Format f = format({Format::table, Format::text, Format::json, Format::csv, Format::tsv, Format::markdown, Format::xlsx});
  if (!options.quiet) mbov::print_object(std::cout, f, object, style());
}

void Context::print_id(const std::string& id) {
  if (!options.quiet) std::cout << id << '\n';
}

void Context::print_text(const std::string& text) {
  if (!options.quiet) std::cout << text;
}

void Context::print_check(const CheckReport& report) {
  exit_status = static_cast<int>(report.status());
  Format f = format(
      {Format::table, Format::text, Format::json, Format::csv, Format::tsv, Format::markdown, Format::prometheus, Format::xlsx});
  if (options.quiet) return;
  if (f == Format::json) return mbov::print_object(std::cout, f, report.to_object());
  if (f == Format::prometheus) return print_text(app::prometheus(report));
  if (f == Format::table || f == Format::text) {
    std::string out = report.status_line() + '\n';
    for (const Finding& finding : report.findings)
      out += std::string(severity_name(finding.severity)) + ' ' + finding.rule + ' ' +
             plugin_text(render(finding.subject, language())) + ": " + plugin_text(render(finding.message, language())) + '\n';
    std::cout << out;
    return;
  }
  // csv and tsv are data: their texts stay English like the JSON's; markdown and xlsx are read by
  // people (a Message renders in each).
  std::vector<Object> rows;
  for (const Finding& finding : report.findings) rows.push_back(finding.to_object());
  mbov::print_list(std::cout, f, {"rule", "severity", "subject", "due", "message"}, rows, style());
}

void Context::note_check(const CLI::App& parent, const std::string& name, const std::string& area) {
  checks_.push_back({&parent == &root_ ? "" : parent.get_name(), name, area});
}

std::optional<std::string> Context::check_area(std::string_view first, std::string_view second) const {
  for (const CheckCommand& c : checks_)
    if ((c.group == first && c.name == second) || (c.group.empty() && c.name == first)) return c.area;
  return std::nullopt;
}

Error Context::unknown(const std::string& area, const Error& error) {
  std::string upper;
  for (char c : area) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (options.format == format_name(Format::prometheus)) print_text(app::prometheus_unknown(area));
  else if (!options.quiet) std::cout << "MBOV " << upper << " UNKNOWN - " << plugin_text(render(error.message(), language())) << '\n';
  return Error(Exit::unknown, error.message(), error.rule(), error.hint());
}

Input::Input(const std::string& path) {
  if (path == "-") return;
  file.open(path, std::ios::binary);
  if (!file)
    throw Error(Exit::noinput, msg("cannot read {}: {}", path, std::strerror(errno)), {},
                tr("check the path"));
  stream = &file;
}

namespace {

void run_check(Context& ctx, const std::string& area, const std::function<CheckReport(Session&)>& check, bool sql) {
  try {
    Session s = ctx.read();
    if (sql) s.trace_sql();
    app::as_of(s);
    const CheckReport report = check(s);
    if (!sql) return ctx.print_check(report);
    ctx.exit_status = static_cast<int>(report.status());
    ctx.print_text(s.traced_sql());
  } catch (const std::exception& e) {
    throw ctx.unknown(area, as_error(e));
  }
}

}  // namespace

CLI::App* add_check(CLI::App& parent, const std::string& name, const std::string& description, Context& ctx,
                    const std::string& area, std::function<CheckReport(Session&)> check) {
  auto sql = std::make_shared<bool>(false);
  CLI::App* cmd = parent.add_subcommand(name, description);
  cmd->add_flag("--sql", *sql, tr("print the SQL the check ran, parameters inlined, as a script for sqlite3"));
  cmd->callback([&ctx, area, check = std::move(check), sql] { run_check(ctx, area, check, *sql); });
  ctx.note_check(parent, name, area);
  return cmd;
}

}  // namespace mbov::cli
