// Retention of contact persons' data (R-DPIA-5) and its erasure, the way 'member forget' erases.
#include <mbov/dpia/dpia.hpp>
#include "dpia/store.hpp"
#include <mbov/dpia/person.hpp>
#include <mbov/core/session.hpp>

namespace mbov::dpia {

namespace {

// Per person not yet erased whose every contact role has an end (store::former_contacts): the
// day its data must be erased by, and what still needs the data, if anything does.
std::vector<Expired> former_contacts(Session& s) {
  std::vector<Expired> out = store::former_contacts(s);
  for (Expired& e : out) {
    // R-DPIA-5: kept no longer than the retention period after the last role ended.
    e.retention_end = e.ended.add_months(s.policy.member.personal_data_retention_months);
    e.spared = still_needed(s, e.person, s.today);
  }
  return out;
}

// Erasure is overdue the day after the retention end (as deadline_status judges a day).
bool past(const Expired& e, Date today) { return today > e.retention_end; }

}  // namespace

std::vector<Expired> retention_ends(Session& s) {
  std::vector<Expired> out;
  for (Expired& e : former_contacts(s))
    if (!e.spared) out.push_back(std::move(e));
  return out;
}

std::vector<Expired> past_retention(Session& s) {
  std::vector<Expired> out;
  for (Expired& e : retention_ends(s))
    if (past(e, s.today)) out.push_back(std::move(e));
  return out;
}

std::vector<Expired> purge(Session& s, bool dry_run) {
  std::vector<Expired> out;
  for (Expired& e : former_contacts(s)) {
    if (!past(e, s.today)) continue;
    if (!dry_run && !e.spared) {
      erase_person(s, e.person);
      e.name.reset();
    }
    out.push_back(std::move(e));
  }
  return out;
}

Object to_object(const Expired& e) {
  Object o;
  o.add("person", e.person)
      .add("name", e.name)
      .add("member", e.member)
      .add("role", member::contact_role_name(e.role))
      .add("until", e.ended)
      .add("retention_end", e.retention_end)
      .add("spared", e.spared.has_value())
      .add("reason", e.spared);
  return o;
}

}  // namespace mbov::dpia
