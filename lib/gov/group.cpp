// The expert group, the working group and the contacts' community (R-GOV-6): members drawn from
// member contacts, from/until (ending ON until), and the groups' recorded decisions.
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <fmt/format.h>

#include "core/audit.hpp"
#include "core/error.hpp"
#include "core/i18n.hpp"
#include "core/session.hpp"
#include "core/sql.hpp"
#include "gov/gov.hpp"
#include "gov/store.hpp"

namespace mbov::gov {

const std::vector<std::string>& group_names() {
  static const std::vector<std::string> names{"expert-group", "working-group", "community"};
  return names;
}

std::int64_t join_group(Session& s, std::string_view group, std::int64_t contact, Date from) {
  store::require_one_of(group, group_names(), "GROUP", "R-GOV-6");
  SQLite::Statement c(sql(s), "SELECT since, until, role FROM contact WHERE id = ?");
  c.bind(1, contact);
  if (!c.executeStep())
    fail_data(fmt::format(fmt::runtime(tr("no member contact with id {}")), contact), "R-GOV-6", tr("see 'mbov member contact list'"));
  if (!c.getColumn(1).isNull() && c.getColumn(1).getString() <= from.str())
    fail_data(fmt::format(fmt::runtime(tr("contact {} ended on {}")), contact,
                          human_date(Date::parse(c.getColumn(1).getString(), "contact.until"))), "R-GOV-6",
              tr("groups are drawn from current member contacts"));
  // R-GOV-6: the working group is of administrative contacts: the members' representatives.
  if (group == "working-group" && c.getColumn(2).getString() != "representative")
    fail_data(fmt::format(fmt::runtime(tr("contact {} is not a representative: the working group takes representatives only")), contact),
              "R-GOV-6", tr("give the contact id of the member's representative ('mbov member contact list')"));
  SQLite::Statement dup(sql(s), "SELECT id FROM group_member WHERE grp = ? AND contact = ? AND until IS NULL");
  dup.bind(1, std::string(group));
  dup.bind(2, contact);
  if (dup.executeStep())
    fail_data(fmt::format(fmt::runtime(tr("contact {} is already in the {} (membership {})")), contact, group, dup.getColumn(0).getInt64()),
              "R-GOV-6");
  SQLite::Statement q(sql(s), "INSERT INTO group_member (grp, contact, from_date) VALUES (?, ?, ?)");
  q.bind(1, std::string(group));
  q.bind(2, contact);
  q.bind(3, from.str());
  q.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "group_member", std::to_string(id), "join",
                Object().add("group", group).add("contact", contact).add("from", from.str()));
  return id;
}

void leave_group(Session& s, std::int64_t id, Date on) {
  SQLite::Statement q(sql(s), "SELECT from_date, until FROM group_member WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) fail_data(fmt::format(fmt::runtime(tr("no group membership with id {}")), id), {}, tr("see 'mbov gov group list'"));
  if (!q.getColumn(1).isNull())
    fail_data(fmt::format(fmt::runtime(tr("membership {} already ended on {}")), id,
                          human_date(Date::parse(q.getColumn(1).getString(), "group_member.until"))), "R-GOV-6");
  if (on.str() < q.getColumn(0).getString())
    fail_data(fmt::format(fmt::runtime(tr("--on {} is before the membership's start ({})")), human_date(on),
                          human_date(Date::parse(q.getColumn(0).getString(), "group_member.from_date"))),
              "R-GOV-6");
  SQLite::Statement end(sql(s), "UPDATE group_member SET until = ? WHERE id = ?");
  end.bind(1, on.str());
  end.bind(2, id);
  end.exec();
  audit::record(s, "group_member", std::to_string(id), "leave", Object().add("until", on.str()));
}

std::vector<GroupMember> group_members(Session& s, std::optional<std::string> group, std::optional<Date> on) {
  if (group) store::require_one_of(*group, group_names(), "GROUP", "R-GOV-6");
  SQLite::Statement q(sql(s),
                      "SELECT g.id, g.grp, g.contact, c.member, p.name, g.from_date, g.until FROM group_member g"
                      " JOIN contact c ON c.id = g.contact JOIN person p ON p.id = c.person"
                      " WHERE (?1 IS NULL OR g.grp = ?1)"
                      " AND (?2 IS NULL OR (g.from_date <= ?2 AND (g.until IS NULL OR g.until > ?2)))"
                      " ORDER BY g.grp, c.member, g.id");
  bind_opt(q, 1, group);
  if (on) q.bind(2, on->str());
  std::vector<GroupMember> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                   q.getColumn(3).getString(), opt_text(q.getColumn(4)),
                   Date::parse(q.getColumn(5).getString(), "group_member.from_date"),
                   store::opt_date(q.getColumn(6), "group_member.until")});
  return out;
}

std::vector<GroupMember> group_seats_after(Session& s, const std::string& member, Date last_day, bool end) {
  std::vector<GroupMember> out;
  for (GroupMember& g : group_members(s, std::nullopt, std::nullopt))
    if (g.member == member && (!g.until || *g.until > last_day)) out.push_back(std::move(g));
  if (!end) return out;
  SQLite::Statement cut(sql(s), "UPDATE group_member SET until = ?1 WHERE id = ?2");
  for (GroupMember& g : out) {
    g.until = std::max(g.from, last_day);
    cut.bind(1, g.until->str());
    cut.bind(2, g.id);
    cut.exec();
    cut.reset();
    audit::record(s, "group_member", std::to_string(g.id), "leave", Object().add("until", g.until->str()));
  }
  return out;
}

std::int64_t record_decision(Session& s, std::string_view group, Date on, const std::string& text) {
  store::require_one_of(group, group_names(), "GROUP", "R-GOV-6");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) fail_data(tr("--text must not be empty"));
  SQLite::Statement q(sql(s), "INSERT INTO group_decision (grp, date, text) VALUES (?, ?, ?)");
  q.bind(1, std::string(group));
  q.bind(2, on.str());
  q.bind(3, text);
  q.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "group_decision", std::to_string(id), "add",
                Object().add("group", group).add("date", on.str()).add("text", text));
  return id;
}

// R-GOV-6: every member has a contact in the contacts' community.
std::vector<std::string> members_outside_community(Session& s, Date on) {
  SQLite::Statement q(sql(s), R"sql(
    SELECT m.code FROM member m
    WHERE m.joined <= ?1 AND (m.left_on IS NULL OR m.left_on > ?1)
      AND NOT EXISTS (
        SELECT 1 FROM group_member g JOIN contact c ON c.id = g.contact
        WHERE g.grp = 'community' AND c.member = m.code
          AND g.from_date <= ?1 AND (g.until IS NULL OR g.until > ?1)
          AND c.since <= ?1 AND (c.until IS NULL OR c.until > ?1))
    ORDER BY m.code)sql");
  q.bind(1, on.str());
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

}  // namespace mbov::gov
