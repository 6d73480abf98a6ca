// mbov dpia due: R-DPIA-1 (initial and change DPIAs), R-DPIA-2 (periodic), R-DPIA-3 (register),
// R-DPIA-4 (officer), R-DPIA-5 (retention), R-DPIA-6 (hand-over), every date by deadline_status.
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <set>

#include "core/check_text.hpp"
#include "dpia/dpia.hpp"
#include "core/sql.hpp"
#include "core/session.hpp"

namespace mbov::dpia {
namespace {

// R-DPIA-1: a product's initial DPIA is due by its first uptake (current or coming within
// dpia.warn_days): a warning until that day, a violation after it (deadline_status).
void initial_dpias(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT u.product, min(u.from_date), group_concat(DISTINCT u.member) FROM uptake u
    WHERE u.from_date <= ?2 AND (u.until IS NULL OR u.until >= ?1)
      AND NOT EXISTS (SELECT 1 FROM dpia d WHERE d.product = u.product AND d.kind = 'initial'
                      AND d.completed IS NOT NULL AND d.completed <= ?1)
    GROUP BY u.product ORDER BY u.product)sql");
  q.bind(1, s.today.str());
  q.bind(2, s.today.plus_days(s.policy.dpia.warn_days).str());
  while (q.executeStep()) {
    const Date start = Date::parse(q.getColumn(1).getString(), "uptake.from_date");
    const std::string members = q.getColumn(2).getString();
    const long count = static_cast<long>(std::count(members.begin(), members.end(), ',')) + 1;
    r.add(deadline_status(start, s.today, s.policy.dpia.warn_days), "R-DPIA-1",
          check_text("product {}", q.getColumn(0).getString()), start,
          start <= s.today
              ? check_text_n("taken up by {} member(s) since {} without a completed initial DPIA",
                             "taken up by {} member(s) since {} without a completed initial DPIA", count, count, start)
              : check_text_n("taken up by {} member(s) from {} without a completed initial DPIA: {}",
                             "taken up by {} member(s) from {} without a completed initial DPIA: {}", count, count,
                             start, due_text(start, s.today)));
  }
}

// R-DPIA-1: every fundamental change has a DPIA.
void change_dpias(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT i.id, i.title, i.product, i.opened FROM incident i
    WHERE i.kind = 'change' AND i.fundamental = 1
      AND NOT EXISTS (SELECT 1 FROM dpia d WHERE d.change_incident = i.id)
    ORDER BY i.id)sql");
  while (q.executeStep()) {
    Date opened = Timestamp::parse(q.getColumn(3).getString(), "incident.opened").local_date();
    const std::string title = q.getColumn(1).getString();
    r.add(Severity::critical, "R-DPIA-1", check_text("incident {}", q.getColumn(0).getInt64()), opened,
          q.getColumn(2).isNull()
              ? check_text("fundamental change '{}' has no DPIA", title)
              : check_text("fundamental change of {} '{}' has no DPIA", q.getColumn(2).getString(), title));
  }
}

// R-DPIA-2: the next periodic DPIA or audit of each product that had one.
void periodic_dpias(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT product, max(completed) FROM dpia WHERE completed IS NOT NULL
    GROUP BY product ORDER BY product)sql");
  while (q.executeStep()) {
    Date last = Date::parse(q.getColumn(1).getString(), "dpia.completed");
    Date due = periodic_due(last, s.policy.dpia);
    r.add(deadline_status(due, s.today, s.policy.dpia.warn_days), "R-DPIA-2",
          check_text("product {}", q.getColumn(0).getString()), due,
          check_text("periodic DPIA or audit {} (last completed {})", due_text(due, s.today), last));
  }
}

// R-DPIA-3: every product has processing records.
void register_records(Session& s, CheckReport& r) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT code FROM product p WHERE NOT EXISTS (SELECT 1 FROM processing x WHERE x.product = p.code)
    ORDER BY code)sql");
  while (q.executeStep())
    r.add(Severity::warning, "R-DPIA-3", check_text("product {}", q.getColumn(0).getString()), std::nullopt,
          check_text("no processing records in the register"));
}

// R-DPIA-4: an officer in office today.
void officer_in_office(Session& s, CheckReport& r) {
  if (!officer_on(s, s.today))
    r.add(Severity::critical, "R-DPIA-4", check_text("officer"), std::nullopt,
          check_text("no data protection officer in office"));
}

// R-DPIA-5: personal data erased by its retention end: a warning within dpia.warn_days, a
// violation the day after (deadline_status).
void retention(Session& s, CheckReport& r) {
  for (const Expired& e : retention_ends(s))
    r.add(deadline_status(e.retention_end, s.today, s.policy.dpia.warn_days), "R-DPIA-5",
          check_text("person {}", e.person), e.retention_end,
          check_text("former {} of {} (until {}): erase the personal data at its retention end, {}; "
                     "'mbov dpia purge' does",
                     e.role, e.member, e.ended, due_text(e.retention_end, s.today)));
}

// R-DPIA-6: every product taken up today has a processing record that states its hand-over.
void handovers(Session& s, CheckReport& r) {
  std::set<std::string> stated;
  for (const ProcessingRecord& p : register_list(s, std::nullopt))
    if (const auto h = handover(p); h && h->max_days <= s.policy.dpia.handover_max_days && p.product)
      stated.insert(*p.product);
  SQLite::Statement q(sql(s), R"sql(
    SELECT product, min(from_date) FROM uptake WHERE from_date <= ?1 AND (until IS NULL OR until >= ?1)
    GROUP BY product ORDER BY product)sql");
  q.bind(1, s.today.str());
  while (q.executeStep()) {
    const std::string product = q.getColumn(0).getString();
    if (stated.contains(product)) continue;
    r.add(Severity::warning, "R-DPIA-6", check_text("product {}", product), std::nullopt,
          check_text("taken up without a processing record that states the hand-over (--handover-system, "
                     "--handover-days at most {})",
                     s.policy.dpia.handover_max_days));
  }
}

}  // namespace

// R-DPIA-2: dpia.periodic_months after the last completed DPIA or audit.
Date periodic_due(Date last_completed, const Policy::Dpia& policy) {
  return last_completed.add_months(policy.periodic_months);
}

CheckReport check(Session& s) {
  CheckReport r{"dpia", {}, {}};
  initial_dpias(s, r);
  change_dpias(s, r);
  periodic_dpias(s, r);
  register_records(s, r);
  officer_in_office(s, r);
  retention(s, r);
  handovers(s, r);
  r.perfdata.emplace_back("dpias", sql(s).execAndGet("SELECT count(*) FROM dpia").getInt64());
  r.perfdata.emplace_back("open_dpias", sql(s).execAndGet("SELECT count(*) FROM dpia WHERE completed IS NULL").getInt64());
  return r;
}

}  // namespace mbov::dpia
