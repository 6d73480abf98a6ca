// The yearly confirmation of a member's contacts (R-MEM-4).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/records.hpp>
#include <mbov/core/session.hpp>
#include <mbov/member/member.hpp>
#include "member/store.hpp"

namespace mbov::member {

// R-MEM-4: due contact_confirmation_months after the last confirmation, or after joining; at the
// earliest that long after the records begin (counted_from, core/records.hpp).
Date confirmation_due(const Session& s, Date joined, const std::optional<Date>& last_confirmed) {
  return counted_from(s, last_confirmed.value_or(joined)).add_months(s.policy.member.contact_confirmation_months);
}

void confirm(Session& s, const Confirmation& given) {
  Confirmation c = given;
  c.member = require_member(s, c.member);
  Date joined = store::membership(s, c.member).joined;
  if (c.on < joined)
    fail_data(msg("member {} cannot confirm on {}, before it joined ({})", c.member, human_date(c.on), human_date(joined)));
  store::insert_confirmation(s, c);
  audit::record(s, "member", c.member, "confirm", Object().add("on", c.on.str()));
}

}  // namespace mbov::member
