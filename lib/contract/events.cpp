// The contract events of a year, for the board's account to the AV (R-CON-3, catalogue §6).
#include <algorithm>

#include <mbov/contract/contract.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/session.hpp>

namespace mbov::contract {

std::vector<Event> events(Session& s, int year) {
  const auto in_year = [year](Date d) { return d.year() == year; };
  std::vector<Event> out;
  for (const Contract& c : load_all(s)) {
    const auto add = [&](Date on, const char* what, std::optional<Date> end) {
      if (in_year(on) && !(s.today < on)) out.push_back({on, c.id, c.product, c.supplier, what, end});
    };
    const Details d = details(s, c.id);
    add(c.term.start, N_("new"), contract_end(c.term, 0));
    for (const Review& r : d.reviews) add(*r.on, N_("reviewed"), std::nullopt);
    for (const ExtensionRecord& e : d.extensions) add(e.on, N_("extended"), e.end);
    if (c.terminated_on) add(*c.terminated_on, N_("terminated"), c.termination_end);
    // Ran out at the end of its term: its last day passed without a termination.
    else if (c.end < s.today) add(c.end, N_("lapsed"), c.end);
  }
  std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    return a.on < b.on || (a.on == b.on && a.contract < b.contract);
  });
  return out;
}

}  // namespace mbov::contract
