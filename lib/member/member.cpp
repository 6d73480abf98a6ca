// Members: registration (R-MEM-1), the register's list and detail, leaving (R-MEM-7).
#include <mbov/member/member.hpp>
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <algorithm>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>
#include <mbov/gov/gov.hpp>
#include "member/store.hpp"
#include "member/validate.hpp"

namespace mbov::member {

const std::vector<std::string>& list_columns() {
  static const std::vector<std::string> columns{"code",   "name",     "city",           "contracting_authority",
                                                "joined", "left",     "contacts",       "representative",
                                                "last_confirmed", "confirmation_due"};
  return columns;
}

void add(Session& s, const NewMember& given) {
  NewMember m = given;
  if (m.city && m.city->empty()) m.city.reset();  // an empty city is none
  // R-MEM-1: only contracting authorities may be members.
  if (!m.contracting_authority)
    fail_data(msg("member {} is not stated to be a contracting authority", m.code), "R-MEM-1",
              msg("only contracting authorities may be members; if it is one, add --contracting-authority"));
  if (m.code.empty() || m.code.find_first_of(" \t,") != std::string::npos)
    fail_data(msg("member code '{}' is empty or holds a space or comma", m.code));
  require_text(m.name, tr("the member's name must not be empty"));
  if (m.left && *m.left < m.joined)
    fail_data(msg("member {} would leave ({}) before it joined ({})", m.code, human_date(*m.left), human_date(m.joined)));
  if (auto taken = store::stored_code(s, m.code))
    fail_data(msg("member code {} is taken (by {})", m.code, *taken), {},
              msg("codes are unique regardless of case and never change"));
  store::insert_member(s, m);
  audit::record(s, "member", m.code, "add",
                Object().add("name", m.name).add("city", m.city).add("joined", m.joined.str()).add("contracting_authority", true));
}

std::vector<Member> list(Session& s, const MemberFilter& filter) {
  MemberFilter f = filter;
  if (f.product) f.product = require_product(s, *f.product);
  return store::members(s, std::nullopt, f);
}

std::vector<std::string> members_on(Session& s, Date on) { return store::member_codes(s, on); }

std::vector<Period> periods_changed(Session& s, Date from, Date to) { return store::periods_changed(s, from, to); }

MemberDetail show(Session& s, const std::string& code) {
  std::string key = require_member(s, code);
  return {store::members(s, key, {}).at(0), contacts(s, {.member = key})};
}

void edit(Session& s, const MemberEdit& e) {
  MemberEdit stored = e;
  stored.code = require_member(s, e.code);
  if (e.name) require_text(*e.name, tr("the member's name must not be empty"));
  store::update_member(s, stored);
  audit::record(s, "member", stored.code, "edit", Object().add("name", e.name).add("city", e.city));
}

const std::vector<std::string>& leaving_columns() {
  static const std::vector<std::string> columns{"kind", "id", "subject", "person", "from", "until", "action"};
  return columns;
}

Leaving leave(Session& s, const std::string& code, Date on, bool dry_run) {
  std::string key = require_member(s, code);
  store::Membership m = store::membership(s, key);
  if (m.left) fail_data(msg("member {} already left on {}", key, human_date(*m.left)));
  if (on < m.joined)
    fail_data(msg("member {} cannot leave on {}, before it joined ({})", key, human_date(on), human_date(m.joined)));
  Leaving out{.member = key, .on = on};
  // R-MEM-7: an uptake is within the membership: one that begins after the last day is refused.
  for (const store::Span& u : store::uptakes_after(s, key, on)) {
    if (on < u.from)
      fail_data(msg("member {} cannot leave on {}: its uptake {} of {} begins later ({})", key,
                            human_date(on), u.id, u.subject, human_date(u.from)),
                "R-MEM-7", msg("end or correct that uptake first, or give a later --on"));
    out.ends.push_back({"uptake", u.id, u.subject, std::nullopt, u.from, on, "ends"});
  }
  // Seats are looked up before the contact roles end: they are held through the representative.
  const std::vector<store::Span> seats = store::seats_after(s, key, on);
  for (const store::Span& c : store::contacts_after(s, key, on))
    out.ends.push_back({"contact", c.id, c.subject, c.person, c.from, std::max(c.from, on), "ends"});
  for (const gov::GroupMember& g : gov::group_seats_after(s, key, on, !dry_run))
    out.ends.push_back({"group_member", g.id, g.group, std::nullopt, g.from, std::max(g.from, on), "ends"});
  for (const gov::Holder& h : gov::member_roles_after(s, key, on, !dry_run))
    out.ends.push_back({"role", h.id, std::string(gov::role_name(h.role)), h.person, h.from, std::max(h.from, on), "ends"});
  for (const store::Span& b : seats) out.ends.push_back({"board_seat", b.id, b.subject, b.person, b.from, std::nullopt, "flagged"});
  if (dry_run) return out;
  store::set_left(s, key, on);
  audit::record(s, "member", key, "leave", Object().add("on", on.str()));
  for (const Ending& e : out.ends) {
    if (e.kind == "uptake") {
      store::end_uptake(s, e.id, *e.until);
      audit::record(s, "uptake", std::to_string(e.id), "end", Object().add("until", e.until->str()));
    } else if (e.kind == "contact") {
      store::end_contact(s, e.id, *e.until);
      audit::record(s, "contact", std::to_string(e.id), "remove", Object().add("on", e.until->str()));
    }
  }
  return out;
}

void rejoin(Session& s, const std::string& code, Date on) {
  std::string key = require_member(s, code);
  store::Membership m = store::membership(s, key);
  // R-MEM-7: a new period begins only after the last one ended; the earlier one is kept.
  if (!m.left)
    fail_data(msg("member {} has not left: it cannot rejoin", key), "R-MEM-7",
              msg("a member rejoins after 'mbov member leave'"));
  if (on <= *m.left)
    fail_data(msg("member {} left on {} (its last day): it can rejoin only after that day, not on {}", key,
                  human_date(*m.left), human_date(on)),
              "R-MEM-7");
  std::int64_t period = store::rejoin(s, key, on);
  audit::record(s, "membership", std::to_string(period), "add",
                Object().add("member", key).add("joined", m.joined.str()).add("left", m.left->str()));
  audit::record(s, "member", key, "rejoin", Object().add("on", on.str()));
}

}  // namespace mbov::member
