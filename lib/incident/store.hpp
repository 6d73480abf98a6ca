#pragma once
// The incident tables (internal, not for cmd/): every statement of the incident area. No rule
// here: the rules load a record, decide, and write it back through these.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <mbov/incident/incident.hpp>

namespace mbov::incident::store {

// A new incident row (id ignored); its id.
std::int64_t insert(Session& s, const Incident& incident);
// Writes back what the rules may change after opening.
void update(Session& s, const Incident& incident);
std::optional<Incident> find(Session& s, std::int64_t id);
std::vector<Incident> select(Session& s, const Filter& filter);  // by opened, id
// The open incidents, and the breaches of any status not yet decided (R-INC-7), as they stood at
// the session's now (R-GEN-1); by opened, id.
std::vector<Incident> needing_action(Session& s);
std::vector<Incident> grouped_under(Session& s, std::int64_t problem);  // R-INC-5, by id
// The incidents with a respond or resolve deadline in [from, to); by id.
std::vector<Incident> due_between(Session& s, Timestamp from, Timestamp to);
// The breaches neither reported to the authority nor recorded as no risk; by authority deadline, id.
std::vector<Incident> undecided_breaches(Session& s);
// The breaches opened before `to` that [from, to) concerns: opened in it, undecided, or with a
// notification step (or the no-risk decision) from `from` on; by opened, id.
std::vector<Incident> breaches_concerning(Session& s, Timestamp from, Timestamp to);
// kind_stats: in_time and on_sla_clock in SQL, `sla_kinds` bound as a JSON array.
std::vector<KindStats> kind_stats(Session& s, Timestamp from, Timestamp to, const std::vector<std::string>& sla_kinds);
std::vector<Incident> resolved_between(Session& s, Timestamp from, Timestamp to);  // by resolved_at, id
// The number of open incidents (Incident::is_open) per product; "" for those without a product.
std::map<std::string, std::int64_t> open_per_product(Session& s);

// The person row of a reporter (personal data lives in the person table only).
std::int64_t add_person(Session& s, const std::string& name);

std::optional<Timestamp> latest_event(Session& s, std::int64_t id);
// The timeline row and its audit row.
void add_event(Session& s, std::int64_t id, const Event& event);
std::vector<Event> timeline(Session& s, std::int64_t id);  // by time

// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::incident::store
