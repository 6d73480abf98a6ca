// The yearly account to the General Assembly: contract reviews (R-CON-3, PDC §6), decisions,
// board and register changes, incident statistics with SLA performance, DPIAs and breaches.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <algorithm>
#include <utility>

#include <mbov/contract/contract.hpp>
#include <mbov/core/audit.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/member/member.hpp>
#include <mbov/vote/vote.hpp>
#include <mbov/report/report.hpp>
#include "report/sources.hpp"
#include <mbov/core/session.hpp>

namespace mbov::report {
namespace {

// The summary counts the sections as they are filled.
struct AvSummary {
  long reviews = 0, meetings = 0, decisions = 0, board_changes = 0, member_changes = 0, dpias = 0, breaches = 0,
       incidents = 0;

  void add_to(Object& facts) const {
    facts.add("reviews_count", reviews)
        .add("meetings_count", meetings)
        .add("decisions_count", decisions)
        .add("board_changes_count", board_changes)
        .add("member_changes_count", member_changes)
        .add("dpias_count", dpias)
        .add("breaches_count", breaches)
        .add("incidents_count", incidents);
  }
};

// R-CON-3: the reviews of the year, as the contract area recorded them (contract::details), by day.
std::vector<Object> review_rows(Reader& r, const std::string& from, const std::string& to) {
  struct Row {
    contract::Review review;
    const contract::Contract* contract;
  };
  const std::vector<contract::Contract> contracts = contract::load_all(r.s);
  std::vector<Row> reviews;
  for (const contract::Contract& c : contracts)
    for (contract::Review& v : contract::details(r.s, c.id).reviews)
      if (v.on && v.on->str() >= from && v.on->str() < to) reviews.push_back({std::move(v), &c});
  std::sort(reviews.begin(), reviews.end(), [](const Row& a, const Row& b) {
    return std::pair(*a.review.on, a.review.id) < std::pair(*b.review.on, b.review.id);
  });
  std::vector<Object> rows;
  const auto text = [](const auto& v) { return v ? Value(*v) : Value(); };
  for (const Row& v : reviews)
    rows.push_back(Object()
                       .add("contract", v.contract->id)
                       .add("product", v.contract->product)
                       .add("supplier", v.contract->supplier)
                       .add("date", *v.review.on)
                       .add("outcome", contract::review_outcome_name(v.review.outcome))
                       .add("notes", text(v.review.notes))
                       .add("meeting", text(v.review.meeting)));
  return rows;
}

// R-INC-7: the breaches opened in the year, each in the state the incident area gives it.
void breach_rows(Section& section, Reader& r, const UtcRange& year) {
  incident::Filter breaches{.kind = incident::Kind::breach, .since = Timestamp::parse(year.from, "year").local_date()};
  const auto at = [](const std::optional<Timestamp>& t) { return t ? Value(*t) : Value(); };
  for (const incident::Incident& b : incident::list(r.s, breaches)) {
    if (b.opened.utc() >= year.to) continue;
    Object o;
    o.add("id", b.id).add("title", b.title).add("product", b.product ? Value(*b.product) : Value());
    o.add("opened", b.opened).add("authority_deadline", at(b.authority_deadline));
    o.add("authority_notified", at(b.authority_notified)).add("members_notified", at(b.members_notified));
    o.add("subjects_notified", at(b.subjects_notified)).add("no_risk_at", at(b.no_risk_at));
    section.rows.push_back(std::move(o.add("state", marked(incident::breach_state(b, r.s.now)))));
  }
}

void governance(Document& d, Reader& r, const std::string& from, const std::string& to, AvSummary& n) {
  d.table("reviews", N_("Contract reviews (R-CON-3)"), {"contract", "product", "supplier", "date", "outcome", "notes"})
      .rows = review_rows(r, from, to);
  n.reviews = last_rows(d);
  Section& meetings =
      d.table("meetings", N_("General Assembly meetings (R-VOTE-1)"), {"id", "date", "title", "present_count", "motions_count"});
  for (const vote::MeetingSummary& m : vote::list_meetings(r.s, Date::parse(from, "year").year()))
    if (m.meeting.kind == vote::MeetingKind::av)
      meetings.rows.push_back(Object()
                                  .add("id", m.meeting.id)
                                  .add("date", m.meeting.date)
                                  .add("title", m.meeting.title)
                                  .add("present_count", m.present)
                                  .add("motions_count", m.motions));
  n.meetings = last_rows(d);
  Query motions(r,
                "SELECT m.id FROM motion m JOIN meeting g ON g.id = m.meeting WHERE g.date >= ? AND g.date < ?"
                " ORDER BY g.date, m.id",
                {p(from), p(to)});
  Section& decisions =
      d.table("decisions", N_("Decisions"), {"motion", "date", "title", "yes", "no", "abstain", "base", "required", "adopted"});
  while (motions.next()) decisions.rows.push_back(decision_row(r, motions.integer(0)));
  n.decisions = last_rows(d);
  // R-VOTE-8: the board's seats begun or ended in the year, as the member register keeps them.
  Section& seats = d.table("board_changes", N_("Board changes (R-VOTE-8)"), {"person", "name", "since", "until", "chair"});
  for (const member::Seat& b : member::board_changes(r.s, Date::parse(from, "year"), Date::parse(to, "year")))
    seats.rows.push_back(Object()
                             .add("person", b.person)
                             .add("name", person_name(b.name))
                             .add("since", b.from)
                             .add("until", date_value(b.until))
                             .add("chair", b.chair)
                             .add("motion", b.motion ? Value(*b.motion) : Value()));
  n.board_changes = last_rows(d);
  // R-MEM-7: each period of a member, so a rejoin is a join.
  Section& members = d.table("member_changes", N_("Members joined and left (R-MEM-7)"), {"code", "name", "joined", "left"});
  for (const member::Period& m : member::periods_changed(r.s, Date::parse(from, "year"), Date::parse(to, "year")))
    members.rows.push_back(
        Object().add("code", m.code).add("name", m.name).add("joined", m.joined).add("left", date_value(m.left)));
  n.member_changes = last_rows(d);
}

void quality(Document& d, Reader& r, const UtcRange& year, const std::string& from, const std::string& to,
             AvSummary& n) {
  // R-INC-3: in time and the SLA share as the incident area counts them (incident::kind_stats).
  std::vector<Object>& per_kind =
      d.table("incidents", N_("Incidents per product and kind (R-INC-3)"),
              {"product", "kind", "opened_count", "resolved_count", "responded_in_time_count", "resolved_in_time_count", "sla_percent",
               "escalated"})
          .rows;
  for (const incident::KindStats& k : incident::kind_stats(r.s, Timestamp::parse(year.from, "year"),
                                                            Timestamp::parse(year.to, "year"))) {
    n.incidents += k.opened;
    per_kind.push_back(Object()
                           .add("product", k.product)
                           .add("kind", incident::kind_name(k.kind))
                           .add("opened_count", k.opened)
                           .add("resolved_count", k.resolved)
                           .add("responded_in_time_count", k.responded_in_time)
                           .add("resolved_in_time_count", k.resolved_in_time)
                           .add("sla_percent", k.sla_percent)
                           .add("escalated", k.escalated));
  }
  Query dpias(r,
              "SELECT id, product, kind, started, completed, outcome FROM dpia"
              " WHERE (started >= ?1 AND started < ?2) OR (completed >= ?1 AND completed < ?2) ORDER BY started, id",
              {p(from), p(to)});
  d.table("dpias", N_("DPIAs (R-DPIA-1, 2)"), {"id", "product", "kind", "started", "completed", "outcome"}).rows =
      dpias.all({.dates = {"started", "completed"}});
  n.dpias = last_rows(d);
  breach_rows(d.table("breaches", N_("Personal-data breaches (R-INC-7)"),
                      {"id", "title", "product", "opened", "state", "authority_notified", "members_notified",
                       "subjects_notified"}),
              r, year);
  n.breaches = last_rows(d);
}

}  // namespace

Document av(Reader& r, int year, Format f) {
  const Date first = Date::from_ymd(year, 1, 1), next = Date::from_ymd(year + 1, 1, 1);
  const UtcRange range = utc_range(first, next);
  Document d;
  d.title = render(msg("Annual report {} to the General Assembly", year), language());
  d.head.add("year", year).add("from", first).add("to", next.plus_days(-1)).add("generated", r.s.now)
      .add("audit_head", audit::head(r.s).str());  // the witness of the audit log (mbov audit verify --head)
  d.facts("summary", N_("Summary"));
  AvSummary n;
  governance(d, r, first.str(), next.str(), n);
  quality(d, r, range, first.str(), next.str(), n);
  add_av_account(d, r, year, f);
  n.add_to(d.sections.front().facts);
  return d;
}

}  // namespace mbov::report
