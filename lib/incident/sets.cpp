// The closed sets of incidents: each value's word, as stored and as English prints it, and the
// one parse of each from text.
#include "core/closed_set.hpp"
#include <mbov/core/msg.hpp>

#include <optional>
#include <span>

#include <mbov/core/error.hpp>
#include <mbov/incident/incident.hpp>

namespace mbov::incident {
namespace {

constexpr Words<Status, 5> statuses{{"new", "acknowledged", "in-progress", "resolved", "closed"}};
constexpr Words<Kind, 6> kinds{{"disruption", "change", "backup", "problem", "access", "breach"}};
constexpr Words<Level, 3> levels{{"operational", "tactical", "strategic"}};
constexpr Words<Group, 2> groups{{"expert-group", "working-group"}};
constexpr Words<EventKind, 7> event_kinds{{"opened", "status", "escalation", "note", "link", "notification", "problem-holder"}};

}  // namespace

std::string_view status_name(Status status) { return statuses.name(status); }

std::optional<Status> status_from(std::string_view word) { return statuses.from(word); }

std::span<const std::string_view> status_words() { return statuses.words; }

Status parse_status(std::string_view text, std::string_view what) {
  if (const auto status = status_from(text)) return *status;
  throw Error(Exit::data, mbov::joined("{}: {}", what, msg("'{}' is not new, acknowledged, in-progress, resolved or closed", text)));
}

std::string_view kind_name(Kind kind) { return kinds.name(kind); }

std::span<const std::string_view> kind_words() { return kinds.words; }

Kind parse_kind(std::string_view text, std::string_view what) {
  // R-INC-1
  if (const auto kind = kinds.from(text)) return *kind;
  throw Error(Exit::data, msg("{}: unknown incident kind '{}'", what, text), "R-INC-1", msg("use one of {}", kinds.list()));
}

std::string_view level_name(Level level) { return levels.name(level); }

std::span<const std::string_view> level_words() { return levels.words; }

Level parse_level(std::string_view text, std::string_view what) {
  if (const auto level = levels.from(text)) return *level;
  throw Error(Exit::data, msg("{}: '{}' is not operational, tactical or strategic", what, text), "R-INC-2");
}

Level parse_escalation_to(std::string_view text, std::string_view what) {
  // R-INC-2: operations signal at the operational level; escalating goes above it.
  if (const auto level = levels.from(text); level && *level != Level::operational) return *level;
  throw Error(Exit::data, msg("{}: '{}' is not tactical or strategic", what, text), "R-INC-2");
}

std::string_view group_name(Group group) { return groups.name(group); }

Group parse_group(std::string_view text, std::string_view what) {
  if (const auto group = groups.from(text)) return *group;
  throw Error(Exit::data, msg("{}: '{}' is not expert-group or working-group", what, text), "R-INC-4");
}

std::string_view event_kind_name(EventKind kind) { return event_kinds.name(kind); }

EventKind parse_event_kind(std::string_view text, std::string_view what) {
  if (const auto kind = event_kinds.from(text)) return *kind;
  throw Error(Exit::data, msg("{}: '{}' is not an event of the timeline ({})", what, text, event_kinds.list()));
}

}  // namespace mbov::incident
