#include "budget/store.hpp"
#include "core/as_of.hpp"

#include "core/sql.hpp"

namespace mbov::budget::store {

namespace {
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}
}  // namespace

std::optional<Plan> load_plan(Session& s, int year) {
  SQLite::Statement q(sql(s), "SELECT goals, motion, approved_on FROM plan WHERE year = ?");
  q.bind(1, year);
  if (!q.executeStep()) return std::nullopt;
  Plan p;
  p.year = year;
  p.goals = lines_of(q.getColumn(0).getString());
  if (!q.getColumn(1).isNull()) p.motion = q.getColumn(1).getInt64();
  if (!q.getColumn(2).isNull()) p.approved_on = Date::parse(q.getColumn(2).getString(), "plan.approved_on");
  return p;
}

bool approval_on_agenda(Session& s, int year) {
  SQLite::Statement q(sql(s),
                      "SELECT 1 FROM motion m JOIN meeting g ON g.id = m.meeting "
                      "WHERE m.kind = 'budget' AND g.kind = 'av' AND m.year = ?");
  q.bind(1, year);
  return q.executeStep();
}

namespace {
// R-FIN-4: the fee row of a product (alias f) in force in year :year: the latest set from then or before.
constexpr const char* fee_in_force =
    "f.from_year = (SELECT max(x.from_year) FROM fee x WHERE x.product = f.product AND x.from_year <= :year)";
}  // namespace

std::vector<Fee> fees(Session& s, std::optional<int> year) {
  SQLite::Statement q(sql(s), std::string("SELECT f.product, f.from_year, f.one_off, f.yearly FROM fee f"
                                          " WHERE :year IS NULL OR ") +
                                  fee_in_force + " ORDER BY f.product, f.from_year");
  if (year) q.bind(":year", *year);
  std::vector<Fee> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getInt64(), q.getColumn(3).getInt64()});
  return out;
}

void upsert_fee(Session& s, const Fee& fee) {
  SQLite::Statement q(sql(s), "INSERT INTO fee (product, from_year, one_off, yearly) VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT (product, from_year) DO UPDATE SET one_off = ?3, yearly = ?4");
  q.bind(1, fee.product);
  q.bind(2, fee.from_year);
  q.bind(3, fee.one_off);
  q.bind(4, fee.yearly);
  q.exec();
}

std::vector<UptakeYear> uptake_year(Session& s, int year) {
  SQLite::Statement q(sql(s), std::string(
      "SELECT u.member, u.product,"
      " sum(max(0, julianday(min(coalesce(u.until, :last), :last)) - julianday(max(u.from_date, :first)) + 1)),"
      " (SELECT min(x.from_date) FROM uptake x WHERE x.member = u.member AND x.product = u.product) >= :first,"
      " f.one_off, f.yearly"
      " FROM uptake u JOIN fee f ON f.product = u.product AND ") + fee_in_force +
      " WHERE u.from_date <= :last AND (u.until IS NULL OR u.until >= :first)"
      " GROUP BY u.member, u.product ORDER BY u.member, u.product");
  q.bind(":year", year);
  q.bind(":first", Date::from_ymd(year, 1, 1).str());
  q.bind(":last", Date::from_ymd(year, 12, 31).str());
  std::vector<UptakeYear> out;
  while (q.executeStep())
    out.push_back({.member = q.getColumn(0).getString(),
                   .product = q.getColumn(1).getString(),
                   .days = static_cast<long>(q.getColumn(2).getDouble() + 0.5),
                   .first_in_year = q.getColumn(3).getInt() != 0,
                   .one_off = q.getColumn(4).getInt64(),
                   .yearly = q.getColumn(5).getInt64()});
  return out;
}

}  // namespace mbov::budget::store

namespace mbov::budget::store {

void as_of(Session& s) {
  // R-GEN-1: spending dated later had not been spent; an approval dated later had not been given.
  as_of_view(s, "spending", "date <= {today}");
  as_of_view(s, "plan", "1", {{"approved_on", "CASE WHEN approved_on <= {today} THEN approved_on END"},
                             {"motion", "CASE WHEN approved_on <= {today} THEN motion END"}});
}

}  // namespace mbov::budget::store
