#include "report/sources.hpp"
#include <mbov/core/session.hpp>
#include <mbov/vote/vote.hpp>

namespace mbov::report {

Object decision_row(Reader& r, std::int64_t motion) {
  const vote::Motion m = vote::find_motion(r.s, motion);
  const vote::Tally t = vote::motion_tally(r.s, motion);
  Object o;
  o.add("motion", motion).add("date", m.date).add("title", m.title);
  o.add("yes", t.turnout.yes).add("no", t.turnout.no).add("abstain", t.turnout.abstain);
  o.add("base", t.base).add("required", t.required).add("consensus", t.consensus).add("adopted", t.adopted);
  o.add("voting_closed", m.closed_at.has_value());
  return o;
}

}  // namespace mbov::report
