// The expert group, the working group and the contacts' community (R-GOV-6): members drawn from
// member contacts, from/until (ending ON until), and the groups' recorded decisions.
#include <algorithm>
#include <mbov/core/msg.hpp>
#include <fmt/format.h>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/session.hpp>
#include <mbov/gov/gov.hpp>
#include <mbov/member/member.hpp>
#include "gov/store.hpp"

namespace mbov::gov {

const std::vector<std::string>& group_names() {
  static const std::vector<std::string> names{"expert-group", "working-group", "community"};
  return names;
}

std::int64_t join_group(Session& s, std::string_view group, std::int64_t contact, Date from) {
  store::require_one_of(group, group_names(), "GROUP", "R-GOV-6");
  const std::optional<store::Span> c = store::select_contact_span(s, contact);
  if (!c)
    fail_data(msg("no member contact with id {}", contact), "R-GOV-6", msg("see 'mbov member contact list'"));
  if (c->until && *c->until <= from)
    fail_data(msg("contact {} ended on {}", contact, human_date(*c->until)), "R-GOV-6",
              msg("groups are drawn from current member contacts"));
  // R-GOV-6: the working group is of administrative contacts: the members' representatives.
  if (group == "working-group" && c->role != member::ContactRole::representative)
    fail_data(msg("contact {} is not a representative: the working group takes representatives only", contact),
              "R-GOV-6", msg("give the contact id of the member's representative ('mbov member contact list')"));
  if (const std::optional<std::int64_t> dup = store::open_membership(s, group, contact))
    fail_data(msg("contact {} is already in the {} (membership {})", contact, group, *dup),
              "R-GOV-6");
  const std::int64_t id = store::insert_membership(s, group, contact, from);
  audit::record(s, "group_member", std::to_string(id), "join",
                Object().add("group", group).add("contact", contact).add("from", from.str()));
  return id;
}

void leave_group(Session& s, std::int64_t id, Date on) {
  const std::optional<store::Span> m = store::select_membership(s, id);
  if (!m) fail_data(msg("no group membership with id {}", id), {}, msg("see 'mbov gov group list'"));
  if (m->until)
    fail_data(msg("membership {} already ended on {}", id, human_date(*m->until)), "R-GOV-6");
  if (on < m->from)
    fail_data(msg("--on {} is before the membership's start ({})", human_date(on),
                          human_date(m->from)),
              "R-GOV-6");
  store::end_membership(s, id, on);
  audit::record(s, "group_member", std::to_string(id), "leave", Object().add("until", on.str()));
}

std::vector<GroupMember> group_members(Session& s, std::optional<std::string> group, std::optional<Date> on) {
  if (group) store::require_one_of(*group, group_names(), "GROUP", "R-GOV-6");
  return store::select_group_members(s, group, on);
}

std::vector<GroupMember> group_seats_after(Session& s, const std::string& member, Date last_day, bool end) {
  std::vector<GroupMember> out;
  for (GroupMember& g : group_members(s, std::nullopt, std::nullopt))
    if (g.member == member && (!g.until || *g.until > last_day)) out.push_back(std::move(g));
  if (!end) return out;
  for (GroupMember& g : out) {
    g.until = std::max(g.from, last_day);
    store::end_membership(s, g.id, *g.until);
    audit::record(s, "group_member", std::to_string(g.id), "leave", Object().add("until", g.until->str()));
  }
  return out;
}

std::int64_t record_decision(Session& s, std::string_view group, Date on, const std::string& text) {
  store::require_one_of(group, group_names(), "GROUP", "R-GOV-6");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) fail_data(msg("--text must not be empty"));
  const std::int64_t id = store::insert_decision(s, group, on, text);
  audit::record(s, "group_decision", std::to_string(id), "add",
                Object().add("group", group).add("date", on.str()).add("text", text));
  return id;
}

// R-GOV-6: every member has a contact in the contacts' community.
std::vector<std::string> members_outside_community(Session& s, Date on) {
  std::vector<std::string> inside = store::members_in_community(s, on);
  std::sort(inside.begin(), inside.end());
  std::vector<std::string> out;
  for (std::string& code : member::members_on(s, on))
    if (!std::binary_search(inside.begin(), inside.end(), code)) out.push_back(std::move(code));
  return out;
}

}  // namespace mbov::gov
