// R-GEN-2: the day a database's records begin (the table records_from, at most one row).
#include <mbov/core/records.hpp>
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/session.hpp>
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

void require_before_records(const Session& s, Date day, std::string_view what) {
  const std::optional<Date> from = records_from(s);
  if (!from)
    throw Error(Exit::data, msg("the records have no first day: a decision before them needs one"), "R-GEN-2",
                msg("set it: 'mbov db records-from DATE'"));
  if (!(day < *from))
    throw Error(Exit::data,
                msg("{} {} is not before the records, which begin on {}", what,
                            human_date(day), human_date(*from)),
                "R-GEN-2", msg("a decision taken since then is recorded with its meeting"));
}

Date counted_from(const Session& s, Date start) {
  const std::optional<Date> from = records_from(s);
  return from && start < *from ? *from : start;
}

}  // namespace mbov
