// mbov dpia due: R-DPIA-1 (initial and change DPIAs), R-DPIA-2 (periodic), R-DPIA-3 (register),
// R-DPIA-4 (officer), R-DPIA-5 (retention), R-DPIA-6 (hand-over), every date by deadline_status.
#include <set>

#include <mbov/core/msg.hpp>
#include <mbov/core/session.hpp>
#include <mbov/dpia/dpia.hpp>
#include "dpia/store.hpp"

namespace mbov::dpia {
namespace {

// R-DPIA-1: a product's initial DPIA is due by its first uptake (current or coming within
// dpia.warn_days): a warning until that day, a violation after it (deadline_status).
void initial_dpias(Session& s, CheckReport& r) {
  for (const store::TakenUp& t :
       store::taken_up_without_initial_dpia(s, s.today, s.today.plus_days(s.policy.dpia.warn_days))) {
    const Date start = t.first;
    const long count = t.members;
    r.add(deadline_status(start, s.today, s.policy.dpia.warn_days), "R-DPIA-1",
          msg("product {}", t.product), start,
          start <= s.today
              ? msg_n("taken up by {} member(s) since {} without a completed initial DPIA",
                             "taken up by {} member(s) since {} without a completed initial DPIA", count, count, start)
              : msg_n("taken up by {} member(s) from {} without a completed initial DPIA: {}",
                             "taken up by {} member(s) from {} without a completed initial DPIA: {}", count, count,
                             start, due_text(start, s.today)));
  }
}

// R-DPIA-1: every fundamental change has a DPIA.
void change_dpias(Session& s, CheckReport& r) {
  for (const store::Change& c : store::changes_without_dpia(s))
    r.add(Severity::critical, "R-DPIA-1", msg("incident {}", c.id), c.opened.local_date(),
          !c.product ? msg("fundamental change '{}' has no DPIA", c.title)
                     : msg("fundamental change of {} '{}' has no DPIA", *c.product, c.title));
}

// R-DPIA-2: the next periodic DPIA or audit of each product that had one.
void periodic_dpias(Session& s, CheckReport& r) {
  for (const auto& [product, last] : last_completed(s)) {
    const Date due = periodic_due(*last.completed, s.policy.dpia);
    r.add(deadline_status(due, s.today, s.policy.dpia.warn_days), "R-DPIA-2", msg("product {}", product), due,
          msg("periodic DPIA or audit {} (last completed {})", due_text(due, s.today), *last.completed));
  }
}

// R-DPIA-3: every product has processing records.
void register_records(Session& s, CheckReport& r) {
  for (const std::string& product : store::products_without_processing(s))
    r.add(Severity::warning, "R-DPIA-3", msg("product {}", product), std::nullopt,
          msg("no processing records in the register"));
}

// R-DPIA-4: an officer in office today.
void officer_in_office(Session& s, CheckReport& r) {
  if (!officer_on(s, s.today))
    r.add(Severity::critical, "R-DPIA-4", msg("officer"), std::nullopt,
          msg("no data protection officer in office"));
}

// R-DPIA-5: personal data erased by its retention end: a warning within dpia.warn_days, a
// violation the day after (deadline_status).
void retention(Session& s, CheckReport& r) {
  for (const Expired& e : retention_ends(s))
    r.add(deadline_status(e.retention_end, s.today, s.policy.dpia.warn_days), "R-DPIA-5",
          msg("person {}", e.person), e.retention_end,
          msg("former {} of {} (until {}): erase the personal data at its retention end, {}; "
                     "'mbov dpia purge' does",
                     std::string(member::contact_role_name(e.role)), e.member, e.ended, due_text(e.retention_end, s.today)));
}

// R-DPIA-6: every product taken up today has a processing record that states its hand-over.
void handovers(Session& s, CheckReport& r) {
  std::set<std::string> stated;
  for (const ProcessingRecord& p : register_list(s, std::nullopt))
    if (const auto h = handover(p); h && h->max_days <= s.policy.dpia.handover_max_days && p.product)
      stated.insert(*p.product);
  for (const std::string& product : store::products_taken_up(s, s.today)) {
    if (stated.contains(product)) continue;
    r.add(Severity::warning, "R-DPIA-6", msg("product {}", product), std::nullopt,
          msg("taken up without a processing record that states the hand-over (--handover-system, "
                     "--handover-days at most {})",
                     s.policy.dpia.handover_max_days));
  }
}

}  // namespace

// R-DPIA-2: dpia.periodic_months after the last completed DPIA or audit.
Date periodic_due(Date last_completed, const Policy::Dpia& policy) {
  return last_completed.add_months(policy.periodic_months);
}

// R-DPIA-2: what the next periodic DPIA or audit counts from.
std::map<std::string, Dpia> last_completed(Session& s) {
  std::map<std::string, Dpia> last;
  for (Dpia& d : store::last_completed(s)) last.emplace(d.product, std::move(d));
  return last;
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
  r.perfdata.emplace_back("dpias", store::count_dpias(s, false));
  r.perfdata.emplace_back("open_dpias", store::count_dpias(s, true));
  return r;
}

}  // namespace mbov::dpia
