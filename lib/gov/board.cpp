// Board meetings per calendar year (R-GOV-4), counted from the meetings of kind board.
#include <mbov/gov/gov.hpp>
#include "gov/store.hpp"

namespace mbov::gov {

std::int64_t board_meetings(Session& s, int year) {
  return store::count_board_meetings(s, year);
}

}  // namespace mbov::gov
