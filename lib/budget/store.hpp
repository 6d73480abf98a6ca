#pragma once
// Reads shared by the budget area's sources (not installed).
#include <optional>

#include <mbov/budget/budget.hpp>

namespace mbov::budget::store {

std::optional<Plan> load_plan(Session& s, int year);
std::vector<int> plan_years(Session& s);
// Adds the plan of `year`, or replaces its goals (one per line).
void save_goals(Session& s, int year, const std::string& goals);
void set_approval(Session& s, int year, std::int64_t motion, Date on);

// A line with its spending so far; its kind is left to the caller (R-FIN-1 takes the policy).
std::optional<Line> load_line(Session& s, std::int64_t id);
std::vector<Line> lines_of_year(Session& s, int year);
std::int64_t insert_line(Session& s, const LineInput& in, const std::optional<std::string>& product);
std::int64_t insert_spending(Session& s, const SpendInput& in);
std::vector<Spending> spending_of_year(Session& s, int year);
// R-FIN-2: a motion of kind budget for `year` stands on the agenda of an AV meeting.
bool approval_on_agenda(Session& s, int year);

// ---- fees (R-FIN-4)
std::vector<Fee> fees(Session& s, std::optional<int> year);  // all, or those in force in `year`
void upsert_fee(Session& s, const Fee& fee);
// Per member and product taken up in the year with a fee in force: the days of uptake within
// [first, last] (an uptake holds through its until day), whether its first uptake ever falls in
// the year, and the fees in force in the year.
struct UptakeYear {
  std::string member, product;
  long days = 0;
  bool first_in_year = false;
  std::int64_t one_off = 0, yearly = 0;
};
std::vector<UptakeYear> uptake_year(Session& s, int year);

// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::budget::store
