// mbov member import: the columns of `member list --format csv`, by name, all-or-nothing.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/csv.hpp>
#include <mbov/core/error.hpp>
#include <mbov/member/member.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/session.hpp>

namespace mbov::member {
namespace {

// Runs `f`; an Error it throws is re-thrown naming the line and `column`.
template <class F>
auto at_column(const CsvReader& csv, const CsvColumns& cols, std::string_view column, F f) {
  try {
    return f(cols.get(csv, column));
  } catch (const Error& e) {
    fail_at(csv, *cols.index(column), e.message());
  }
}

std::optional<Date> optional_date(const CsvReader& csv, const CsvColumns& cols, std::string_view column) {
  return at_column(csv, cols, column, [&](std::string_view v) -> std::optional<Date> {
    if (v.empty()) return std::nullopt;
    return Date::parse(v, column);
  });
}

}  // namespace

long import_csv(Session& s, std::istream& in, const std::string& source) {
  CsvReader csv(in, source);
  // The derived columns of the list (contacts, representative, ...) are accepted and ignored,
  // so an export reads back in.
  CsvColumns cols(csv, {"code", "name", "contracting_authority"},
                  {"city", "joined", "left", "contacts", "representative", "last_confirmed", "confirmation_due"});
  long added = 0;
  while (csv.next()) {
    auto authority = parse_yes_no(cols.get(csv, "contracting_authority"));
    if (!authority)
      fail_at(csv, *cols.index("contracting_authority"),
              msg("'{}' is not true or false (or ja, nee)", cols.get(csv, "contracting_authority")));
    NewMember m{.code = std::string(cols.get(csv, "code")),
                .name = std::string(cols.get(csv, "name")),
                .city = std::string(cols.get(csv, "city")),  // empty: none (add)
                .contracting_authority = *authority,
                .joined = cols.index("joined") ? optional_date(csv, cols, "joined").value_or(s.today) : s.today,
                .left = cols.index("left") ? optional_date(csv, cols, "left") : std::nullopt};
    // add() names the member but not the place in the file: the code column is where it starts.
    at_column(csv, cols, *authority ? "code" : "contracting_authority", [&](std::string_view) {
      add(s, m);
      return 0;
    });
    ++added;
  }
  return added;
}

}  // namespace mbov::member
