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
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::member {

// ---- records ----
// A member as the register shows it, with the derived fields of CLI.md.
struct Member {
  std::string code{}, name{};
  std::optional<std::string> city{};
  bool contracting_authority = true;  // R-MEM-1: every stored member is one
  Date joined{};
  std::optional<Date> left{};
  std::int64_t contacts = 0;  // current persons in the contact role (R-MEM-3)
  std::optional<std::string> representative{};  // the current representative's name (R-MEM-5)
  std::optional<Date> last_confirmed{};
  Date confirmation_due{};  // R-MEM-4
};

// A person's role at a member: contact (R-MEM-3) or representative (R-MEM-5); stored and printed
// as its word.
enum class ContactRole { contact, representative };
// The word of a role, as stored and as English prints it.
std::string_view contact_role_name(ContactRole role);
// A role from its word (--role, a database row); nullopt for any other text.
std::optional<ContactRole> contact_role_from(std::string_view word);
// contact_role_from, or Exit::data naming `what`, the text and the roles there are.
ContactRole parse_contact_role(std::string_view text, std::string_view what);
// Every role's word, in ContactRole's order (what completes --role).
std::span<const std::string_view> contact_role_words();

// A role of a person at a member.
struct Contact {
  std::int64_t id = 0;
  std::string member{};
  std::int64_t person = 0;
  std::optional<std::string> name{}, email{}, phone{};  // null once erased (dpia::erase_person)
  ContactRole role = ContactRole::contact;
  Date since{};
  std::optional<Date> until{};
};

// `member show`: a member with its current contacts.
struct MemberDetail {
  Member member{};
  std::vector<Contact> contacts{};
};

// A seat on the board (R-VOTE-8).
struct Seat {
  std::int64_t id = 0, person = 0;
  std::optional<std::string> name{};
  std::optional<std::string> member{};  // the member the person currently represents
  Date from{};
  std::optional<Date> until{};
  bool chair = false;  // chairs the board on the day asked about
  std::optional<std::int64_t> motion{};
};

// ---- requests ----
struct NewMember {
  std::string code{}, name{};
  std::optional<std::string> city{};
  bool contracting_authority = false;
  Date joined{};
  std::optional<Date> left{};
};
struct MemberEdit {
  std::string code{};
  std::optional<std::string> name{}, city{};
};
struct MemberFilter {
  bool all = false;  // former members too (R-MEM-7)
  std::optional<std::string> product{};  // only members taking it up today (R-MEM-8)
};
struct NewContact {
  std::string member{}, name{}, email{};
  std::optional<std::string> phone{};
  ContactRole role = ContactRole::contact;
  Date since{};
};
struct ContactFilter {
  std::optional<std::string> member{}, product{};
  bool all = false;  // ended roles and former members too
};
struct Confirmation {
  std::string member{};
  Date on{};
};
struct UptakeInput {
  std::string member{}, product{};
  std::optional<Date> from{}, until{};
};
// R-MEM-7: one thing a member's leaving ends: an uptake (its last day becomes the member's), a
// contact role, a group seat, a functional-manager term (each ending ON that day), or a board seat
// held through its representative, which is not ended but becomes a violation (action "flagged").
struct Ending {
  std::string kind{};  // uptake, contact, group_member, role, board_seat
  std::int64_t id = 0;
  std::string subject{};  // the product, the role, the group
  std::optional<std::int64_t> person{};
  Date from{};
  std::optional<Date> until{};  // as it is after the leave (none for a flagged board seat)
  std::string action{};  // "ends" or "flagged"
};
struct Leaving {
  std::string member{};
  Date on{};
  std::vector<Ending> ends{};
};
struct Appointment {
  std::int64_t person = 0;
  Date from{};
  std::int64_t motion = 0;  // the adopted AV motion of kind board that elected the person (R-VOTE-8)
  bool before_records = false;  // R-GEN-2: elected before the records began, no motion (from before them)
};

// ---- members (member.cpp) ----
void add(Session& s, const NewMember& m);
std::vector<Member> list(Session& s, const MemberFilter& filter);
// R-MEM-7: the codes of the members on `on`, ordered; a member counts through its last day.
std::vector<std::string> members_on(Session& s, Date on);
MemberDetail show(Session& s, const std::string& code);
void edit(Session& s, const MemberEdit& e);
// R-MEM-7: the membership's last day is `on`; ends what the member held after it (all audited).
// A dry run changes nothing and says what would end.
Leaving leave(Session& s, const std::string& code, Date on, bool dry_run = false);
const std::vector<std::string>& leaving_columns();
// R-MEM-7: a member that left becomes one again from `on` (after its last day); its earlier
// period is kept (audited).
void rejoin(Session& s, const std::string& code, Date on);
// One period of a membership: from joining through its last day (none while it lasts).
struct Period {
  std::string code{}, name{};
  Date joined{};
  std::optional<Date> left{};
};
// R-MEM-7: the periods that began or ended in [from, to) (a rejoin begins one); by code, joining.
std::vector<Period> periods_changed(Session& s, Date from, Date to);
// The columns of `member list`, in order (also the CSV import/export columns).
const std::vector<std::string>& list_columns();

// ---- confirmation (confirm.cpp) ----
// R-MEM-4: the day the next confirmation of the contacts is due.
Date confirmation_due(const Session& s, Date joined, const std::optional<Date>& last_confirmed);
void confirm(Session& s, const Confirmation& c);

// ---- uptake (uptake.cpp) ----
// R-MEM-8: records an uptake and returns its id; with only `until`, ends the open uptake instead.
std::int64_t uptake(Session& s, const UptakeInput& u);
// A member's uptake of a product, from its first day through its last (`until`, none: open).
struct Uptake {
  std::int64_t id = 0;
  std::string member{}, product{};
  Date from{};
  std::optional<Date> until{};
};
// R-MEM-8: the uptakes running on `on` (begun by then, not ended before it), of `member` alone
// when given (its stored code); by member, product, start.
std::vector<Uptake> uptakes_on(Session& s, Date on, const std::optional<std::string>& member = std::nullopt);

// ---- contacts (contact.cpp) ----
void validate_email(const std::string& email);
// Returns the new contact (role) id; the same e-mail at the same member reuses its person.
std::int64_t add_contact(Session& s, const NewContact& c);
// Contacts current today (all with `all`), of one member and/or of members taking up `product`.
std::vector<Contact> contacts(Session& s, const ContactFilter& filter);
// R-MEM-6: the distinct addresses of the current contacts of current members, for a mailing.
std::vector<std::string> mailing(Session& s, const ContactFilter& filter);
void remove_contact(Session& s, std::int64_t id, Date on);
const std::vector<std::string>& contact_columns();

// ---- board (board.cpp) ----
// R-VOTE-8: only a current representative of a current member, elected by an adopted AV motion.
std::int64_t appoint(Session& s, const Appointment& a);
void leave_board(Session& s, std::int64_t person, Date on);
// From `from` on; the chair until then stops that day (R-VOTE-8).
void choose_chair(Session& s, std::int64_t person, Date from);
std::vector<Seat> board(Session& s, bool all);
// The seat chairing the board on `on` (the minutes name it), from the chair's history; nullopt when none.
std::optional<Seat> chair_on(Session& s, Date on);
// R-VOTE-8: the seats that began or ended in [from, to), by start, id; `chair`: the seat chaired
// the board on some day of [from, to) (a chair period ends ON its until day), `member` as of today.
std::vector<Seat> board_changes(Session& s, Date from, Date to);
const std::vector<std::string>& board_columns();

// ---- check (check.cpp) ----
CheckReport check(Session& s);  // R-MEM-3, R-MEM-4, R-MEM-5, R-VOTE-8

// ---- erasure (forget.cpp) ----
// Erases a person (dpia::erase_person) who holds no current role, seat or office; call scrub_free_pages
// after the commit.
void forget(Session& s, std::int64_t person);

// ---- CSV (csv.cpp) ----
// All-or-nothing in the caller's transaction; returns the number of members added.
long import_csv(Session& s, std::istream& in, const std::string& source);

// ---- output (output.cpp): the fields of CLI.md, null where nothing is ----
Object to_object(const Member& m);
Object to_object(const MemberDetail& d);
Object to_object(const Contact& c);
Object to_object(const Seat& seat);
Object to_object(const Ending& e);

}  // namespace mbov::member

MBOV_PUBLIC_END
