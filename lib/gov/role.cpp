// Roles, not functions (R-GOV-5): each held by a person from/until; the officer of R-DPIA-4 is the
// role fg. A term ends ON until: held while from <= day < until.
#include <algorithm>
#include <mbov/core/msg.hpp>
#include <fmt/format.h>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>
#include <mbov/gov/gov.hpp>
#include <mbov/member/member.hpp>
#include "gov/store.hpp"

namespace mbov::gov {
namespace {

// local@domain.tld: one '@', something on both sides, a dot inside the domain, no blanks.
bool plausible_email(std::string_view e) {
  auto at = e.find('@');
  if (at == 0 || at == std::string_view::npos || e.find('@', at + 1) != std::string_view::npos) return false;
  if (e.find_first_of(" \t\r\n,;<>") != std::string_view::npos) return false;
  std::string_view domain = e.substr(at + 1);
  auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.';
}

// The FG's terms keep the audit entity and wording of R-DPIA-4 ('dpia officer').
std::string_view entity(Role role) { return role == Role::fg ? "officer" : "role"; }
std::string_view label(Role role) { return role == Role::fg ? "officer" : role_name(role); }

// The scope a role needs: the product's or member's code as stored, the mailbox, or ''.
std::string checked_scope(Session& s, const RoleInput& in) {
  if (in.role == Role::product_owner) return require_product(s, in.scope);
  if (in.role == Role::functional_manager) return require_member(s, in.scope);
  if (in.role == Role::mailbox_owner) {
    store::require_one_of(in.scope, mailboxes(), "--scope", "R-GOV-5");
    return in.scope;
  }
  if (!in.scope.empty()) fail_data(msg("the role {} has no --scope", role_name(in.role)), "R-GOV-5");
  return {};
}

}  // namespace

const std::vector<std::string>& role_names() {
  static const std::vector<std::string> names{"general-manager", "product-owner", "fg", "mailbox-owner",
                                              "functional-manager"};
  return names;
}

std::string_view role_name(Role role) { return role_names()[static_cast<std::size_t>(role)]; }

std::optional<Role> role_from(std::string_view word) { return enum_of<Role>(word, role_names()); }

Role parse_role(std::string_view text, std::string_view what) {
  return parse_word<Role>(text, role_names(), store::require_one_of, what, "R-GOV-5");
}

const std::vector<std::string>& mailboxes() {
  static const std::vector<std::string> boxes{"support@", "info@"};
  return boxes;
}

std::int64_t add_person(Session& s, const std::string& name, const std::string& email) {
  if (name.find_first_not_of(" \t") == std::string::npos) fail_data(msg("a role holder needs a name"));
  if (!plausible_email(email))
    fail_data(msg("--email '{}' is not an e-mail address", email), {}, msg("e.g. fg@example.nl"));
  const std::int64_t id = store::insert_person(s, name, email);
  audit::record(s, "person", std::to_string(id), "add", Object().add("name", name).add("email", email));
  return id;
}

std::int64_t assign_role(Session& s, const RoleInput& in) {
  const std::string scope = checked_scope(s, in);
  require_person(s, in.person);
  if (in.deputy) {
    require_person(s, *in.deputy);
    if (*in.deputy == in.person) fail_data(msg("a holder is not its own deputy"), "R-GOV-5");
  }
  if (const std::optional<store::Term> current = store::open_term(s, in.role, scope)) {
    const std::int64_t predecessor = current->id;
    const Date since = current->from;
    if (in.from <= since)
      fail_data(msg("--from {} is not after the current {}'s start ({})", human_date(in.from), label(in.role),
                            human_date(since)),
                in.role == Role::fg ? "R-DPIA-4" : "R-GOV-5", msg("a new holder takes over after the current one"));
    store::end_term(s, predecessor, in.from);
    audit::record(s, entity(in.role), std::to_string(predecessor), "end", Object().add("until", in.from.str()));
  }
  const std::int64_t id = store::insert_term(s, in.role, scope, in.person, in.deputy, in.from);
  audit::record(s, entity(in.role), std::to_string(id), "set",
                Object()
                    .add("role", role_name(in.role))
                    .add("scope", scope)
                    .add("person", in.person)
                    .add("deputy", in.deputy)
                    .add("from", in.from.str()));
  return id;
}

void end_role(Session& s, std::int64_t id, Date on) {
  const std::optional<store::Term> term = store::select_term(s, id);
  if (!term) fail_data(msg("no role term with id {}", id), {}, msg("see 'mbov gov role list --all'"));
  if (term->until)
    fail_data(msg("role term {} already ended on {}", id, human_date(*term->until)), "R-GOV-5");
  if (on < term->from)
    fail_data(msg("--on {} is before the term's start ({})", human_date(on), human_date(term->from)),
              "R-GOV-5");
  store::end_term(s, id, on);
  audit::record(s, entity(term->role), std::to_string(id), "end", Object().add("until", on.str()));
}

std::vector<Holder> holders(Session& s, std::optional<Date> on) {
  return store::select_holders(s, on);
}

std::optional<Holder> holder_on(Session& s, Role role, std::string_view scope, Date on) {
  return store::select_holder_on(s, role, scope, on);
}

std::vector<Holder> member_roles_after(Session& s, const std::string& member, Date last_day, bool end) {
  std::vector<Holder> out = store::select_terms_after(s, Role::functional_manager, member, last_day);
  if (!end) return out;
  for (Holder& h : out) {
    h.until = std::max(h.from, last_day);
    store::end_term(s, h.id, *h.until);
    audit::record(s, entity(h.role), std::to_string(h.id), "end", Object().add("until", h.until->str()));
  }
  return out;
}

// R-GOV-5: the general manager, the FG, a product owner per product, the owner of each shared
// mailbox, and a functional manager per current member.
std::vector<Required> required_roles(Session& s, Date on) {
  std::vector<Required> out{{Role::general_manager, ""}, {Role::fg, ""}};
  for (const std::string& product : store::product_codes(s)) out.push_back({Role::product_owner, product});
  for (const std::string& box : mailboxes()) out.push_back({Role::mailbox_owner, box});
  for (const std::string& member : member::members_on(s, on)) out.push_back({Role::functional_manager, member});
  return out;
}

}  // namespace mbov::gov
