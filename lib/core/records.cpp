// R-GEN-2: the day a database's records begin (the table records_from, at most one row).
#include "core/records.hpp"

#include "core/audit.hpp"
#include "core/session.hpp"
#include "core/sql.hpp"

namespace mbov {

std::optional<Date> records_from(const Session& s) {
  SQLite::Statement& q = statement(s, "SELECT day FROM records_from");
  if (!q.executeStep()) return std::nullopt;
  const Date day = Date::parse(q.getColumn(0).getString(), "records_from.day");
  q.reset();
  return day;
}

void set_records_from(Session& s, Date day) {
  sql(s).exec("DELETE FROM records_from");
  SQLite::Statement q(sql(s), "INSERT INTO records_from (day) VALUES (?)");
  q.bind(1, day.str());
  q.exec();
  audit::record(s, "records_from", "", "set", Object().add("on", day.str()));
}

bool judged(const Session& s, Date start) {
  const std::optional<Date> from = records_from(s);
  return !from || *from <= start;
}

Date counted_from(const Session& s, Date start) {
  const std::optional<Date> from = records_from(s);
  return from && start < *from ? *from : start;
}

}  // namespace mbov
