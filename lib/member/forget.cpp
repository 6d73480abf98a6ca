// mbov member forget: the erasure of a person (R-DPIA-5).
#include <fmt/format.h>

#include "core/error.hpp"
#include "core/i18n.hpp"
#include "core/person.hpp"
#include "core/session.hpp"
#include "member/member.hpp"
#include "member/store.hpp"

namespace mbov::member {

// R-DPIA-5: only a person who no longer holds a role, seat or office is erased.
void forget(Session& s, std::int64_t person) {
  if (auto role = store::role_or_seat(s, person, s.today))
    fail_data(fmt::format(fmt::runtime(tr("person {} still holds a role (contact or board seat {})")), person, *role), "R-DPIA-5",
              tr("end it first: 'mbov member contact remove ID' or 'mbov member board leave PERSON-ID'"));
  // R-DPIA-4: the officer in office (or appointed) must stay reachable.
  if (auto term = store::officer_term(s, person, s.today))
    fail_data(fmt::format(fmt::runtime(tr("person {} is the data protection officer (term {})")), person, *term), "R-DPIA-5",
              tr("a successor ends the term: 'mbov dpia officer set NAME --email E --from DATE'"));
  erase_person(s, person);
}

}  // namespace mbov::member
