// Tests for lib/app/as_of.cpp (R-GEN-1): one call installs every area's view of its dated tables,
// so a check's or report's session reads each area as it stood on its today.
#include <doctest/doctest.h>

#include <mbov/app/checks.hpp>
#include "core/sql.hpp"
#include "testdb.hpp"

using namespace mbov;

namespace {

std::int64_t rows_of(Session& s, const std::string& table) {
  SQLite::Statement q(sql(s), "SELECT count(*) FROM " + table);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::optional<std::string> text_of(Session& s, const std::string& query) {
  SQLite::Statement q(sql(s), query);
  if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
  return q.getColumn(0).getString();
}

}  // namespace

TEST_CASE("app as_of (R-GEN-1): every area's records dated after today are not there yet") {
  test::TestDb t("2026-03-01");
  {
    Session s = t.write();
    // One record before today and one after in a table of each area, as sqlite3 would write them.
    sql(s).exec(R"sql(
      INSERT INTO member (code, name, contracting_authority, joined) VALUES ('A1', 'a', 1, '2025-01-01'),
        ('B2', 'b', 1, '2026-03-02');
      INSERT INTO person (id, name) VALUES (1, 'Ann');
      INSERT INTO incident (kind, title, priority, status, opened, respond_by, resolve_by) VALUES
        ('disruption', 'before', 2, 'new', '2026-02-28T09:00:00Z', '2026-02-28T13:00:00Z', '2026-03-01T09:00:00Z'),
        ('disruption', 'after', 2, 'new', '2026-03-02T09:00:00Z', '2026-03-02T13:00:00Z', '2026-03-03T09:00:00Z');
      INSERT INTO officer (person, from_date, until) VALUES (1, '2025-01-01', '2026-06-01');
      INSERT INTO plan (year) VALUES (2026);
      INSERT INTO budget_line (id, year, description, amount) VALUES (1, 2026, 'hosting', 100);
      INSERT INTO spending (line, date, amount) VALUES (1, '2026-02-01', 10), (1, '2026-03-02', 20);
      INSERT INTO group_decision (grp, date, text) VALUES ('expert-group', '2026-03-01', 'today'),
        ('expert-group', '2026-03-02', 'tomorrow');
      INSERT INTO meeting (id, kind, date) VALUES (1, 'av', '2026-03-05');
      INSERT INTO attendance (meeting, member, since) VALUES (1, 'A1', '2026-03-05T18:00:00Z');
      INSERT INTO supplier (id, name) VALUES (1, 'Leverancier BV');
      INSERT INTO contract (id, product, supplier, start, base_years, extensions, extension_years, notice_months)
        VALUES (1, 'CAMBO', 1, '2025-01-01', 4, 2, 2, 6);
      INSERT INTO review (contract, on_date, outcome) VALUES (1, '2026-02-01', 'compliant'), (1, '2026-04-01', 'compliant');)sql");
    test::unaudited(s);
    s.commit();
  }
  Session s = t.read();
  CHECK(rows_of(s, "member") == 2);
  CHECK(rows_of(s, "incident") == 2);
  CHECK(rows_of(s, "spending") == 2);
  CHECK(rows_of(s, "group_decision") == 2);
  CHECK(rows_of(s, "attendance") == 1);
  CHECK(rows_of(s, "review") == 2);
  CHECK(text_of(s, "SELECT until FROM officer") == "2026-06-01");
  app::as_of(s);
  CHECK(text_of(s, "SELECT group_concat(code) FROM member") == "A1");               // member
  CHECK(text_of(s, "SELECT group_concat(title) FROM incident") == "before");        // incident
  CHECK(text_of(s, "SELECT sum(amount) FROM spending") == "10");                    // budget
  CHECK(text_of(s, "SELECT group_concat(text) FROM group_decision") == "today");    // gov
  CHECK(rows_of(s, "attendance") == 0);                                             // vote
  CHECK(text_of(s, "SELECT group_concat(on_date) FROM review") == "2026-02-01");    // contract
  CHECK(text_of(s, "SELECT until FROM officer") == std::nullopt);                   // dpia: ends later
}
