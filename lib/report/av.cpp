// The yearly account to the General Assembly: contract reviews (R-CON-3, PDC §6), decisions,
// board and register changes, incident statistics with SLA performance, DPIAs and breaches.
#include <fmt/format.h>
#include "core/msg.hpp"

#include <algorithm>
#include <utility>

#include <mbov/contract/contract.hpp>
#include <mbov/core/audit.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/report/report.hpp>
#include "member/store.hpp"
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
                       .add("outcome", v.review.outcome)
                       .add("notes", text(v.review.notes))
                       .add("meeting", text(v.review.meeting)));
  return rows;
}

// R-INC-7: the breaches opened in the year, each in the state the incident area gives it.
void breach_rows(Section& section, Reader& r, const UtcRange& year) {
  incident::Filter breaches{.kind = "breach", .since = Timestamp::parse(year.from, "year").local_date()};
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
  Query meetings(r,
                 "SELECT g.id, g.date, g.title, (SELECT count(*) FROM attendance a WHERE a.meeting = g.id) AS present_count,"
                 " (SELECT count(*) FROM motion m WHERE m.meeting = g.id) AS motions_count FROM meeting g"
                 " WHERE g.kind = 'av' AND g.date >= ? AND g.date < ? ORDER BY g.date, g.id",
                 {p(from), p(to)});
  d.table("meetings", N_("General Assembly meetings (R-VOTE-1)"), {"id", "date", "title", "present_count", "motions_count"}).rows =
      meetings.all({.dates = {"date"}});
  n.meetings = last_rows(d);
  Query motions(r,
                "SELECT m.id FROM motion m JOIN meeting g ON g.id = m.meeting WHERE g.date >= ? AND g.date < ?"
                " ORDER BY g.date, m.id",
                {p(from), p(to)});
  Section& decisions =
      d.table("decisions", N_("Decisions"), {"motion", "date", "title", "yes", "no", "abstain", "base", "required", "adopted"});
  while (motions.next()) decisions.rows.push_back(decision_row(r, motions.integer(0)));
  n.decisions = last_rows(d);
  Query board(r,
              "SELECT b.person, coalesce(p.name, '(erased)') AS name, b.from_date AS since, b.until,"
              " EXISTS (SELECT 1 FROM board_chair h WHERE h.seat = b.id AND h.from_date < ?2"
              "   AND (h.until IS NULL OR h.until > ?1) AND h.until IS NOT h.from_date) AS chair,"
              " b.motion FROM board_seat b JOIN person p ON p.id = b.person"
              " WHERE (b.from_date >= ?1 AND b.from_date < ?2) OR (b.until >= ?1 AND b.until < ?2) ORDER BY b.from_date, b.id",
              {p(from), p(to)});
  Section& seats = d.table("board_changes", N_("Board changes (R-VOTE-8)"), {"person", "name", "since", "until", "chair"});
  seats.rows = board.all({.bools = {"chair"}, .dates = {"since", "until"}});
  as_words(seats.rows, "name", erased_name);
  n.board_changes = last_rows(d);
  // R-MEM-7: each period of a member, so a rejoin is a join.
  static const std::string changes =
      fmt::format("SELECT code, name, joined, left_on AS left FROM {}"
                  " WHERE (joined >= ?1 AND joined < ?2) OR (left_on >= ?1 AND left_on < ?2) ORDER BY code, joined",
                  member::store::member_periods());
  Query members(r, changes.c_str(), {p(from), p(to)});
  d.table("member_changes", N_("Members joined and left (R-MEM-7)"), {"code", "name", "joined", "left"}).rows =
      members.all({.dates = {"joined", "left"}});
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
                           .add("kind", k.kind)
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
