#pragma once
// Internals shared by the incident sources: the timeline and lookups. Not for cmd/.
#include <string>

#include "incident/incident.hpp"

namespace mbov::incident::store {

// The time of a new event: `at` or the session's now, never before the incident's latest event
// (the timeline only grows forward). Exit::data naming --at otherwise.
Timestamp event_time(Session& s, const Incident& incident, const std::optional<Timestamp>& at);

// Adds an event to the timeline and the matching audit row.
void add_event(Session& s, std::int64_t id, Timestamp at, std::string_view kind, const std::string& detail,
               const std::optional<std::string>& note);

// Sets one column of the incident to a value (a timestamp as UTC text, a number, or null).
void set_column(Session& s, std::int64_t id, std::string_view column, const Value& value);

// The canonical code of a product / member; Exit::data naming `what` when there is none.

std::string subject(std::int64_t id);  // "incident 7"

}  // namespace mbov::incident::store
