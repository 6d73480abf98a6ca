// Tests for lib/report/sheets.cpp: a Document as one csv list with a section column.
#include <doctest/doctest.h>

#include <mbov/core/output.hpp>
#include <mbov/report/report.hpp>

using namespace mbov;

TEST_CASE("to_csv: the head, each facts section and each table row, the columns in first-seen order") {
  report::Document d;
  d.title = "t";
  d.head.add("year", 2026);
  d.facts("summary", "Summary").facts.add("total", 2);
  report::Section& rows = d.table("rows", "Rows", {"id", "title"});
  rows.rows.push_back(Object().add("id", 1).add("title", "a, b"));
  rows.rows.push_back(Object().add("id", 2).add("title", "c"));
  CHECK(report::to_csv(d, {}) ==
        "section,year,total,id,title\r\n"
        "head,2026,,,\r\n"
        "summary,,2,,\r\n"
        "rows,,,1,\"a, b\"\r\n"
        "rows,,,2,c\r\n");
}
