#pragma once
// contract due: the deadlines of every contract in force, by deadline_status (core/check.hpp), and the
// lapsed services of R-CON-9.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/message.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::contract {

// R-CON-9: a lapsed service on s.today. Either members take up a product that has no contract in
// force (contract empty), or a contract reached its end with neither an extension nor a recorded
// termination (members: those taking up its product).
struct Lapse {
  std::string product;
  std::optional<std::int64_t> contract;
  std::optional<Date> since;          // the contract's end; none for an uptake without a contract
  std::vector<std::string> members;   // the members taking up the product today
  Message message;                    // R-CON-9 in words: the finding's message and the report's cell
};
std::vector<Lapse> lapses(Session& s);

// Active contracts: next review (R-CON-3), notice date (R-CON-4), end (R-CON-2); ending ones:
// next review and end (R-CON-7), and a missing exit plan; both: their supplier's certificates
// (R-CON-5); every lapse (R-CON-9). `within` replaces contract.warn_days, and widens
// contract.cert_warn_days when longer.
CheckReport due(Session& s, std::optional<Duration> within);

// The same with the policy's windows: what `mbov check` runs.
CheckReport check(Session& s);

}  // namespace mbov::contract

MBOV_PUBLIC_END
