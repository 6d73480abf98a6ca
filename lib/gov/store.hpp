#pragma once
// The gov area's statements and the helpers its sources share (not installed).
#include <SQLiteCpp/Column.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/closed_set.hpp"
#include <mbov/core/dates.hpp>
#include <mbov/gov/gov.hpp>
#include <mbov/member/member.hpp>

namespace mbov::gov::store {

inline std::optional<Date> opt_date(const SQLite::Column& c, std::string_view what) {
  if (c.isNull()) return std::nullopt;
  return Date::parse(c.getString(), what);
}
inline std::optional<std::int64_t> opt_id(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}
// Exit::data "WHAT 'VALUE' is not one of: A, B" unless value is one of allowed.
void require_one_of(std::string_view value, const std::vector<std::string>& allowed, std::string_view what,
                    std::string_view rule);


// ---- document versions
std::optional<Version> select_version(Session& s, std::int64_t id);
std::vector<Version> select_versions(Session& s, DocumentKind kind);  // by date, id
std::optional<std::int64_t> version_id(Session& s, DocumentKind kind, std::string_view number);
std::int64_t insert_version(Session& s, const VersionInput& in, const std::optional<std::string>& sha256);
void update_version_status(Session& s, std::int64_t id, DocumentStatus status, std::optional<std::int64_t> motion,
                           std::optional<std::int64_t> decision, std::optional<Date> on);

// ---- group decisions and board meetings
struct GroupDecision {
  std::string group;
  Date date;
};
std::optional<GroupDecision> select_decision(Session& s, std::int64_t id);
std::int64_t insert_decision(Session& s, std::string_view group, Date on, const std::string& text);

// ---- group members (member contacts)
struct Span {
  Date from;
  std::optional<Date> until;
  std::optional<member::ContactRole> role = {};  // a contact's role; none for a membership
};
std::optional<Span> select_contact_span(Session& s, std::int64_t contact);  // the contact role's since, until, role
std::optional<Span> select_membership(Session& s, std::int64_t id);
// The membership of `contact` in `group` that has not ended, if any.
std::optional<std::int64_t> open_membership(Session& s, std::string_view group, std::int64_t contact);
std::int64_t insert_membership(Session& s, std::string_view group, std::int64_t contact, Date from);
void end_membership(Session& s, std::int64_t id, Date on);
// By group, member, id; of one group, and holding on `on`, when given.
std::vector<GroupMember> select_group_members(Session& s, const std::optional<std::string>& group,
                                              std::optional<Date> on);
// The members with a current contact in the community group on `on`, by code.
std::vector<std::string> members_in_community(Session& s, Date on);
std::int64_t count_board_meetings(Session& s, int year);

// ---- roles and the people who hold them
std::int64_t insert_person(Session& s, const std::string& name, const std::string& email);
struct Term {
  std::int64_t id = 0;
  Role role = Role::general_manager;
  Date from;
  std::optional<Date> until;
};
std::optional<Term> select_term(Session& s, std::int64_t id);
// The term of `role` for `scope` that has not ended, if any.
std::optional<Term> open_term(Session& s, Role role, std::string_view scope);
void end_term(Session& s, std::int64_t id, Date on);
std::int64_t insert_term(Session& s, Role role, std::string_view scope, std::int64_t person,
                         std::optional<std::int64_t> deputy, Date from);
// Holding on `on` (every term without it); by role, scope, from, id.
std::vector<Holder> select_holders(Session& s, std::optional<Date> on);
std::optional<Holder> select_holder_on(Session& s, Role role, std::string_view scope, Date on);
// The terms of `role` for `scope` still held after `day`; by from, id.
std::vector<Holder> select_terms_after(Session& s, Role role, std::string_view scope, Date day);
std::vector<std::string> product_codes(Session& s);  // by code

// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::gov::store
