#include <mbov/dpia/person.hpp>
#include <mbov/core/msg.hpp>
#include <mbov/core/i18n.hpp>
#include "dpia/store.hpp"

#include <fmt/format.h>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/session.hpp>

namespace mbov::dpia {

std::optional<std::string> still_needed(Session& s, std::int64_t person_id, Date today) {
  // Each ends ON its until day (a role, seat or membership no longer held that day).
  const std::optional<store::Need> need = store::first_need(s, person_id, today);
  if (!need) return std::nullopt;
  switch (need->kind) {
    case 0: return say("contact {} ({} of {})", need->id, need->what, need->of);
    case 1: return say("board seat {}", need->id);
    case 2: return say("role {} ({})", need->id, need->what);
    case 3: return say("deputy in role {} ({})", need->id, need->what);
  }
  return say("group membership {} ({})", need->id, need->what);
}

void erase_person(Session& s, std::int64_t person_id) {
  const std::optional<bool> erased = store::person_erased(s, person_id);
  if (!erased) fail_data(msg("no person with id {}", person_id), {}, msg("see 'mbov member contact list'"));
  if (*erased) return;
  // R-DPIA-5: the audit rows of this person's records, by the entity and id they were written with.
  std::vector<audit::Record> records{{"person", std::to_string(person_id)}};
  for (std::string& id : store::contact_ids(s, person_id)) records.push_back({"contact", std::move(id)});
  store::erase_person_data(s, person_id, s.today);
  const auto rows = audit::erase_personal_rows(s, records);
  audit::record(s, "person", std::to_string(person_id), "erase", audit::erasure_details(rows));
}

bool try_scrub_free_pages(Session& s) {
  // A reader holding the file keeps the checkpoint from finishing (busy = 1): the erased data
  // may then stay in the write-ahead log or the database file, so the erasure is not proven.
  return store::checkpoint_truncate(s);
}

void scrub_free_pages(Session& s) {
  if (!try_scrub_free_pages(s))
    throw Error(Exit::tempfail,
                msg("the erasure is committed, but another process holds the database open, so old copies of the "
                   "erased data may remain in its files (the write-ahead log could not be checkpointed)"),
                {}, msg("close the other program and run the same command again: it finishes the erasure"));
}

}  // namespace mbov::dpia
