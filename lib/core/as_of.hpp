#pragma once
// R-GEN-1: as of a day. A check or report judges the records as they stood on the session's
// today (timestamps: at its now). Each area says, in its store, which of its records are dated and
// how (lib/<area>/store.cpp: as_of); this is the one way they say it: a temporary view named as the table,
// which every statement of the session then reads instead of it (SQLite looks in temp first).
// Only read sessions of checks and reports install them (app::as_of); writes never see a view.
#include <initializer_list>
#include <string_view>

#include <mbov/core/session.hpp>

namespace mbov {

// One column as it stood: an SQL expression over the stored row.
struct AsOfColumn {
  std::string_view name;
  std::string_view expression;
};

// `table` as it stood: only the rows for which `where` holds, with `columns` replaced. In both,
// {today} is the session's day ('YYYY-MM-DD') and {now} its moment (the storage form).
// `unchanged`, when given, says of a row that it stands as stored: those rows are read as they
// are (a query on them keeps using the table's partial indexes), only the others are rewritten.
void as_of_view(Session& s, std::string_view table, std::string_view where, std::initializer_list<AsOfColumn> columns = {},
                std::string_view unchanged = {});

}  // namespace mbov
