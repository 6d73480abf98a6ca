#pragma once
// Governance (R-GOV-1..6): document versions approved by the AV, the multi-year vision, roles and
// their holders, the expert group, the working group and the contacts' community, board meetings.
#include <cstdint>
#include <optional>
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

namespace mbov::gov {

// ---- documents (document.cpp), R-GOV-1, R-GOV-2

// The kinds of governance document; stored and printed as their words (document_kinds).
enum class DocumentKind { pdc, dap, statutes, regulation, breach_protocol, fg_regulation, vision };
// pdc, dap, statutes, regulation, breach-protocol, fg-regulation, vision: DocumentKind's words, in its order
const std::vector<std::string>& document_kinds();
// The word of a kind, as stored and as English prints it.
std::string_view document_kind_name(DocumentKind kind);
// A kind from its word (KIND, a database row); nullopt for any other text.
std::optional<DocumentKind> document_kind_from(std::string_view word);
// document_kind_from, or Exit::data "WHAT 'TEXT' is not one of: pdc, dap, ..." with the nearest as hint.
DocumentKind parse_document_kind(std::string_view text, std::string_view what);

// A version's status: draft -> for-approval -> approved; stored and printed as its word.
enum class DocumentStatus { draft, for_approval, approved };
// draft, for-approval, approved: DocumentStatus's words, in its order
const std::vector<std::string>& document_statuses();
std::string_view document_status_name(DocumentStatus status);
std::optional<DocumentStatus> document_status_from(std::string_view word);
// document_status_from, or Exit::data naming `what`, the text and the statuses there are.
DocumentStatus parse_document_status(std::string_view text, std::string_view what);

struct VersionInput {
  DocumentKind kind = DocumentKind::pdc;
  std::string number;  // "3.0"
  Date date;
  DocumentStatus status = DocumentStatus::draft;  // draft or for-approval; approval goes through approve_version
  std::optional<std::string> author;
  std::optional<std::string> description;
  std::optional<std::string> file;  // a file reference; its SHA-256 is kept (Exit::noinput if unreadable)
};

struct Version {
  std::int64_t id = 0;
  DocumentKind kind = DocumentKind::pdc;
  std::string number;
  Date date;
  DocumentStatus status = DocumentStatus::draft;
  std::optional<std::string> author, description, file, sha256;
  std::optional<std::int64_t> motion;    // the adopted AV motion that approved it
  std::optional<std::int64_t> decision;  // the DAP: the expert group's decision
  std::optional<Date> approved_on;
};

std::int64_t add_version(Session& s, const VersionInput& in);
// R-GOV-1: draft -> for-approval.
void submit_version(Session& s, std::int64_t id);
// R-GOV-1: a version for approval is approved by an adopted AV motion (vote::require_adopted) (of kind pdc for
// the PDC); the DAP by a recorded decision of the expert group. Exit::data otherwise.
void approve_version(Session& s, std::int64_t id, std::optional<std::int64_t> motion,
                     std::optional<std::int64_t> decision);
// R-GEN-2: a version for approval that was in force before the records began, approved on its
// date (before their first day: Exit::data otherwise), with no motion or decision to point to.
void approve_before_records(Session& s, std::int64_t id);
// Every version of a kind, oldest first.
std::vector<Version> versions(Session& s, DocumentKind kind);
// R-GOV-1: the version in force: the latest approved one.
std::optional<Version> in_force(const std::vector<Version>& history);
// R-GOV-2: the last day of the vision's term: the day before the vision_years-th anniversary of
// its approval, counted as a contract's term is (Date::term_end).
Date vision_ends(const Version& vision, int vision_years);

// ---- roles (role.cpp), R-GOV-5

// The roles (R-GOV-5; fg is the data protection officer); stored and printed as their words (role_names).
enum class Role { general_manager, product_owner, fg, mailbox_owner, functional_manager };
// general-manager, product-owner, fg, mailbox-owner, functional-manager: Role's words, in its order
const std::vector<std::string>& role_names();
std::string_view role_name(Role role);
std::optional<Role> role_from(std::string_view word);
// role_from, or Exit::data "WHAT 'TEXT' is not one of: general-manager, ..." with the nearest as hint.
Role parse_role(std::string_view text, std::string_view what);
// The shared mailboxes (R-GOV-5): support@ and info@.
const std::vector<std::string>& mailboxes();

struct RoleInput {
  Role role = Role::general_manager;
  std::string scope;  // the product (product-owner), mailbox (mailbox-owner), member (functional-manager)
  std::int64_t person = 0;
  std::optional<std::int64_t> deputy;
  Date from;
};

// A new person to hold a role (one who is no member contact): a name and a plausible e-mail
// address, Exit::data otherwise; returns the person's id.
std::int64_t add_person(Session& s, const std::string& name, const std::string& email);
// A holder from `from` on; the holder until then leaves that day. Returns the term's id.
std::int64_t assign_role(Session& s, const RoleInput& in);
// The term ends ON `on` (no longer held that day).
void end_role(Session& s, std::int64_t id, Date on);

struct Holder {
  std::int64_t id = 0;
  Role role = Role::general_manager;
  std::string scope;
  std::int64_t person = 0;
  std::optional<std::string> name, email;
  std::optional<std::int64_t> deputy;
  std::optional<std::string> deputy_name;
  Date from;
  std::optional<Date> until;
};
// Holders on `on` (or every term when not given), by role and scope.
std::vector<Holder> holders(Session& s, std::optional<Date> on);
// The holder of a role (and scope) on a date.
std::optional<Holder> holder_on(Session& s, Role role, std::string_view scope, Date on);
// For member::leave: a leaving member's functional-manager terms that still hold after its last day; with
// `end`, each ends ON that day (audited; one not yet begun ends on its first day).
std::vector<Holder> member_roles_after(Session& s, const std::string& member, Date last_day, bool end);

// What must have a holder (R-GOV-5): every role with its scopes as of `on`.
struct Required {
  Role role = Role::general_manager;
  std::string scope;
};
std::vector<Required> required_roles(Session& s, Date on);

// ---- groups (group.cpp), R-GOV-6

// expert-group, working-group, community (the kinds the incident area routes changes to)
const std::vector<std::string>& group_names();

struct GroupMember {
  std::int64_t id = 0;
  std::string group;
  std::int64_t contact = 0;
  std::string member;  // the contact's member
  std::optional<std::string> name;
  Date from;
  std::optional<Date> until;
};
// A member contact joins a group; returns the membership's id.
std::int64_t join_group(Session& s, std::string_view group, std::int64_t contact, Date from);
void leave_group(Session& s, std::int64_t id, Date on);
std::vector<GroupMember> group_members(Session& s, std::optional<std::string> group, std::optional<Date> on);
// For member::leave: the group seats of a leaving member's contacts that still hold after its last day;
// with `end`, each ends ON that day (audited; one not yet begun ends on its first day).
std::vector<GroupMember> group_seats_after(Session& s, const std::string& member, Date last_day, bool end);
// A recorded decision of a group (the DAP's approval: R-GOV-1); returns its id.
std::int64_t record_decision(Session& s, std::string_view group, Date on, const std::string& text);
// R-GOV-6: current members without a current contact in the community, on `on`.
std::vector<std::string> members_outside_community(Session& s, Date on);

// ---- board meetings (board.cpp), R-GOV-4

std::int64_t board_meetings(Session& s, int year);

// ---- output

Object to_object(const Version& v);
// document show: kind, in_force (the version or null), history (every version).
Object history_object(DocumentKind kind, const std::vector<Version>& history);
Object to_object(const Holder& h);
Object to_object(const GroupMember& m);

// ---- the check (check.cpp): R-GOV-2, R-GOV-4, R-GOV-5, R-GOV-6

CheckReport check(Session& s);

}  // namespace mbov::gov

MBOV_PUBLIC_END
