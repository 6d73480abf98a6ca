// gov check: the vision's term (R-GOV-2), board meetings (R-GOV-4), roles (R-GOV-5), the
// contacts' community (R-GOV-6), on the check framework.
#include <mbov/core/msg.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/records.hpp>
#include <mbov/core/session.hpp>
#include <mbov/gov/gov.hpp>

namespace mbov::gov {
namespace {

// R-GOV-2: a vision whose term has run out is a violation, one ending soon a warning.
void vision_in_term(Session& s, CheckReport& r) {
  const std::optional<Version> vision = in_force(versions(s, DocumentKind::vision));
  if (!vision) {
    r.add(Severity::critical, "R-GOV-2", msg("vision"), std::nullopt, msg("no approved multi-year vision"));
    return;
  }
  const Date ends = vision_ends(*vision, s.policy.governance.vision_years);
  r.add(deadline_status(ends, s.today, s.policy.governance.warn_days), "R-GOV-2",
        msg("vision {}", vision->number), ends,
        msg("the multi-year vision's term ends: {}", due_text(ends, s.today)));
}

// R-GOV-4: fewer board meetings than board.meetings_per_year in the calendar year just ended;
// not judged when that year began before the records did (core/records.hpp).
void board_met(Session& s, CheckReport& r) {
  const int year = s.today.year() - 1;
  if (!judged(s, Date::from_ymd(year, 1, 1))) return;
  const std::int64_t held = board_meetings(s, year);
  if (held < s.policy.board.meetings_per_year)
    r.add(Severity::warning, "R-GOV-4", msg("board {}", year), Date::from_ymd(year, 12, 31),
          msg_n("{} board meetings in {}, fewer than {}", "{} board meetings in {}, fewer than {}", held, held,
                       year, s.policy.board.meetings_per_year));
}

// R-GOV-5: a role without a holder is a violation, a mailbox without a deputy a warning. The FG
// is the data protection officer: the dpia check reports a missing one.
void roles_held(Session& s, CheckReport& r) {
  for (const Required& req : required_roles(s, s.today)) {
    if (req.role == Role::fg) continue;
    const WordOf role{"role", std::string(role_name(req.role))};
    const Message subject = req.scope.empty() ? msg("role {}", role) : msg("role {} {}", role, req.scope);
    const std::optional<Holder> h = holder_on(s, req.role, req.scope, s.today);
    if (!h)
      r.add(Severity::critical, "R-GOV-5", subject, std::nullopt, msg("no holder"));
    else if (req.role == Role::mailbox_owner && !h->deputy)
      r.add(Severity::warning, "R-GOV-5", subject, std::nullopt, msg("the mailbox has no deputy"));
  }
}

// R-GOV-6
void community_complete(Session& s, CheckReport& r) {
  for (const std::string& code : members_outside_community(s, s.today))
    r.add(Severity::warning, "R-GOV-6", msg("member {}", code), std::nullopt,
          msg("no contact in the contacts' community"));
}

}  // namespace

CheckReport check(Session& s) {
  CheckReport r{"gov", {}, {}};
  vision_in_term(s, r);
  board_met(s, r);
  roles_held(s, r);
  community_complete(s, r);
  r.perfdata.emplace_back("roles", static_cast<long long>(holders(s, s.today).size()));
  return r;
}

}  // namespace mbov::gov
