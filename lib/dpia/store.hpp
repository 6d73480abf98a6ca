#pragma once
// The dpia area's SQL and shared helpers (internal, not installed): DPIAs and processing
// records read and written here; the rules live in dpia.cpp and register.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/closed_set.hpp"
#include <mbov/dpia/dpia.hpp>
#include <mbov/incident/incident.hpp>

namespace mbov::dpia::detail {

// Exit::data "WHAT 'VALUE' is not one of: ..." (with the rule) unless value is in allowed.
void require_one_of(std::string_view value, std::span<const char* const> allowed, std::string_view what,
                    std::string rule = {});
// The days of a stored or given hand-over (R-DPIA-6); nullopt when not a whole number.
std::optional<int> whole_days(std::string_view text);

}  // namespace mbov::dpia::detail

namespace mbov::dpia::store {

// ---- DPIAs
std::vector<Dpia> select_dpias(Session& s, std::optional<std::int64_t> id, const std::optional<std::string>& product,
                               bool open_only);
std::int64_t insert_dpia(Session& s, const NewDpia& d);
void update_completion(Session& s, std::int64_t id, const Completion& c);
struct Incident {
  incident::Kind kind = incident::Kind::change;
  std::optional<std::string> product;
};
std::optional<Incident> select_incident(Session& s, std::int64_t id);

// ---- what the check reads
// A product taken up between two days: its first uptake day then and how many members take it up.
struct TakenUp {
  std::string product;
  Date first;
  long members = 0;
};
// The products taken up on a day from `from` through `until` without an initial DPIA completed by
// `from`; by product.
std::vector<TakenUp> taken_up_without_initial_dpia(Session& s, Date from, Date until);
// The products taken up on `on`; by product.
std::vector<std::string> products_taken_up(Session& s, Date on);
// The fundamental changes (incidents) that no DPIA names; by id.
struct Change {
  std::int64_t id = 0;
  std::string title;
  std::optional<std::string> product;
  Timestamp opened;
};
std::vector<Change> changes_without_dpia(Session& s);
// Each product's last completed DPIA or audit (dpia::last_completed); by product.
std::vector<Dpia> last_completed(Session& s);
// The products without processing records; by code.
std::vector<std::string> products_without_processing(Session& s);
// How many DPIAs there are; only those not completed with open_only.
std::int64_t count_dpias(Session& s, bool open_only);

// ---- the officer (the view `officer` over the gov role fg)
std::optional<Officer> select_officer_on(Session& s, Date on);
std::vector<Officer> select_officers(Session& s);  // by from, id

// ---- processing records: the columns of register_fields(), then updated
std::vector<ProcessingRecord> select_processing(Session& s, std::optional<std::int64_t> id,
                                                const std::optional<std::string>& product);
std::int64_t insert_processing(Session& s, const ProcessingFields& v, Date updated);
void update_processing(Session& s, std::int64_t id, const ProcessingFields& v, Date updated);


// ---- persons (R-DPIA-5)
// What still holds a person on `today` (an end ON its until day): the first of a contact role
// (0), a board seat (1), a role (2) or deputyship (3), a group membership (4), with its id and
// what it is.
struct Need {
  int kind = 0;
  std::int64_t id = 0;
  std::string what, of;
};
std::optional<Need> first_need(Session& s, std::int64_t person, Date today);
// Whether the person's data is erased; nullopt: no such person.
std::optional<bool> person_erased(Session& s, std::int64_t person);
std::vector<std::string> contact_ids(Session& s, std::int64_t person);
void erase_person_data(Session& s, std::int64_t person, Date on);
// PRAGMA wal_checkpoint(TRUNCATE); false when a reader keeps it from finishing.
bool checkpoint_truncate(Session& s);
// Per person not yet erased whose every contact role has an end: the last one (SQLite takes the
// bare columns from the row of max()); retention_end and spared are left to the caller.
std::vector<Expired> former_contacts(Session& s);

// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::dpia::store
