#pragma once
// The member register's SQL (internal, not installed): each function one statement or query on
// sql(s), typed in and out. The rules (member.cpp, contact.cpp, ...) decide; this reads and writes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/member/member.hpp>

namespace mbov::member::store {

// ---- members ----
// Members (one with `code`, else all current on `today`, or all with filter.all), ordered by
// code; filter.product must be the stored product code.
std::vector<Member> members(Session& s, const std::optional<std::string>& code, const MemberFilter& filter);
std::optional<std::string> stored_code(Session& s, const std::string& code);  // regardless of case
void insert_member(Session& s, const NewMember& m);
void update_member(Session& s, const MemberEdit& e);  // only the fields given
struct Membership {
  Date joined;
  std::optional<Date> left;
};
Membership membership(Session& s, const std::string& code);  // the current (latest) period
std::vector<Membership> periods(Session& s, const std::string& code);  // every period, the earliest first
// Closes the current period into the table of earlier ones and begins one on `on`; the closed period's id.
std::int64_t rejoin(Session& s, const std::string& code, Date on);
// R-MEM-7: the SQL condition that member `alias` (a row of member) was a member on some day from
// `from` through `to` (SQL expressions), in any of its periods. Other areas use it too.
std::string member_during(std::string_view alias, std::string_view from, std::string_view to);
// The periods begun or ended in [from, to), of every member; by code, joining.
std::vector<Period> periods_changed(Session& s, Date from, Date to);
void set_left(Session& s, const std::string& code, Date on);
bool is_current_member(Session& s, const std::string& code, Date on);
std::vector<std::string> member_codes(Session& s, Date on);  // the members on `on`, by code

// ---- confirmations ----
void insert_confirmation(Session& s, const Confirmation& c);

// ---- uptake ----
struct OpenUptake {
  std::int64_t id = 0;
  Date from;
};
std::optional<OpenUptake> open_uptake(Session& s, const std::string& code, const std::string& product);
// An uptake of the product that shares a day with [from, until] (until none: open-ended).
std::optional<std::int64_t> overlapping_uptake(Session& s, const std::string& code, const std::string& product, Date from,
                                               std::optional<Date> until);
std::int64_t insert_uptake(Session& s, const std::string& code, const std::string& product, Date from,
                           std::optional<Date> until);
void end_uptake(Session& s, std::int64_t id, Date until);
// The uptakes current on `on` (R-MEM-8: through their until day), of `code` alone when given.
std::vector<Uptake> uptakes_on(Session& s, Date on, const std::optional<std::string>& code);
// R-MEM-7: a member's uptakes, contact roles and board seats (held through its representative)
// that still hold after `last_day`.
struct Span {
  std::int64_t id = 0;
  std::string subject;  // product, role
  std::optional<std::int64_t> person;
  Date from;
};
std::vector<Span> uptakes_after(Session& s, const std::string& code, Date last_day);
std::vector<Span> contacts_after(Session& s, const std::string& code, Date last_day);
std::vector<Span> seats_after(Session& s, const std::string& code, Date last_day);

// ---- contacts ----
// The person already known at this member under this e-mail address (any case), if any.
std::optional<std::int64_t> person_at(Session& s, const std::string& code, const std::string& email);
std::int64_t insert_person(Session& s, const NewContact& c);
struct PersonData {
  std::optional<std::string> name, email, phone;  // null once erased
};
PersonData person_data(Session& s, std::int64_t person);  // as stored
// The contact id of a role the person holds at the member on `on`, if any.
std::optional<std::int64_t> role_held(Session& s, std::int64_t person, const NewContact& c);
std::int64_t insert_contact(Session& s, const NewContact& c, std::int64_t person);
// filter.member and filter.product must be stored codes.
std::vector<Contact> contacts(Session& s, const ContactFilter& filter, Date today);
std::optional<Contact> contact(Session& s, std::int64_t id);
void end_contact(Session& s, std::int64_t id, Date on);

// ---- board ----
std::optional<std::string> represented_member(Session& s, std::int64_t person, Date on);
std::optional<std::int64_t> seat_of(Session& s, std::int64_t person, Date on);
std::int64_t insert_seat(Session& s, const Appointment& a);
void end_seat(Session& s, std::int64_t seat, Date on);  // and its chair period
// The chair's history (board_chair): periods from from_date, ending ON until.
void end_chairs(Session& s, std::optional<std::int64_t> seat, Date on);  // of one seat, or of all
void insert_chair(Session& s, std::int64_t seat, Date from);
std::optional<Date> latest_chair_start(Session& s);
std::optional<std::int64_t> chair_seat(Session& s, Date on);  // the seat chairing on that day
std::vector<Seat> seats(Session& s, bool all, Date today);
// The seats begun or ended in [from, to), by start, id; `chair`: a chair period of the seat shares
// a day with [from, to) (R-VOTE-8).
std::vector<Seat> seats_changed(Session& s, Date from, Date to, Date today);

// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::member::store
