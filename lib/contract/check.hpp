#pragma once
// contract due: the deadlines of every contract in force, by the status rule of R-CON-8.
#include <optional>

#include "core/check.hpp"
#include "core/dates.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;

// Active contracts: next review (R-CON-3), notice date (R-CON-4), end (R-CON-2); ending ones:
// next review and end (R-CON-7), and a missing exit plan; both: their supplier's certificates
// (R-CON-5). `within` replaces contract.warn_days, and widens contract.cert_warn_days when longer.
CheckReport contract_due(Session& s, std::optional<Duration> within);

namespace contract {
// The same with the policy's windows: what `mbov check` runs.
CheckReport check(Session& s);
}  // namespace contract

}  // namespace mbov

MBOV_PUBLIC_END
