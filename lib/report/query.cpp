#include "report/query.hpp"
#include "core/sql.hpp"

#include <algorithm>

#include <mbov/app/checks.hpp>
#include <mbov/core/dates.hpp>

namespace mbov::report {
namespace {

bool named(std::initializer_list<std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

Reader::Reader(Session& s, bool trace) : s(s) {
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

Object Query::object(const Columns& types) {
  Object o;
  // Exactly the row's size: a week's rows at 10^6 incidents are megabytes, and a vector grown
  // by doubling holds up to twice its fields.
  const auto n = static_cast<std::size_t>(q_.getColumnCount());
  o.keys.reserve(n);
  o.values.reserve(n);
  for (int i = 0; i < q_.getColumnCount(); ++i) {
    SQLite::Column c = q_.getColumn(i);
    const std::string_view name = c.getName();
    Value v;
    if (c.isInteger()) v = named(types.bools, name) ? Value(c.getInt64() != 0) : Value(c.getInt64());
    else if (c.isFloat()) v = Value(c.getDouble());
    else if (c.isNull()) v = Value();
    else if (named(types.dates, name)) v = Value(Date::parse(c.getString(), name));
    else if (named(types.moments, name)) v = Value(Timestamp::parse(c.getString(), name));
    else v = Value(c.getString());
    o.add(std::string(name), std::move(v));
  }
  return o;
}

std::vector<Object> Query::all(const Columns& types) {
  std::vector<Object> rows;
  while (next()) rows.push_back(object(types));
  return rows;
}

}  // namespace mbov::report
