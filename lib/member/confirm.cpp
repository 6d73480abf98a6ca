// The yearly confirmation of a member's contacts (R-MEM-4).
#include <fmt/format.h>

#include "core/keys.hpp"
#include "core/audit.hpp"
#include "core/sql.hpp"
#include "core/error.hpp"
#include "member/member.hpp"
#include "core/session.hpp"

namespace mbov::member {

// R-MEM-4: due contact_confirmation_months after the last confirmation, or after joining.
Date confirmation_due(const Session& s, Date joined, const std::optional<Date>& last_confirmed) {
  return last_confirmed.value_or(joined).add_months(s.policy.member.contact_confirmation_months);
}

std::optional<Date> last_confirmed(Session& s, const std::string& code) {
  SQLite::Statement q(sql(s), "SELECT max(on_date) FROM confirmation WHERE member = ?");
  q.bind(1, code);
  q.executeStep();
  if (q.getColumn(0).isNull()) return std::nullopt;
  return Date::parse(q.getColumn(0).getString(), "confirmation");
}

void confirm(Session& s, const std::string& code, Date on) {
  std::string key = require_member(s, code);
  SQLite::Statement q(sql(s), "SELECT joined FROM member WHERE code = ?");
  q.bind(1, key);
  q.executeStep();
  if (on.str() < q.getColumn(0).getString())
    fail_data(fmt::format("member {} cannot confirm on {}, before it joined ({})", key, on.str(), q.getColumn(0).getString()));
  SQLite::Statement ins(sql(s), "INSERT INTO confirmation (member, on_date) VALUES (?, ?)");
  ins.bind(1, key);
  ins.bind(2, on.str());
  ins.exec();
  audit::record(s, "member", key, "confirm", Object().add("on", on.str()));
}

}  // namespace mbov::member
