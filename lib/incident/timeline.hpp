#pragma once
// The timeline rule shared by the incident sources (internal, not for cmd/).
#include <string>

#include <mbov/incident/incident.hpp>

namespace mbov::incident {

// The time of a new event: `at` or the session's now, never before the incident's latest event
// (the timeline only grows forward). Exit::data naming --at otherwise.
Timestamp event_time(Session& s, const Incident& incident, const std::optional<Timestamp>& at);

// Stores the incident as changed and adds its timeline event at `at`, by the session's actor.
Event record(Session& s, const Incident& changed, Timestamp at, EventKind kind, std::string detail,
             std::optional<std::string> note = std::nullopt);

}  // namespace mbov::incident
