// mbov member forget: the erasure of a person (R-DPIA-5).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/dpia/person.hpp>
#include <mbov/core/session.hpp>
#include <mbov/member/member.hpp>

namespace mbov::member {

// R-DPIA-5: only a person nothing needs any more is erased (the officer included).
void forget(Session& s, std::int64_t person) {
  if (auto need = dpia::still_needed(s, person, s.today))
    fail_data(msg("person {} still holds a role: {}", person, *need), "R-DPIA-5",
              msg("end it first ('mbov member contact remove', 'mbov member board leave', 'mbov gov role end', "
              "'mbov gov group leave'); a successor ends the data protection officer's term "
              "('mbov dpia officer set')"));
  dpia::erase_person(s, person);
}

}  // namespace mbov::member
