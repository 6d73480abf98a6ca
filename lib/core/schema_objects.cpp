#include "core/schema_objects.hpp"

#include <SQLiteCpp/Statement.h>

#include "core/schema.hpp"

namespace mbov {

std::string schema_objects(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT name, type, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                          "WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4')) ORDER BY name");
  std::string out;
  while (q.executeStep()) {
    for (int c = 0; c < 3; ++c) (out += q.getColumn(c).getString()) += '\t';
    for (char ch : q.getColumn(3).getString())
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') out += ch;
    out += '\n';
  }
  return out;
}

std::string reference_objects(int version) {
  SQLite::Database ref(":memory:", SQLite::OPEN_READWRITE);
  for (const Migration& m : migrations())
    if (m.version <= version) ref.exec(m.sql);
  return schema_objects(ref);
}

}  // namespace mbov
