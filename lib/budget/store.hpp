#pragma once
// Reads shared by the budget area's sources (not installed).
#include <optional>

#include "budget/budget.hpp"

namespace mbov::budget::store {

std::optional<Plan> load_plan(Session& s, int year);
// R-FIN-2: a motion of kind budget for `year` stands on the agenda of an AV meeting.
bool approval_on_agenda(Session& s, int year);

}  // namespace mbov::budget::store
