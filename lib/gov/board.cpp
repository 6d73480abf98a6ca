// Board meetings per calendar year (R-GOV-4), counted from the meetings of kind board.
#include <SQLiteCpp/Statement.h>

#include "core/session.hpp"
#include "core/sql.hpp"
#include "gov/gov.hpp"

namespace mbov::gov {

std::int64_t board_meetings(Session& s, int year) {
  SQLite::Statement q(sql(s), "SELECT count(*) FROM meeting WHERE kind = 'board' AND substr(date, 1, 4) = ?");
  q.bind(1, std::to_string(year));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace mbov::gov
