// mbov member check (R-MEM-3..5, R-VOTE-8) and the erasure of a person (R-DPIA-5).
#include <fmt/format.h>

#include "core/error.hpp"
#include "core/sql.hpp"
#include "member/member.hpp"
#include "member/store.hpp"
#include "core/person.hpp"
#include "core/session.hpp"

namespace mbov::member {
namespace {

// R-MEM-3: below contacts_min is a violation, below contacts_preferred a warning.
void check_contacts(const Session& s, CheckReport& r, const std::string& subject, long long contacts) {
  const auto& p = s.policy.member;
  if (contacts < p.contacts_min)
    r.add(Severity::critical, "R-MEM-3", subject, std::nullopt,
          fmt::format("{} contact(s), at least {} required", contacts, p.contacts_min));
  else if (contacts < p.contacts_preferred)
    r.add(Severity::warning, "R-MEM-3", subject, std::nullopt,
          fmt::format("{} contact(s), {} preferred", contacts, p.contacts_preferred));
}

// R-VOTE-8: a board of board.size sitting members, one of them chair.
void check_board(Session& s, CheckReport& r) {
  std::vector<Object> seats = board(s, false);
  long long size = static_cast<long long>(seats.size());
  if (size != s.policy.board.size)
    r.add(Severity::critical, "R-VOTE-8", "board", std::nullopt,
          fmt::format("{} sitting board member(s), the board has {}", size, s.policy.board.size));
  bool chair = false;
  for (const Object& seat : seats) {
    chair = chair || seat.find("chair")->text() == "true";
    if (seat.find("member")->is_null())
      r.add(Severity::warning, "R-VOTE-8", fmt::format("board member {}", seat.find("person")->text()), std::nullopt,
            "no longer a representative of a current member");
  }
  if (size > 0 && !chair) r.add(Severity::critical, "R-VOTE-8", "board", std::nullopt, "the board has no chair");
  r.perfdata.emplace_back("board", size);
}

}  // namespace

CheckReport check(Session& s) {
  CheckReport r{"member", {}, {}};
  std::vector<Object> members = list(s, false, std::nullopt);
  for (const Object& m : members) {
    if (m.find("joined")->text() > s.today.str()) continue;  // not yet a member
    std::string subject = "member " + m.find("code")->text();
    check_contacts(s, r, subject, std::get<std::int64_t>(m.find("contacts")->data));
    // R-MEM-5: a member without a representative is a warning.
    if (m.find("representative")->is_null())
      r.add(Severity::warning, "R-MEM-5", subject, std::nullopt, "no representative for the AV");
    // R-MEM-4 with R-CON-8's deadline rule and the member area's warn window.
    Date due = Date::parse(m.find("confirmation_due")->text(), "confirmation_due");
    r.add(deadline_status(due, s.today, s.policy.member.warn_days), "R-MEM-4", subject, due,
          "contact confirmation " + due_phrase(due, s.today));
  }
  r.perfdata.emplace_back("members", static_cast<long long>(members.size()));
  if (!members.empty()) check_board(s, r);  // an empty register has no board to check
  return r;
}

void forget(Session& s, std::int64_t person) {
  SQLite::Statement q(sql(s), "SELECT c.id FROM contact c WHERE c.person = :p AND (c.until IS NULL OR c.until > :t) "
                            "UNION ALL SELECT b.id FROM board_seat b WHERE b.person = :p AND (b.until IS NULL OR b.until > :t)");
  q.bind(":p", person);
  q.bind(":t", s.today.str());
  if (q.executeStep())
    fail_data(fmt::format("person {} still holds a role (contact or board seat {})", person, q.getColumn(0).getInt64()),
              "R-DPIA-5", "end it first: 'mbov member contact remove ID' or 'mbov member board leave PERSON-ID'");
  erase_person(s, person);
}

}  // namespace mbov::member
