// mbov report: the weekly report, the report to the AV, the deadline calendar, the security
// statement. Read-only: every report runs in one read transaction.
#include "commands.hpp"
#include "core/error.hpp"
#include "core/json.hpp"
#include "report/report.hpp"

namespace mbov::cli {
namespace {

struct Options {
  std::string week, ahead = "8w", within = "90d", code;
  int year = 0;
  bool sql = false;
};

// Prints a Document in the chosen format, or with --sql the statements the report ran.
void print_document(Context& ctx, const report::Document& d, const report::Reader& r, bool sql) {
  if (sql) return ctx.print_text(r.trace());
  switch (ctx.format({Format::text, Format::table, Format::markdown, Format::json, Format::html})) {
    case Format::json: return ctx.print_text(to_json(report::to_object(d)) + '\n');
    case Format::markdown: return ctx.print_text(report::to_markdown(d));
    case Format::html: return ctx.print_text(report::to_html(d));
    default: return ctx.print_text(report::to_text(d));
  }
}

void add_sql_flag(CLI::App* cmd, Options& o) {
  cmd->add_flag("--sql", o.sql, "print the SQL the report ran, parameters inlined, as a script for sqlite3");
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto* report = app.add_subcommand("report", "reports: weekly, to the AV, deadlines, security statements");
  report->require_subcommand(1);
  auto o = std::make_shared<Options>();

  auto* weekly = report->add_subcommand("weekly", "the week: incidents, breaches, decisions, what is due, each product");
  weekly->add_option("--week", o->week, "ISO week YYYY-Www (default: the week of --today)");
  weekly->add_option("--ahead", o->ahead, "how far ahead 'what is due' looks (default 8w)");
  add_sql_flag(weekly, *o);
  weekly->callback([&ctx, o] {
    Date monday = o->week.empty() ? Date() : Date::parse_iso_week(o->week, "--week");
    const Duration ahead = Duration::parse(o->ahead, "--ahead");
    Session s = ctx.read();
    if (o->week.empty()) monday = s.today.plus_days(1 - s.today.weekday());
    report::Reader r(s, o->sql);
    print_document(ctx, report::weekly(r, monday, ahead), r, o->sql);
  });

  auto* av = report->add_subcommand("av", "the yearly report to the General Assembly");
  av->add_option("--year", o->year, "calendar year (default: the year of --today)");
  add_sql_flag(av, *o);
  av->callback([&ctx, o] {
    if (o->year != 0 && (o->year < 1900 || o->year > 9999)) throw Error(Exit::data, "--year must be a year like 2026");
    Session s = ctx.read();
    report::Reader r(s, o->sql);
    print_document(ctx, report::av(r, o->year ? o->year : s.today.year()), r, o->sql);
  });

  auto* deadlines = report->add_subcommand("deadlines", "every date something is due by, from every area");
  deadlines->add_option("--within", o->within, "how far ahead (default 90d)");
  add_sql_flag(deadlines, *o);
  deadlines->callback([&ctx, o] {
    const Duration within = Duration::parse(o->within, "--within");
    const Format f =
        ctx.format({Format::table, Format::json, Format::csv, Format::tsv, Format::markdown, Format::ics});
    Session s = ctx.read();
    report::Reader r(s, o->sql);
    const std::vector<report::Deadline> list = report::deadlines(r, within.after(s.today));
    if (o->sql) return ctx.print_text(r.trace());
    if (f == Format::ics) return ctx.print_text(report::to_ics(s, list));
    std::vector<Object> rows;
    for (const report::Deadline& d : list) rows.push_back(d.to_object());
    ctx.print_list(report::deadline_columns(), rows);
  });

  auto* security = report->add_subcommand("security-statement", "the security statement for one member (R-DPIA-7)");
  security->add_option("CODE", o->code, "the member")->required();
  add_sql_flag(security, *o);
  security->callback([&ctx, o] {
    Session s = ctx.read();
    report::Reader r(s, o->sql);
    print_document(ctx, report::security_statement(r, o->code), r, o->sql);
  });
}

}  // namespace mbov::cli
