#pragma once
// The year plan and its budget (R-FIN-1..3), the product fees (R-FIN-4), and money: integer euro
// cents throughout, read in Dutch (1.234,56) or plain (1234.56) notation.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/format.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::budget {

// ---- money (money.cpp)

// An amount in euro cents from "1234.56", "1234,56", "1.234,56", "1.234" (thousands), "12",
// optionally signed with '-': a ',' is the decimal separator and '.' groups thousands (Dutch), or
// a single '.' with one or two decimals is the decimal point (plain). Exit::data naming `what`.
std::int64_t parse_cents(std::string_view text, std::string_view what);
std::string plain_amount(std::int64_t cents);  // "-1234.50"
std::string human_amount(std::int64_t cents);  // plain in English, "€ -1.234,50" in Dutch (a message takes Money)
// An amount as output shows it: a plain number in json and xlsx, "1234.50" text elsewhere.
Value money(std::int64_t cents, Format format);

// ---- the rules (rules.cpp)

enum class Kind { investment, running };
std::string_view kind_name(Kind kind);  // "investment", "running"

// R-FIN-1: an investment costs at least finance.investment_min_eur and lasts longer than
// finance.investment_min_life_years; everything else (also an unknown value or life) is running.
Kind classify(std::optional<std::int64_t> acquisition_cents, std::optional<int> life_years,
              const Policy::Finance& policy);

// R-FIN-4: the yearly fee for `days` of uptake in a year of `year_days`, to the nearest cent
// (half up). yearly_cents >= 0, 0 <= days <= year_days.
std::int64_t pro_rata(std::int64_t yearly_cents, long days, long year_days);
// R-FIN-4: the days of `year` a yearly fee is divided by (365 or 366).
long year_days(int year);

// What is left of a budgeted amount and the share spent (whole percent, rounded down; null
// for a zero budget).
struct Realisation {
  std::int64_t budgeted = 0;
  std::int64_t spent = 0;
  std::int64_t left() const { return budgeted - spent; }
  std::optional<std::int64_t> percent() const;
  bool overspent() const { return spent > budgeted; }  // R-FIN-3
};

// ---- plans, lines, spending (budget.cpp)

struct Plan {
  int year = 0;
  std::vector<std::string> goals;
  std::optional<std::int64_t> motion;  // the adopted AV motion that approved it (R-FIN-2)
  std::optional<Date> approved_on;     // its meeting's date
};

struct LineInput {
  int year = 0;
  std::string description;
  std::int64_t amount = 0;  // cents
  std::optional<std::string> product;
  std::optional<std::int64_t> acquisition;  // cents
  std::optional<int> life_years;
};

struct Line {
  std::int64_t id = 0;
  int year = 0;
  std::string description;
  std::optional<std::string> product;
  std::optional<std::int64_t> acquisition;
  std::optional<int> life_years;
  Kind kind = Kind::running;  // computed (R-FIN-1), never typed
  Realisation money;
};

struct SpendInput {
  std::int64_t line = 0;
  Date date;
  std::int64_t amount = 0;  // cents; negative for a credit note
  std::optional<std::string> supplier;
  std::optional<std::string> reference;
};

struct Spending {
  std::int64_t id = 0;
  std::int64_t line = 0;
  Date date;
  std::int64_t amount = 0;
  std::optional<std::string> supplier;
  std::optional<std::string> reference;
};

// Creates the year's plan with its goals, or replaces the goals of a plan not yet approved.
void set_plan(Session& s, int year, const std::vector<std::string>& goals);
// Exit::data for a year without a plan.
Plan find_plan(Session& s, int year);
std::vector<Plan> list_plans(Session& s);
// A budget line of a plan not yet approved; returns its id.
std::int64_t add_line(Session& s, const LineInput& in);
std::vector<Line> year_lines(Session& s, int year);
// R-FIN-2: the adopted AV motion (vote::require_adopted) of kind budget approves the year's budget.
void approve(Session& s, int year, std::int64_t motion);
// R-FIN-2: spending is recorded against a line of an approved budget only, within its year.
std::int64_t spend(Session& s, const SpendInput& in);
std::vector<Spending> year_spending(Session& s, int year);

// R-FIN-3: the realisation of a year: per line, per kind, in total.
struct Report {
  Plan plan;
  std::vector<Line> lines;
  Realisation investment, running, total;
};
Report realisation(Session& s, int year);

// ---- fees (fee.cpp), R-FIN-4

// Fees are set per year: valid from `from_year` until a later one replaces them.
struct Fee {
  std::string product;
  int from_year = 0;
  std::int64_t one_off = 0;  // cents, at a member's first uptake
  std::int64_t yearly = 0;   // cents per member per year, pro rata by days
};
struct FeeInput {
  std::string product;
  int from_year = 0;
  std::optional<std::int64_t> one_off;  // none: the one-off in force before (0 when none)
  std::int64_t yearly = 0;
};
// Sets the fees from a year on (again for the same year replaces them).
void set_fee(Session& s, const FeeInput& in);
// Every fee set, by product and year (the history); with `year`, the fees in force in that year.
std::vector<Fee> list_fees(Session& s, std::optional<int> year = std::nullopt);

// R-FIN-4: what a member owes for a product in a year: the one-off fee when its first uptake ever
// falls in the year, the yearly fee pro rata by its days of uptake within the year, both at the
// fees in force in that year. Only products with a fee in force are charged.
struct Charge {
  std::string member, product;
  long days = 0;
  std::int64_t one_off = 0, yearly = 0;  // cents
  std::int64_t total() const { return one_off + yearly; }
};
std::vector<Charge> charges(Session& s, int year);

// ---- output

Object to_object(const Plan& p);
Object to_object(const Line& l, Format f);
Object to_object(const Spending& sp, Format f);
Object to_object(const Report& r, Format f);
Object to_object(const Fee& fee, Format f);
Object to_object(const Charge& c, Format f);

// ---- the check (check.cpp): R-FIN-2 (no approved budget), R-FIN-3 (overspending)

CheckReport check(Session& s);

}  // namespace mbov::budget

MBOV_PUBLIC_END
