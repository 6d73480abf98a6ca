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

std::vector<int> plan_years(Session& s) {
  SQLite::Statement q(sql(s), "SELECT year FROM plan ORDER BY year");
  std::vector<int> years;
  while (q.executeStep()) years.push_back(q.getColumn(0).getInt());
  return years;
}

void save_goals(Session& s, int year, const std::string& goals) {
  SQLite::Statement q(sql(s), "INSERT INTO plan (year, goals) VALUES (?1, ?2) "
                              "ON CONFLICT (year) DO UPDATE SET goals = ?2");
  q.bind(1, year);
  q.bind(2, goals);
  q.exec();
}

void set_approval(Session& s, int year, std::int64_t motion, Date on) {
  SQLite::Statement q(sql(s), "UPDATE plan SET motion = ?, approved_on = ? WHERE year = ?");
  q.bind(1, motion);
  q.bind(2, on.str());
  q.bind(3, year);
  q.exec();
}

namespace {

Line read_line(SQLite::Statement& q) {
  Line l;
  l.id = q.getColumn(0).getInt64();
  l.year = q.getColumn(1).getInt();
  l.description = q.getColumn(2).getString();
  l.product = opt_text(q.getColumn(4));
  if (!q.getColumn(5).isNull()) l.acquisition = q.getColumn(5).getInt64();
  if (!q.getColumn(6).isNull()) l.life_years = q.getColumn(6).getInt();
  l.money.budgeted = q.getColumn(3).getInt64();
  l.money.spent = q.getColumn(7).getInt64();
  return l;
}

constexpr const char* line_columns =
    "SELECT l.id, l.year, l.description, l.amount, l.product, l.acquisition, l.life_years,"
    " (SELECT coalesce(sum(amount), 0) FROM spending WHERE line = l.id) FROM budget_line l ";

}  // namespace

std::optional<Line> load_line(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), std::string(line_columns) + "WHERE l.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read_line(q);
}

std::vector<Line> lines_of_year(Session& s, int year) {
  SQLite::Statement q(sql(s), std::string(line_columns) + "WHERE l.year = ? ORDER BY l.id");
  q.bind(1, year);
  std::vector<Line> lines;
  while (q.executeStep()) lines.push_back(read_line(q));
  return lines;
}

std::int64_t insert_line(Session& s, const LineInput& in, const std::optional<std::string>& product) {
  SQLite::Statement q(sql(s), "INSERT INTO budget_line (year, description, amount, product, acquisition, life_years)"
                              " VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, in.year);
  q.bind(2, in.description);
  q.bind(3, in.amount);
  bind_opt(q, 4, product);
  if (in.acquisition) q.bind(5, *in.acquisition);
  if (in.life_years) q.bind(6, *in.life_years);
  q.exec();
  return sql(s).getLastInsertRowid();
}

std::int64_t insert_spending(Session& s, const SpendInput& in) {
  SQLite::Statement q(sql(s), "INSERT INTO spending (line, date, amount, supplier, reference) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, in.line);
  q.bind(2, in.date.str());
  q.bind(3, in.amount);
  bind_opt(q, 4, in.supplier);
  bind_opt(q, 5, in.reference);
  q.exec();
  return sql(s).getLastInsertRowid();
}

std::vector<Spending> spending_of_year(Session& s, int year) {
  SQLite::Statement q(sql(s), "SELECT sp.id, sp.line, sp.date, sp.amount, sp.supplier, sp.reference FROM spending sp"
                              " JOIN budget_line l ON l.id = sp.line WHERE l.year = ? ORDER BY sp.date, sp.id");
  q.bind(1, year);
  std::vector<Spending> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                   Date::parse(q.getColumn(2).getString(), "spending.date"), q.getColumn(3).getInt64(),
                   opt_text(q.getColumn(4)), opt_text(q.getColumn(5))});
  return out;
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
