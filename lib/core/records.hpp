#pragma once
// R-GEN-2: records from a day. A database may start with a cooperative that already exists: from
// the day its records begin, no check judges a period before it.
#include <optional>
#include <string_view>

#include <mbov/core/dates.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

class Session;

// The day the records begin, if one is set.
std::optional<Date> records_from(const Session& s);
// Sets the day the records begin (audited); set again, it replaces the day before.
void set_records_from(Session& s, Date day);
// R-GEN-2: whether a check judges a period beginning on `start`: not when it begins before the
// records do.
bool judged(const Session& s, Date start);
// R-GEN-2: a decision recorded as taken before the records (no meeting to point to) is dated
// before their first day: Exit::data naming `what` otherwise, or when no first day is set.
void require_before_records(const Session& s, Date day, std::string_view what);
// R-GEN-2: a deadline counted from a start: from the records' first day when the start is earlier.
Date counted_from(const Session& s, Date start);

}  // namespace mbov

MBOV_PUBLIC_END
