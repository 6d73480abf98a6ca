#pragma once
// The audit log: one row per change, written in the change's own transaction, chained by SHA-256.
//
// hash(row) = SHA-256 over (prev_hash, at, actor, command, entity_kind, entity_id, action,
// details_digest), each length-prefixed; details_digest = SHA-256(details). The chain covers the
// digest, not the details, so personal data in the details can be erased (R-DPIA-5): the row is
// marked erased and keeps its digest, and the chain stays whole.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/value.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::audit {

struct Stamp {
  Timestamp at;
  std::string actor;
  std::string command;
};

// Adds one row to the chain, in the caller's transaction.
void record(Session& s, std::string_view entity_kind, std::string_view entity_id, std::string_view action,
            const Object& details);

// mbov audit log: rows in order, optionally of one entity kind and from a day on.
std::vector<Object> log(Session& s, const std::optional<std::string>& entity_kind, const std::optional<Date>& since);

struct Verdict {
  long long rows = 0;
  std::optional<long long> broken_row;  // the first row that does not fit the chain
  std::string reason;
};
Verdict verify(Session& s);

// Replaces every detail value equal to one of `values` by "[erased]" and marks those rows erased;
// returns the number of rows changed.
long long erase_values(Session& s, const std::vector<std::string>& values);

}  // namespace mbov::audit

MBOV_PUBLIC_END
