// mbov report: the weekly report, the report to the AV, the deadline calendar, the security
// statement. Read-only: every report runs in one read transaction.
#include "commands.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/json.hpp>
#include "options.hpp"
#include <mbov/report/report.hpp>

namespace mbov::cli {
namespace {

struct Options {
  std::optional<std::string> week;
  std::string ahead = "8w", within = "90d", code;
  int year = 0;
  bool sql = false;
};

// Prints a Document in the chosen format, or with --sql the statements the report ran.
constexpr std::initializer_list<Format> document_formats = {Format::text, Format::table, Format::markdown, Format::json,
                                                          Format::html};

void print_document(Context& ctx, const report::Document& d, const report::Reader& r, bool sql) {
  if (sql) return ctx.print_text(r.trace());
  switch (ctx.format(document_formats)) {
    case Format::json:
      if (ctx.options.quiet) return;
      report::write_json(std::cout, d);
      std::cout << '\n';
      return;
    case Format::markdown: return ctx.print_text(report::to_markdown(d));
    case Format::html: return ctx.print_text(report::to_html(d));
    default: return ctx.print_text(report::to_text(d));
  }
}

void add_sql_flag(CLI::App* cmd, Options& o) {
  cmd->add_flag("--sql", o.sql, tr("print the SQL the report ran, parameters inlined, as a script for sqlite3"));
}

// report minutes and report charges (R-GOV-3, R-FIN-4).
void register_report_governance(CLI::App* report, Context& ctx) {
  auto meeting = std::make_shared<std::int64_t>();
  auto* minutes = report->add_subcommand("minutes", tr("the minutes of a meeting: chair, present, motions, named votes (R-GOV-3)"));
  add_id(minutes, "MEETING", *meeting, tr("the meeting's id"))->required();
  minutes->callback([&ctx, meeting] {
    Session s = ctx.read();
    ctx.format(document_formats);  // a format the report lacks fails before it runs
    report::Reader r(s, false);
    print_document(ctx, report::minutes(r, *meeting), r, false);
  });

  auto year = std::make_shared<int>();
  auto* charges = report->add_subcommand("charges", tr("what each member owes per product in a year (R-FIN-4); csv for the bookkeeping"));
  check_year(charges->add_option("YEAR", *year, tr("the calendar year"))->required());
  charges->callback([&ctx, year] {
    const Format f =
        ctx.format({Format::text, Format::table, Format::markdown, Format::json, Format::html, Format::csv, Format::xlsx});
    Session s = ctx.read();
    report::Reader r(s, false);
    const report::Document d = report::charges(r, *year, f);
    if (f == Format::csv || f == Format::xlsx) return ctx.print_list(d.sections.front().columns, d.sections.front().rows);
    print_document(ctx, d, r, false);
  });
}

void register_weekly(CLI::App* report, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* weekly = report->add_subcommand("weekly", tr("the week: incidents, breaches, decisions, what is due, each product"));
  weekly->add_option("--week", o->week, tr("this, last, next or an ISO week YYYY-Www (default: this, the week of --today)"));
  weekly->add_option("--ahead", o->ahead, tr("how far ahead 'what is due' looks (default 8w)"));
  add_sql_flag(weekly, *o);
  weekly->callback([&ctx, o] {
    const Duration ahead = Duration::parse(o->ahead, "--ahead");
    const Date monday = Date::parse_week(o->week.value_or("this"), ctx.today(), "--week");
    Session s = ctx.read_as_of(monday.plus_days(6));
    const Format f = ctx.format({Format::text, Format::table, Format::markdown, Format::json, Format::html, Format::csv,
                                 Format::xlsx});
    report::Reader r(s, o->sql);
    const report::Document d = report::weekly(r, monday, ahead);
    if (o->sql || (f != Format::csv && f != Format::xlsx)) return print_document(ctx, d, r, o->sql);
    ctx.print_text(f == Format::csv ? report::to_csv(d, ctx.style()) : report::to_xlsx(d));
  });
}

void register_av(CLI::App* report, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* av = report->add_subcommand("av", tr("the yearly report to the General Assembly"));
  av->add_option("--year", o->year, tr("calendar year (default: the year of --today)"));
  add_sql_flag(av, *o);
  av->callback([&ctx, o] {
    if (o->year != 0 && (o->year < 1900 || o->year > 9999)) throw Error(Exit::data, tr("--year must be a year like 2026"));
    Session s = ctx.read();
    ctx.format(document_formats);  // a format the report lacks fails before it runs
    report::Reader r(s, o->sql);
    print_document(ctx, report::av(r, o->year ? o->year : s.today.year(), ctx.format(document_formats)), r, o->sql);
  });
}

void register_deadlines(CLI::App* report, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* deadlines = report->add_subcommand("deadlines", tr("every date something is due by, from every area"));
  deadlines->add_option("--within", o->within, tr("how far ahead (default 90d)"));
  add_sql_flag(deadlines, *o);
  deadlines->callback([&ctx, o] {
    const Duration within = Duration::parse(o->within, "--within");
    const Format f =
        ctx.format({Format::table, Format::json, Format::csv, Format::tsv, Format::markdown, Format::ics, Format::xlsx});
    Session s = ctx.read();
    report::Reader r(s, o->sql);
    const std::vector<report::Deadline> list = report::deadlines(r, within.after(s.today));
    if (o->sql) return ctx.print_text(r.trace());
    if (f == Format::ics) return ctx.print_text(report::to_ics(s, list));
    std::vector<Object> rows;
    for (const report::Deadline& d : list) rows.push_back(d.to_object());
    ctx.print_list(report::deadline_columns(), rows);
  });
}

void register_security(CLI::App* report, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* security = report->add_subcommand("security-statement", tr("the security statement for one member (R-DPIA-7)"));
  security->add_option("CODE", o->code, tr("the member"))->required();
  add_sql_flag(security, *o);
  security->callback([&ctx, o] {
    Session s = ctx.read();
    ctx.format(document_formats);  // a format the report lacks fails before it runs
    report::Reader r(s, o->sql);
    print_document(ctx, report::security_statement(r, o->code), r, o->sql);
  });
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto* report = app.add_subcommand("report", tr("reports: weekly, to the AV, deadlines, security statements"));
  report->require_subcommand(1);
  static constexpr Part parts[] = {
      {"weekly", register_weekly},
      {"av", register_av},
      {"deadlines", register_deadlines},
      {"security-statement", register_security},
      {"minutes charges", register_report_governance},
  };
  ctx.add_parts(report, parts);
}

}  // namespace mbov::cli
