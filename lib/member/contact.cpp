// The people who speak for a member: contacts (R-MEM-3), representatives (R-MEM-5) and the
// mailing list of R-MEM-6. Personal data goes to the person table only (erasure has one place to go).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <algorithm>

#include <mbov/core/audit.hpp>
#include "core/closed_set.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>
#include <mbov/member/member.hpp>
#include "member/store.hpp"
#include "member/validate.hpp"

namespace mbov::member {
namespace {

// The filter with the member and product codes as stored; an unknown one is an error.
ContactFilter resolved(Session& s, const ContactFilter& given) {
  ContactFilter f = given;
  if (f.member) f.member = require_member(s, *f.member);
  if (f.product) f.product = require_product(s, *f.product);
  return f;
}

constexpr Words<ContactRole, 2> roles{{"contact", "representative"}};

}  // namespace

std::string_view contact_role_name(ContactRole role) { return roles.name(role); }

std::optional<ContactRole> contact_role_from(std::string_view word) { return roles.from(word); }

std::span<const std::string_view> contact_role_words() { return roles.words; }

ContactRole parse_contact_role(std::string_view text, std::string_view what) {
  if (const auto role = contact_role_from(text)) return *role;
  fail_data(mbov::joined("{}: {}", what, msg("'{}' is not contact or representative", text)));
}

const std::vector<std::string>& contact_columns() {
  static const std::vector<std::string> columns{"id", "member", "person", "name", "email", "phone", "role", "since", "until"};
  return columns;
}

void validate_email(const std::string& email) {
  auto at = email.find('@');
  bool ok = at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos &&
            email.find('.', at + 2) != std::string::npos && email.back() != '.' &&
            email.find_first_of(" \t\r\n,;<>\"") == std::string::npos;
  if (!ok) fail_data(msg("'{}' is not an e-mail address", email), {}, msg("give it as name@example.nl"));
}

std::int64_t add_contact(Session& s, const NewContact& given) {
  NewContact c = given;
  if (c.phone && c.phone->empty()) c.phone.reset();  // an empty phone is none
  c.member = require_member(s, c.member);
  require_text(c.name, tr("the contact's name must not be empty"));
  validate_email(c.email);
  if (!store::is_current_member(s, c.member, s.today))
    fail_data(msg("member {} is not a current member", c.member), "R-MEM-7");
  std::optional<std::int64_t> known = store::person_at(s, c.member, c.email);
  if (known) {
    if (auto held = store::role_held(s, *known, c))
      fail_data(c.role == ContactRole::contact
                    ? msg("{} is already a contact of member {} (contact id {})", c.email, c.member, *held)
                    : msg("{} is already the representative of member {} (contact id {})", c.email, c.member, *held));
    // The audit names the person as stored: erasure (dpia::erase_person) finds exactly those values.
    store::PersonData p = store::person_data(s, *known);
    c.name = p.name.value_or("");
    c.email = p.email.value_or("");
    c.phone = p.phone;
  }
  std::int64_t person = known ? *known : store::insert_person(s, c);
  std::int64_t id = store::insert_contact(s, c, person);
  audit::record(s, "contact", std::to_string(id), "add",
                Object().add("member", c.member).add("person", person).add("name", c.name).add("email", c.email)
                    .add("phone", c.phone).add("role", contact_role_name(c.role)).add("since", c.since.str()));
  return id;
}

std::vector<Contact> contacts(Session& s, const ContactFilter& filter) {
  return store::contacts(s, resolved(s, filter), s.today);
}

// R-MEM-6: every current contact person (either role) of the current members is kept informed.
std::vector<std::string> mailing(Session& s, const ContactFilter& filter) {
  ContactFilter current = filter;
  current.all = false;
  std::vector<std::string> out;
  for (const Contact& c : contacts(s, current))
    if (c.email && std::find(out.begin(), out.end(), *c.email) == out.end()) out.push_back(*c.email);
  std::sort(out.begin(), out.end());
  return out;
}

void remove_contact(Session& s, std::int64_t id, Date on) {
  std::optional<Contact> c = store::contact(s, id);
  if (!c) fail_data(msg("no contact with id {}", id), {}, msg("see 'mbov member contact list --all'"));
  if (c->until) fail_data(msg("contact {} already ended on {}", id, human_date(*c->until)));
  if (on < c->since)
    fail_data(msg("contact {} cannot end on {}, before it began ({})", id, human_date(on), human_date(c->since)));
  store::end_contact(s, id, on);
  audit::record(s, "contact", std::to_string(id), "remove", Object().add("on", on.str()));
}

}  // namespace mbov::member
