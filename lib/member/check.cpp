// mbov member check (R-MEM-3..5, R-VOTE-8).
#include <mbov/core/msg.hpp>
#include <mbov/core/session.hpp>
#include <mbov/member/member.hpp>

namespace mbov::member {
namespace {

// R-MEM-3: below contacts_min is a violation, below contacts_preferred a warning.
void check_contacts(const Session& s, CheckReport& r, const Message& subject, std::int64_t contacts) {
  const auto& p = s.policy.member;
  if (contacts < p.contacts_min)
    r.add(Severity::critical, "R-MEM-3", subject, std::nullopt,
          msg_n("{} contact(s), at least {} required", "{} contact(s), at least {} required", contacts, contacts,
                       p.contacts_min));
  else if (contacts < p.contacts_preferred)
    r.add(Severity::warning, "R-MEM-3", subject, std::nullopt,
          msg_n("{} contact(s), {} preferred", "{} contact(s), {} preferred", contacts, contacts,
                       p.contacts_preferred));
}

// R-VOTE-8: a board of board.size sitting members, one of them chair.
void check_board(Session& s, CheckReport& r) {
  std::vector<Seat> seats = board(s, false);
  long long size = static_cast<long long>(seats.size());
  if (size != s.policy.board.size)
    r.add(Severity::critical, "R-VOTE-8", msg("board"), std::nullopt,
          msg_n("{} sitting board member(s), the board has {}", "{} sitting board member(s), the board has {}",
                       size, size, s.policy.board.size));
  bool chair = false;
  for (const Seat& seat : seats) {
    chair = chair || seat.chair;
    // R-MEM-7: a seat held through a member's representative is a violation once that ends.
    if (!seat.member)
      r.add(Severity::critical, "R-VOTE-8", msg("board member {}", seat.person), std::nullopt,
            msg("no longer a representative of a current member"));
  }
  if (size > 0 && !chair)
    r.add(Severity::critical, "R-VOTE-8", msg("board"), std::nullopt, msg("the board has no chair"));
  r.perfdata.emplace_back("board", size);
}

}  // namespace

CheckReport check(Session& s) {
  CheckReport r{"member", {}, {}};
  std::vector<Member> members = list(s, {});
  for (const Member& m : members) {
    if (s.today < m.joined) continue;  // not yet a member
    const Message subject = msg("member {}", m.code);
    check_contacts(s, r, subject, m.contacts);
    // R-MEM-5: a member without a representative is a warning.
    if (!m.representative)
      r.add(Severity::warning, "R-MEM-5", subject, std::nullopt, msg("no representative for the AV"));
    // R-MEM-4 judged by deadline_status with the member area's warn window.
    r.add(deadline_status(m.confirmation_due, s.today, s.policy.member.warn_days), "R-MEM-4", subject,
          m.confirmation_due, msg("contact confirmation {}", due_text(m.confirmation_due, s.today)));
  }
  r.perfdata.emplace_back("members", static_cast<long long>(members.size()));
  if (!members.empty()) check_board(s, r);  // an empty register has no board to check
  return r;
}

}  // namespace mbov::member
