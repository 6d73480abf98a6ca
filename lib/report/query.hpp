#pragma once
// Every statement of a report runs through a Query on a Reader (report.hpp): one prepared statement, its
// parameters bound. `mbov report ... --sql` prints what ran (Session::trace_sql), as a script for sqlite3.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <mbov/core/session.hpp>
#include <mbov/core/value.hpp>
#include <mbov/report/report.hpp>

namespace mbov::report {

using Param = std::variant<std::nullptr_t, std::int64_t, std::string>;


// One prepared statement with its parameters bound in order (`?` placeholders only).
class Query {
 public:
  Query(Reader& r, const char* sql, std::initializer_list<Param> params = {});
  bool next() { return q_.executeStep(); }
  SQLite::Column col(int i) { return q_.getColumn(i); }
  std::optional<std::string> text(int i);
  std::int64_t integer(int i) { return q_.getColumn(i).getInt64(); }
  // The columns of a row that are not text, by name: booleans (0/1), dates (YYYY-MM-DD) and
  // timestamps (stored UTC, YYYY-MM-DDTHH:MM:SSZ).
  struct Columns {
    std::initializer_list<std::string_view> bools, dates, moments;
  };
  // The current row as an object named by the result columns; integers stay integers, NULL is
  // null, the columns `types` names are booleans, Dates and Timestamps; other text stays text.
  Object object(const Columns& types = {});
  // Every row as objects.
  std::vector<Object> all(const Columns& types = {});

 private:
  SQLite::Statement q_;
};

// Short forms for a date or timestamp parameter.
inline Param p(const std::string& s) { return s; }
inline Param p(std::int64_t i) { return i; }

}  // namespace mbov::report
