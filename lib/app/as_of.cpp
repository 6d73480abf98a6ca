// As of a day: every area's tables as they stood (each area's store says how its records are dated).
#include <mbov/app/checks.hpp>
#include "budget/store.hpp"
#include "contract/store.hpp"
#include "dpia/store.hpp"
#include "gov/store.hpp"
#include "incident/store.hpp"
#include "member/store.hpp"
#include "vote/store.hpp"

namespace mbov::app {

void as_of(Session& s) {
  member::store::as_of(s);
  vote::store::as_of(s);
  contract::store::as_of(s);
  incident::store::as_of(s);
  dpia::store::as_of(s);
  budget::store::as_of(s);
  gov::store::as_of(s);
}

}  // namespace mbov::app
