#pragma once
// The member register (R-MEM-1..8, R-VOTE-8): members, the people who speak for them, the
// yearly confirmation, product uptake and the board.
//
// Dates: a member counts up to and including its `left` day, an uptake up to and including its
// `until` day (both are last days). A contact role or a board seat ends ON its `until` day: it
// no longer holds from that day on, so `contact remove` without --on takes effect today.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/check.hpp"
#include "core/dates.hpp"
#include "core/value.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::member {

// ---- members (lib/member.cpp) ----
struct NewMember {
  std::string code, name;
  std::optional<std::string> city;
  bool contracting_authority = false;
  Date joined;
  std::optional<Date> left;
};
void add(Session& s, const NewMember& m);
// Current members (all with `all`), or those taking up `product` today. Fields of CLI.md.
std::vector<Object> list(Session& s, bool all, const std::optional<std::string>& product);
Object show(Session& s, const std::string& code);
void edit(Session& s, const std::string& code, const std::optional<std::string>& name,
          const std::optional<std::string>& city);
void leave(Session& s, const std::string& code, Date on);
// The columns of `member list`, in order (also the CSV import/export columns).
const std::vector<std::string>& list_columns();

// ---- confirmation (lib/member_confirm.cpp) ----
// R-MEM-4: the day the next confirmation of the contacts is due.
Date confirmation_due(const Session& s, Date joined, const std::optional<Date>& last_confirmed);
std::optional<Date> last_confirmed(Session& s, const std::string& code);
void confirm(Session& s, const std::string& code, Date on);

// ---- uptake (lib/member_uptake.cpp) ----
// R-MEM-8: records an uptake and returns its id; with only `until`, ends the open uptake instead.
std::int64_t uptake(Session& s, const std::string& code, const std::string& product, std::optional<Date> from,
                    std::optional<Date> until);

// ---- contacts (lib/member_contact.cpp) ----
struct NewContact {
  std::string member, name, email;
  std::optional<std::string> phone;
  std::string role = "contact";
  Date since;
};
void validate_email(const std::string& email);
// Returns the new contact (role) id; the same e-mail at the same member reuses its person.
std::int64_t add_contact(Session& s, const NewContact& c);
// Contacts current today (all with `all`), of one member and/or of members taking up `product`.
std::vector<Object> contacts(Session& s, const std::optional<std::string>& code,
                             const std::optional<std::string>& product, bool all);
// R-MEM-6: the distinct addresses of the current contacts of current members, for a mailing.
std::vector<std::string> mailing(Session& s, const std::optional<std::string>& code,
                                 const std::optional<std::string>& product);
void remove_contact(Session& s, std::int64_t id, Date on);
const std::vector<std::string>& contact_columns();

// ---- board (lib/member_board.cpp) ----
// R-VOTE-8: only a current representative of a current member can sit on the board.
std::int64_t appoint(Session& s, std::int64_t person, Date from, std::optional<std::int64_t> motion);
void leave_board(Session& s, std::int64_t person, Date on);
void choose_chair(Session& s, std::int64_t person);
std::vector<Object> board(Session& s, bool all);

// ---- check and erasure (lib/member_check.cpp) ----
CheckReport check(Session& s);  // R-MEM-3, R-MEM-4, R-MEM-5, R-VOTE-8
// R-DPIA-5: erases a person who holds no current role; call scrub_free_pages after the commit.
void forget(Session& s, std::int64_t person);

// ---- CSV (lib/member_csv.cpp) ----
// All-or-nothing in the caller's transaction; returns the number of members added.
long import_csv(Session& s, std::istream& in, const std::string& source);

}  // namespace mbov::member

MBOV_PUBLIC_END
