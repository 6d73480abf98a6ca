// Retention of contact persons' data (R-DPIA-5) and its erasure, the way 'member forget' erases.
#include <SQLiteCpp/Statement.h>

#include <mbov/dpia/dpia.hpp>
#include "core/sql.hpp"
#include <mbov/dpia/person.hpp>
#include <mbov/core/session.hpp>

namespace mbov::dpia {

namespace {

// Per person not yet erased whose every contact role has an end: the last one (SQLite takes the
// bare columns from the row of max()), the day its data must be erased by, and what still needs
// the data, if anything does.
std::vector<Expired> former_contacts(Session& s) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT p.id, p.name, c.member, c.role, max(c.until)
    FROM person p JOIN contact c ON c.person = p.id
    WHERE p.erased_on IS NULL
    GROUP BY p.id
    HAVING count(c.until) = count(*)
    ORDER BY p.id)sql");
  std::vector<Expired> out;
  while (q.executeStep()) {
    Date ended = Date::parse(q.getColumn(4).getString(), "contact.until");
    // R-DPIA-5: kept no longer than the retention period after the last role ended.
    Date retention_end = ended.add_months(s.policy.member.personal_data_retention_months);
    std::optional<std::string> name;
    if (!q.getColumn(1).isNull()) name = q.getColumn(1).getString();
    const std::int64_t person = q.getColumn(0).getInt64();
    out.push_back({person, name, q.getColumn(2).getString(), q.getColumn(3).getString(), ended, retention_end,
                   still_needed(s, person, s.today)});
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
      .add("role", e.role)
      .add("until", e.ended)
      .add("retention_end", e.retention_end)
      .add("spared", e.spared.has_value())
      .add("reason", e.spared);
  return o;
}

}  // namespace mbov::dpia
