#include "budget/store.hpp"

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

}  // namespace mbov::budget::store
