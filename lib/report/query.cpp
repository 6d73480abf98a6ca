#include "report/query.hpp"
#include "core/sql.hpp"

#include <algorithm>

#include <mbov/app/checks.hpp>
#include <mbov/core/dates.hpp>

namespace mbov::report {
namespace {

// The storage form of a timestamp, exactly: 2026-05-04T07:00:00Z.
bool is_utc_timestamp(const std::string& s) {
  return s.size() == 20 && s[4] == '-' && s[10] == 'T' && s[13] == ':' && s[19] == 'Z';
}

}  // namespace

Reader::Reader(Session& s, bool trace, bool shown) : s(s), shown(shown) {
  if (trace) s.trace_sql();
  app::as_of(s);
}

Query::Query(Reader& r, const char* text, std::initializer_list<Param> params) : q_(mbov::sql(r.s), text) {
  int index = 0;
  for (const Param& p : params) {
    ++index;
    if (const auto* i = std::get_if<std::int64_t>(&p)) q_.bind(index, *i);
    else if (const auto* s = std::get_if<std::string>(&p)) q_.bind(index, *s);
    else q_.bind(index);
  }
}

std::optional<std::string> Query::text(int i) {
  SQLite::Column c = q_.getColumn(i);
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

Object Query::object(std::initializer_list<std::string_view> bools) {
  Object o;
  // Exactly the row's size: a week's rows at 10^6 incidents are megabytes, and a vector grown
  // by doubling holds up to twice its fields.
  const auto n = static_cast<std::size_t>(q_.getColumnCount());
  o.keys.reserve(n);
  o.values.reserve(n);
  for (int i = 0; i < q_.getColumnCount(); ++i) {
    SQLite::Column c = q_.getColumn(i);
    Value v;
    const bool is_bool = std::find(bools.begin(), bools.end(), std::string_view(c.getName())) != bools.end();
    if (c.isInteger()) v = is_bool ? Value(c.getInt64() != 0) : Value(c.getInt64());
    else if (c.isFloat()) v = Value(c.getDouble());
    else if (!c.isNull()) {
      std::string s = c.getString();
      v = is_utc_timestamp(s) ? Value(Timestamp::parse(s, c.getName()).local()) : Value(std::move(s));
    }
    o.add(c.getName(), std::move(v));
  }
  return o;
}

std::vector<Object> Query::all(std::initializer_list<std::string_view> bools) {
  std::vector<Object> rows;
  while (next()) rows.push_back(object(bools));
  return rows;
}

}  // namespace mbov::report
