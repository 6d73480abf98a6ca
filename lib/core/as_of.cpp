#include "core/as_of.hpp"
#include "core/sql.hpp"

#include <fmt/format.h>

namespace mbov {

void as_of_view(Session& s, std::string_view table, std::string_view where, std::initializer_list<AsOfColumn> columns,
                std::string_view unchanged) {
  const std::string today = "'" + s.today.str() + "'", now = "'" + s.now.utc() + "'";
  const auto dated = [&](std::string_view text) {
    // fmt::runtime: the SQL is each area's (its store's AsOfColumn and conditions), not a message:
    // {today} and {now} are filled with the session's literals.
    return fmt::format(fmt::runtime(text), fmt::arg("today", today), fmt::arg("now", now));
  };
  SQLite::Statement names(sql(s), "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  names.bind(1, std::string(table));
  std::string select;
  for (const std::string& name : first_column(names)) {
    std::string column = name;
    for (const AsOfColumn& c : columns)
      if (c.name == name) column = fmt::format("{} AS {}", dated(c.expression), name);
    select += (select.empty() ? "" : ", ") + column;
  }
  // With no row to rewrite (a day after every moment, as a daily check's), the rows as stored: a
  // plain view SQLite flattens into each query, which keeps every index.
  if (!unchanged.empty()) {
    SQLite::Statement changed(sql(s), fmt::format("SELECT EXISTS (SELECT 1 FROM main.{} WHERE {} AND NOT ({}))", table,
                                                  dated(where), dated(unchanged)));
    changed.executeStep();
    if (changed.getColumn(0).getInt() == 0) select = "*";
  }
  if (unchanged.empty() || select == "*") {
    sql(s).exec(fmt::format("CREATE TEMP VIEW {0} AS SELECT {1} FROM main.{0} WHERE {2}", table, select, dated(where)));
    return;
  }
  sql(s).exec(fmt::format("CREATE TEMP VIEW {0} AS SELECT * FROM main.{0} WHERE {2} AND {3}"
                          " UNION ALL SELECT {1} FROM main.{0} WHERE {2} AND NOT ({3})",
                          table, select, dated(where), dated(unchanged)));
}

}  // namespace mbov
