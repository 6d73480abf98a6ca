// The weekly report: what happened in one ISO week, what is due, the state of each product.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/app/checks.hpp>
#include <mbov/core/audit.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/report/report.hpp>
#include "report/sources.hpp"
#include "report/svg.hpp"
#include <mbov/core/session.hpp>

namespace mbov::report {
namespace {

constexpr const char* kinds[] = {"disruption", "change", "backup", "problem", "access", "breach"};
constexpr int chart_weeks = 12;

// The summary counts the sections as they are filled; it stands first so a mail reader sees the
// week at a glance.
struct WeeklySummary {
  long incidents_opened = 0, incidents_resolved = 0, escalations = 0, sla_misses = 0, breaches = 0, reviews = 0,
       decisions = 0, register_changes = 0, findings = 0, upcoming = 0, open_incidents = 0;

  void add_to(Object& facts) const {
    facts.add("incidents_opened_count", incidents_opened)
        .add("incidents_resolved_count", incidents_resolved)
        .add("escalations_count", escalations)
        .add("sla_misses_count", sla_misses)
        .add("breaches_count", breaches)
        .add("reviews_count", reviews)
        .add("decisions_count", decisions)
        .add("register_changes_count", register_changes)
        .add("findings_count", findings)
        .add("upcoming_count", upcoming)
        .add("open_incidents_count", open_incidents);
  }
};

std::string week_name(Date monday) {
  auto [year, week] = monday.iso_week();
  return fmt::format("{}-W{:02}", year, week);
}

// Incidents opened per week by kind, the 12 weeks up to and including this one.
void per_week(Document& d, Reader& r, Date monday) {
  std::vector<std::string> columns{"week", "from"};
  columns.insert(columns.end(), std::begin(kinds), std::end(kinds));
  columns.push_back("total");
  Section& s = d.table("incidents_per_week", N_("Incidents per week"), columns);
  std::vector<std::string> labels;
  std::vector<std::vector<long>> values;
  for (int w = chart_weeks - 1; w >= 0; --w) {
    const Date from = monday.plus_days(-7L * w);
    const UtcRange range = utc_range(from, from.plus_days(7));
    Query q(r, "SELECT kind, count(*) FROM incident WHERE opened >= ? AND opened < ? GROUP BY kind",
            {p(range.from), p(range.to)});
    std::vector<long> counts(std::size(kinds), 0);
    while (q.next())
      for (std::size_t k = 0; k < std::size(kinds); ++k)
        if (q.col(0).getString() == kinds[k]) counts[k] = q.col(1).getInt();
    Object row;
    row.add("week", week_name(from)).add("from", from);
    long total = 0;
    for (std::size_t k = 0; k < std::size(kinds); ++k) row.add(kinds[k], counts[k]), total += counts[k];
    row.add("total", total);
    s.rows.push_back(std::move(row));
    labels.push_back(fmt::format("W{:02}", from.iso_week().second));
    values.push_back(std::move(counts));
  }
  d.charts.push_back({"summary", stacked_bars(tr("Incidents opened per week, by kind"), labels,
                                          std::vector<std::string>(std::begin(kinds), std::end(kinds)), values)});
}

// R-INC-2, R-INC-3, R-INC-7: the incidents of the week.
void incidents(Document& d, Reader& r, const UtcRange& week, WeeklySummary& n) {
  Query opened(r,
               "SELECT id, kind, title, product, member, priority, status, escalation, opened FROM incident"
               " WHERE opened >= ? AND opened < ? ORDER BY opened, id",
               {p(week.from), p(week.to)});
  d.table("incidents_opened", N_("Incidents opened"),
          {"id", "kind", "priority", "title", "product", "member", "status", "opened"})
      .rows = opened.all({.moments = {"opened"}});
  n.incidents_opened = last_rows(d);
  const auto at = [](const std::string& utc) { return Timestamp::parse(utc, "week"); };
  std::vector<Object>& resolved = d.table("incidents_resolved", N_("Incidents resolved"),
                                          {"id", "kind", "priority", "title", "product", "resolved", "resolve_by", "in_time"})
                                      .rows;
  for (const incident::Incident& i : incident::resolved_between(r.s, at(week.from), at(week.to)))
    resolved.push_back(Object()
                           .add("id", i.id)
                           .add("kind", incident::kind_name(i.kind))
                           .add("title", i.title)
                           .add("product", i.product)
                           .add("priority", i.priority)
                           .add("resolved", *i.resolved_at)
                           .add("resolve_by", i.resolve_by)
                           .add("in_time", incident::in_time(i.resolved_at, i.resolve_by)));  // R-INC-3
  n.incidents_resolved = last_rows(d);
  Query escalated(r,
                  "SELECT e.incident AS id, i.kind, i.title, e.detail AS step, e.at, e.actor, e.note"
                  " FROM incident_event e JOIN incident i ON i.id = e.incident"
                  " WHERE e.kind = ? AND e.at >= ? AND e.at < ? ORDER BY e.at, e.id",
                  {p(std::string(incident::event_kind_name(incident::EventKind::escalation))), p(week.from), p(week.to)});
  d.table("escalations", N_("Escalations"), {"id", "kind", "title", "step", "at", "actor", "note"}).rows =
      escalated.all({.moments = {"at"}});
  n.escalations = last_rows(d);
  // R-INC-3: the deadlines of the week missed (the incident area's sla_misses).
  Section& misses =
      d.table("sla_misses", N_("SLA deadlines missed"), {"id", "kind", "priority", "title", "deadline", "due", "done"});
  const auto miss_row = [](const incident::SlaMiss& m, Message deadline) {
    return Object()
        .add("id", m.incident.id)
        .add("kind", incident::kind_name(m.incident.kind))
        .add("title", m.incident.title)
        .add("priority", m.incident.priority)
        .add("deadline", std::move(deadline))
        .add("due", m.due)
        .add("done", m.done);
  };
  for (const incident::SlaMiss& m : incident::sla_misses(r.s, at(week.from), at(week.to), r.s.now)) {
    misses.rows.push_back(miss_row(m, marked(m.deadline)));
  }
  n.sla_misses = static_cast<long>(misses.rows.size());
  // Breaches of the week, breaches notified this week, and every breach still undecided (R-INC-7).
  Section& breaches = d.table("breaches", N_("Personal-data breaches"),
                              {"id", "title", "opened", "state", "authority_deadline", "authority_notified",
                               "members_notified", "subjects_notified", "no_risk_at"});
  const auto moment = [](const std::optional<Timestamp>& t) { return t ? Value(*t) : Value(); };
  for (const incident::Incident& b : incident::breaches_concerning(r.s, at(week.from), at(week.to)))
    breaches.rows.push_back(Object()
                                .add("id", b.id)
                                .add("title", b.title)
                                .add("opened", b.opened)
                                .add("authority_deadline", moment(b.authority_deadline))
                                .add("authority_notified", moment(b.authority_notified))
                                .add("members_notified", moment(b.members_notified))
                                .add("subjects_notified", moment(b.subjects_notified))
                                .add("no_risk_at", moment(b.no_risk_at))
                                .add("state", marked(incident::breach_state(b, r.s.now))));
  n.breaches = last_rows(d);
}

// R-CON-3, R-VOTE-3/4, the registers: the rest of the week.
void governance(Document& d, Reader& r, Date monday, const UtcRange& week, WeeklySummary& n) {
  Query reviews(r,
                "SELECT v.contract, c.product, s.name AS supplier, v.on_date AS date, v.outcome, v.notes"
                " FROM review v JOIN contract c ON c.id = v.contract JOIN supplier s ON s.id = c.supplier"
                " WHERE v.on_date >= ? AND v.on_date < ? ORDER BY v.on_date, v.id",
                {p(monday.str()), p(monday.plus_days(7).str())});
  d.table("reviews", N_("Contract reviews"), {"contract", "product", "supplier", "date", "outcome", "notes"}).rows =
      reviews.all({.dates = {"date"}});
  n.reviews = last_rows(d);
  Query closed(r,
               "SELECT m.id FROM motion m WHERE m.closed_at >= ? AND m.closed_at < ? ORDER BY m.closed_at, m.id",
               {p(week.from), p(week.to)});
  Section& decisions = d.table("decisions", N_("Decisions"),
                               {"motion", "date", "title", "yes", "no", "abstain", "base", "required", "adopted"});
  while (closed.next()) decisions.rows.push_back(decision_row(r, closed.integer(0)));
  n.decisions = static_cast<long>(decisions.rows.size());
  // The registers: members, contacts, uptake, the board, the processing register, the officer;
  // incidents and votes have their own sections above.
  // Counted per kind and action: a week of imports stays a few lines in a mail.
  Query changes(r,
                "SELECT entity_kind AS kind, action, count(*) AS changes, min(at) AS first, max(at) AS last"
                " FROM audit WHERE at >= ? AND at < ? AND at <= ?"
                " AND entity_kind NOT IN ('incident', 'ballot', 'meeting', 'motion', 'database') GROUP BY 1, 2 ORDER BY 1, 2",
                {p(week.from), p(week.to), p(r.s.now.utc())});
  std::vector<Object>& kinds_changed =
      d.table("register_changes", N_("Register changes"), {"kind", "action", "changes", "first", "last"}).rows;
  while (changes.next()) {
    n.register_changes += changes.integer(2);
    kinds_changed.push_back(changes.object({.moments = {"first", "last"}}));
  }
}

// What is due: every check's findings, and every deadline up to `ahead` after today.
void due(Document& d, Reader& r, Duration ahead, WeeklySummary& n) {
  Section& findings = d.table("findings", N_("Check findings"), {"severity", "rule", "subject", "due", "message"});
  for (const Finding& f : app::check_all(r.s).findings) {
    findings.rows.push_back(f.to_object());
  }
  n.findings = static_cast<long>(findings.rows.size());
  const Date until = ahead.after(r.s.today);
  Section& upcoming = d.table("upcoming", render(msg("Deadlines until {}", human_date(until)), language()),
                                deadline_columns());
  std::vector<Mark> marks;
  for (const Deadline& x : deadlines(r, until)) {
    upcoming.rows.push_back(x.to_object());
    marks.push_back({x.date, render(x.subject, language()) + " " + tr(x.kind), x.status});
  }
  n.upcoming = static_cast<long>(upcoming.rows.size());
  d.charts.push_back({"summary", timeline(render(msg("Deadlines from {} to {}", human_date(r.s.today),
                                                         human_date(until)), language()),
                                             r.s.today, until, marks)});
}

// The look-ahead: 8w in English, as the data formats write it; "8 weken" where people read Dutch.
Message ahead_message(Duration ahead) { return joined("{}", ahead); }

}  // namespace

Document weekly(Reader& r, Date monday, Duration ahead) {
  const UtcRange week = utc_range(monday, monday.plus_days(7));
  Document d;
  d.title = render(msg("Weekly report {}", week_name(monday)), language());
  d.head.add("week", week_name(monday))
      .add("from", monday)
      .add("to", monday.plus_days(6))
      .add("today", r.s.today)
      .add("ahead", ahead_message(ahead))
      .add("generated", r.s.now)
      .add("audit_head", audit::head(r.s).str());  // the witness of the audit log (mbov audit verify --head)
  d.facts("summary", N_("Summary"));
  WeeklySummary n;
  incidents(d, r, week, n);
  governance(d, r, monday, week, n);
  per_week(d, r, monday);
  due(d, r, ahead, n);
  add_product_state(d, r);
  n.open_incidents = static_cast<long>(incident::open_count(r.s).total);
  n.add_to(d.sections.front().facts);
  return d;
}

}  // namespace mbov::report
