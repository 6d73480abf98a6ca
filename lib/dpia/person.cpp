#include <mbov/dpia/person.hpp>
#include "core/msg.hpp"
#include <mbov/core/i18n.hpp>
#include "core/sql.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/session.hpp>

namespace mbov::dpia {

std::optional<std::string> still_needed(Session& s, std::int64_t person_id, Date today) {
  // Each ends ON its until day (a role, seat or membership no longer held that day).
  SQLite::Statement q(sql(s), R"sql(
    SELECT 0, c.id, c.role, c.member FROM contact c WHERE c.person = ?1 AND (c.until IS NULL OR c.until > ?2)
    UNION ALL SELECT 1, b.id, '', '' FROM board_seat b WHERE b.person = ?1 AND (b.until IS NULL OR b.until > ?2)
    UNION ALL SELECT CASE WHEN r.person = ?1 THEN 2 ELSE 3 END, r.id, trim(r.role || ' ' || r.scope), ''
      FROM role r WHERE (r.person = ?1 OR r.deputy = ?1) AND (r.until IS NULL OR r.until > ?2)
    UNION ALL SELECT 4, g.id, g.grp, '' FROM group_member g JOIN contact c ON c.id = g.contact
      WHERE c.person = ?1 AND (g.until IS NULL OR g.until > ?2)
    ORDER BY 1, 2 LIMIT 1)sql");
  q.bind(1, person_id);
  q.bind(2, today.str());
  if (!q.executeStep()) return std::nullopt;
  static constexpr const char* words[] = {N_("contact {} ({} of {})"), N_("board seat {}"), N_("role {} ({})"),
                                          N_("deputy in role {} ({})"), N_("group membership {} ({})")};
  // fmt::runtime: a msgid chosen at run time (a condition, a table of N_ messages).
  return fmt::format(fmt::runtime(tr(words[q.getColumn(0).getInt()])), q.getColumn(1).getInt64(),
                     q.getColumn(2).getString(), q.getColumn(3).getString());
}

void erase_person(Session& s, std::int64_t person_id) {
  SQLite::Statement q(sql(s), "SELECT erased_on FROM person WHERE id = ?");
  q.bind(1, person_id);
  if (!q.executeStep()) fail_data(say("no person with id {}", person_id), {}, tr("see 'mbov member contact list'"));
  if (!q.getColumn(0).isNull()) return;
  // R-DPIA-5: the audit rows of this person's records, by the entity and id they were written with.
  std::vector<audit::Record> records{{"person", std::to_string(person_id)}};
  SQLite::Statement contacts(sql(s), "SELECT id FROM contact WHERE person = ?");
  contacts.bind(1, person_id);
  while (contacts.executeStep()) records.push_back({"contact", contacts.getColumn(0).getString()});
  SQLite::Statement erase(sql(s), "UPDATE person SET name = NULL, email = NULL, phone = NULL, erased_on = ? WHERE id = ?");
  erase.bind(1, s.today.str());
  erase.bind(2, person_id);
  erase.exec();
  const auto rows = audit::erase_personal_rows(s, records);
  audit::record(s, "person", std::to_string(person_id), "erase", audit::erasure_details(rows));
}

bool try_scrub_free_pages(Session& s) {
  // A reader holding the file keeps the checkpoint from finishing (busy = 1): the erased data
  // may then stay in the write-ahead log or the database file, so the erasure is not proven.
  try {
    SQLite::Statement q(sql(s), "PRAGMA wal_checkpoint(TRUNCATE)");
    return !(q.executeStep() && q.getColumn(0).getInt() != 0);
  } catch (const SQLite::Exception& e) {
    if (as_error(e).code() == Exit::tempfail) return false;  // busy beyond the wait
    throw;
  }
}

void scrub_free_pages(Session& s) {
  if (!try_scrub_free_pages(s))
    throw Error(Exit::tempfail,
                tr("the erasure is committed, but another process holds the database open, so old copies of the "
                   "erased data may remain in its files (the write-ahead log could not be checkpointed)"),
                {}, tr("close the other program and run the same command again: it finishes the erasure"));
}

}  // namespace mbov::dpia
