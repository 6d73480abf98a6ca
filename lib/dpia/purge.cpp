// Retention of contact persons' data (R-DPIA-5) and its erasure, the way 'member forget' erases.
#include <SQLiteCpp/Statement.h>

#include "dpia/dpia.hpp"
#include "core/sql.hpp"
#include "core/person.hpp"
#include "core/session.hpp"

namespace mbov::dpia {

std::vector<Expired> retention_ends(Session& s) {
  // Per person not yet erased: the last ended contact role (SQLite takes the bare columns from
  // the row of max()), only when every contact role has ended and no board seat or officer term
  // is current.
  SQLite::Statement q(sql(s), R"sql(
    SELECT p.id, p.name, c.member, c.role, max(c.until)
    FROM person p JOIN contact c ON c.person = p.id
    WHERE p.erased_on IS NULL
      AND NOT EXISTS (SELECT 1 FROM board_seat b WHERE b.person = p.id AND (b.until IS NULL OR b.until >= ?1))
      AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.person = p.id AND (o.until IS NULL OR o.until >= ?1))
    GROUP BY p.id
    HAVING count(c.until) = count(*)
    ORDER BY p.id)sql");
  q.bind(1, s.today.str());
  std::vector<Expired> out;
  while (q.executeStep()) {
    Date ended = Date::parse(q.getColumn(4).getString(), "contact.until");
    // R-DPIA-5: kept no longer than the retention period after the last role ended.
    Date retention_end = ended.add_months(s.policy.member.personal_data_retention_months);
    std::optional<std::string> name;
    if (!q.getColumn(1).isNull()) name = q.getColumn(1).getString();
    out.push_back({q.getColumn(0).getInt64(), name, q.getColumn(2).getString(), q.getColumn(3).getString(), ended,
                   retention_end});
  }
  return out;
}

// R-CON-8: erasure is overdue the day after the retention end.
std::vector<Expired> past_retention(Session& s) {
  std::vector<Expired> out;
  for (Expired& e : retention_ends(s))
    if (s.today > e.retention_end) out.push_back(std::move(e));
  return out;
}

std::vector<Expired> purge(Session& s, bool dry_run) {
  std::vector<Expired> expired = past_retention(s);
  if (dry_run) return expired;
  for (Expired& e : expired) {
    erase_person(s, e.person);
    e.name.reset();
  }
  return expired;
}

Object to_object(const Expired& e) {
  Object o;
  o.add("person", e.person)
      .add("name", e.name)
      .add("member", e.member)
      .add("role", e.role)
      .add("until", e.ended.str())
      .add("retention_end", e.retention_end.str());
  return o;
}

}  // namespace mbov::dpia
