// The yearly account to the General Assembly: contract reviews (R-CON-3, PDC §6), decisions,
// board and register changes, incident statistics with SLA performance, DPIAs and breaches.
#include <fmt/format.h>
#include "core/msg.hpp"

#include <mbov/core/audit.hpp>
#include <mbov/core/i18n.hpp>
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

void governance(Document& d, Reader& r, const std::string& from, const std::string& to, AvSummary& n) {
  Query reviews(r,
                "SELECT v.contract, c.product, s.name AS supplier, v.on_date AS date, v.outcome, v.notes, v.meeting"
                " FROM review v JOIN contract c ON c.id = v.contract JOIN supplier s ON s.id = c.supplier"
                " WHERE v.on_date >= ? AND v.on_date < ? ORDER BY v.on_date, v.id",
                {p(from), p(to)});
  d.table("reviews", N_("Contract reviews (R-CON-3)"), {"contract", "product", "supplier", "date", "outcome", "notes"})
      .rows = reviews.all();
  n.reviews = last_rows(d);
  Query meetings(r,
                 "SELECT g.id, g.date, g.title, (SELECT count(*) FROM attendance a WHERE a.meeting = g.id) AS present_count,"
                 " (SELECT count(*) FROM motion m WHERE m.meeting = g.id) AS motions_count FROM meeting g"
                 " WHERE g.kind = 'av' AND g.date >= ? AND g.date < ? ORDER BY g.date, g.id",
                 {p(from), p(to)});
  d.table("meetings", N_("General Assembly meetings (R-VOTE-1)"), {"id", "date", "title", "present_count", "motions_count"}).rows =
      meetings.all();
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
  seats.rows = board.all({"chair"});
  as_words(seats.rows, "name", erased_name);
  n.board_changes = last_rows(d);
  Query members(r,
                "SELECT code, name, joined, left_on AS left FROM member"
                " WHERE (joined >= ?1 AND joined < ?2) OR (left_on >= ?1 AND left_on < ?2) ORDER BY code",
                {p(from), p(to)});
  d.table("member_changes", N_("Members joined and left (R-MEM-7)"), {"code", "name", "joined", "left"}).rows =
      members.all();
  n.member_changes = last_rows(d);
}

// incident.sla_kinds as a JSON array, for json_each.
std::string sla_kinds_json(const Policy& policy) {
  std::string out;
  for (const std::string& kind : policy.incident.sla_kinds) out += (out.empty() ? "\"" : ", \"") + kind + "\"";
  return "[" + out + "]";
}

void quality(Document& d, Reader& r, const UtcRange& year, const std::string& from, const std::string& to,
             AvSummary& n) {
  // R-INC-3: in time = met at or before the stored deadline; percentages of the incidents done.
  // Only the kinds on the service-level clock (incident.sla_kinds, ?3) are in time or not: for
  // planned work (changes, problems) those cells are null.
  Query stats(r,
              "SELECT product, kind, count(*) AS opened_count,"
              " sum(resolved_at IS NOT NULL) AS resolved_count,"
              " sum(CASE WHEN kind IN (SELECT value FROM json_each(?3))"
              "   THEN coalesce(acknowledged_at, resolved_at) <= respond_by END) AS responded_in_time_count,"
              " sum(CASE WHEN kind IN (SELECT value FROM json_each(?3)) THEN resolved_at <= resolve_by END)"
              "   AS resolved_in_time_count,"
              " round(100.0 * sum(CASE WHEN kind IN (SELECT value FROM json_each(?3)) THEN resolved_at <= resolve_by END)"
              "   / nullif(sum(resolved_at IS NOT NULL), 0), 1) AS sla_percent,"
              " sum(escalation <> 'operational') AS escalated"
              " FROM incident WHERE opened >= ?1 AND opened < ?2 GROUP BY 1, 2 ORDER BY 1, 2",
              {p(year.from), p(year.to), p(sla_kinds_json(r.s.policy))});
  std::vector<Object>& per_kind =
      d.table("incidents", N_("Incidents per product and kind (R-INC-3)"),
              {"product", "kind", "opened_count", "resolved_count", "responded_in_time_count", "resolved_in_time_count", "sla_percent",
               "escalated"})
          .rows;
  while (stats.next()) {
    n.incidents += stats.integer(2);
    per_kind.push_back(stats.object());
  }
  Query dpias(r,
              "SELECT id, product, kind, started, completed, outcome FROM dpia"
              " WHERE (started >= ?1 AND started < ?2) OR (completed >= ?1 AND completed < ?2) ORDER BY started, id",
              {p(from), p(to)});
  d.table("dpias", N_("DPIAs (R-DPIA-1, 2)"), {"id", "product", "kind", "started", "completed", "outcome"}).rows =
      dpias.all();
  n.dpias = last_rows(d);
  Query breaches(r,
                 "SELECT id, title, product, opened, authority_deadline, authority_notified, members_notified,"
                 " subjects_notified, no_risk_at, NULL AS state FROM incident WHERE kind = 'breach' AND opened >= ?1"
                 " AND opened < ?2 ORDER BY opened, id",
                 {p(year.from), p(year.to)});
  add_breach_rows(d.table("breaches", N_("Personal-data breaches (R-INC-7)"),
                          {"id", "title", "product", "opened", "state", "authority_notified", "members_notified",
                           "subjects_notified"}),
                  r, breaches);
  n.breaches = last_rows(d);
}

}  // namespace

Document av(Reader& r, int year, Format f) {
  const Date first = Date::from_ymd(year, 1, 1), next = Date::from_ymd(year + 1, 1, 1);
  const UtcRange range = utc_range(first, next);
  Document d;
  d.title = say("Annual report {} to the General Assembly", year);
  d.head.add("year", year).add("from", first.str()).add("to", next.plus_days(-1).str()).add("generated", r.s.now.local())
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
