// The member register's records as output objects: the fields of spec/CLI.md, in its order,
// null where nothing is.
#include <mbov/core/output.hpp>
#include <mbov/member/member.hpp>

namespace mbov::member {
namespace {

// `contacts` is a count in the list (a CSV column too); `member show` gives the contact objects as
// `contact_list` (one type per key across commands).
Object member_object(const Member& m, std::string_view contacts_key, Value contacts) {
  return Object()
      .add("code", m.code)
      .add("name", m.name)
      .add("city", m.city)
      .add("contracting_authority", m.contracting_authority)
      .add("joined", m.joined)
      .add("left", date_value(m.left))
      .add(std::string(contacts_key), std::move(contacts))
      .add("representative", m.representative)
      .add("last_confirmed", date_value(m.last_confirmed))
      .add("confirmation_due", m.confirmation_due);
}

}  // namespace

Object to_object(const Member& m) { return member_object(m, "contacts", m.contacts); }

Object to_object(const MemberDetail& d) {
  Array contacts;
  for (const Contact& c : d.contacts) contacts.push_back(to_object(c));
  return member_object(d.member, "contact_list", std::move(contacts));
}

Object to_object(const Contact& c) {
  return Object()
      .add("id", c.id)
      .add("member", c.member)
      .add("person", c.person)
      .add("name", c.name)
      .add("email", c.email)
      .add("phone", c.phone)
      .add("role", contact_role_name(c.role))
      .add("since", c.since)
      .add("until", date_value(c.until));
}

Object to_object(const Seat& seat) {
  return Object()
      .add("id", seat.id)
      .add("person", seat.person)
      .add("name", seat.name)
      .add("member", seat.member)
      .add("from", seat.from)
      .add("until", date_value(seat.until))
      .add("chair", seat.chair)
      .add("motion", seat.motion);
}

Object to_object(const Ending& e) {
  return Object()
      .add("kind", e.kind)
      .add("id", e.id)
      .add("subject", e.subject)
      .add("person", e.person)
      .add("from", e.from)
      .add("until", date_value(e.until))
      .add("action", e.action);
}

}  // namespace mbov::member
