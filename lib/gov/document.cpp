// Governance documents as versions (R-GOV-1) and the multi-year vision's term (R-GOV-2).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <fstream>
#include <sstream>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/records.hpp>
#include <mbov/core/session.hpp>
#include "core/sha256.hpp"
#include <mbov/gov/gov.hpp>
#include "gov/store.hpp"
#include <mbov/vote/vote.hpp>

namespace mbov::gov {
namespace {

std::string file_sha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream data;
  if (!in || !(data << in.rdbuf()))
    throw Error(Exit::noinput, msg("cannot read --file {}", path), {}, msg("name a readable file"));
  return sha256_hex(data.str());
}

Version find_version(Session& s, std::int64_t id) {
  std::optional<Version> v = store::select_version(s, id);
  if (!v)
    fail_data(msg("no document version with id {}", id), {}, msg("see 'mbov gov document list'"));
  return std::move(*v);
}

void set_status(Session& s, const Version& v, DocumentStatus status, std::optional<std::int64_t> motion,
                std::optional<std::int64_t> decision, std::optional<Date> on) {
  store::update_version_status(s, v.id, status, motion, decision, on);
  audit::record(s, "document_version", std::to_string(v.id), std::string(document_status_name(status)),
                Object().add("motion", motion).add("decision", decision).add("on", date_value(on)));
}

// R-GOV-1: only a version for approval is approved.
void require_for_approval(const Version& v) {
  if (v.status != DocumentStatus::for_approval)
    fail_data(msg("version {} is {}, not for approval", v.id, document_status_name(v.status)), "R-GOV-1",
              v.status == DocumentStatus::draft ? msg("submit it first: 'mbov gov document submit {}'", v.id) : "");
}

// The expert group's decision that approves the DAP, and its date.
Date expert_decision(Session& s, std::int64_t decision) {
  const std::optional<store::GroupDecision> d = store::select_decision(s, decision);
  if (!d) fail_data(msg("no group decision with id {}", decision), "R-GOV-1");
  if (d->group != "expert-group")
    fail_data(msg("decision {} is of the {}, not the expert group", decision, d->group),
              "R-GOV-1");
  return d->date;
}

}  // namespace

const std::vector<std::string>& document_kinds() {
  static const std::vector<std::string> kinds{"pdc",           "dap",          "statutes", "regulation",
                                              "breach-protocol", "fg-regulation", "vision"};
  return kinds;
}

const std::vector<std::string>& document_statuses() {
  static const std::vector<std::string> statuses{"draft", "for-approval", "approved"};
  return statuses;
}

std::string_view document_kind_name(DocumentKind kind) { return document_kinds()[static_cast<std::size_t>(kind)]; }

std::optional<DocumentKind> document_kind_from(std::string_view word) { return enum_of<DocumentKind>(word, document_kinds()); }

DocumentKind parse_document_kind(std::string_view text, std::string_view what) {
  return parse_word<DocumentKind>(text, document_kinds(), store::require_one_of, what, "R-GOV-1");
}

std::string_view document_status_name(DocumentStatus status) { return document_statuses()[static_cast<std::size_t>(status)]; }

std::optional<DocumentStatus> document_status_from(std::string_view word) {
  return enum_of<DocumentStatus>(word, document_statuses());
}

DocumentStatus parse_document_status(std::string_view text, std::string_view what) {
  return parse_word<DocumentStatus>(text, document_statuses(), store::require_one_of, what, "R-GOV-1");
}

std::int64_t add_version(Session& s, const VersionInput& in) {
  if (in.number.find_first_not_of(" \t") == std::string::npos) fail_data(msg("--number must not be empty"));
  if (in.status == DocumentStatus::approved)
    fail_data(msg("a version is approved by the AV, not added as approved"), "R-GOV-1",
              msg("add it, then 'mbov gov document approve ID --motion ID'"));
  if (const std::optional<std::int64_t> existing = store::version_id(s, in.kind, in.number))
    fail_data(msg("{} version {} already exists with id {}", document_kind_name(in.kind), in.number, *existing));
  std::optional<std::string> digest;
  if (in.file) digest = file_sha256(*in.file);
  const std::int64_t id = store::insert_version(s, in, digest);
  audit::record(s, "document_version", std::to_string(id), "add",
                Object()
                    .add("kind", document_kind_name(in.kind))
                    .add("number", in.number)
                    .add("date", in.date.str())
                    .add("status", document_status_name(in.status))
                    .add("author", in.author)
                    .add("file", in.file)
                    .add("sha256", digest));
  return id;
}

// R-GOV-1
void submit_version(Session& s, std::int64_t id) {
  const Version v = find_version(s, id);
  if (v.status != DocumentStatus::draft)
    fail_data(msg("version {} is {}, not a draft", id, document_status_name(v.status)), "R-GOV-1");
  set_status(s, v, DocumentStatus::for_approval, std::nullopt, std::nullopt, std::nullopt);
}

// R-GOV-1 (the motion: vote::require_adopted)
void approve_version(Session& s, std::int64_t id, std::optional<std::int64_t> motion,
                     std::optional<std::int64_t> decision) {
  const Version v = find_version(s, id);
  require_for_approval(v);
  const bool dap = v.kind == DocumentKind::dap;
  if (dap && (!decision || motion))
    fail_data(msg("the DAP is approved by a decision of the expert group (--decision ID)"), "R-GOV-1",
              msg("record it: 'mbov gov group decide expert-group --text T'"));
  if (!dap && (!motion || decision))
    fail_data(msg("the {} is approved by an adopted AV motion (--motion ID)", document_kind_name(v.kind)), "R-GOV-1");
  const Date on = dap ? expert_decision(s, *decision)
                      : vote::require_adopted(s, *motion, v.kind == DocumentKind::pdc ? std::optional(vote::MotionKind::pdc) : std::nullopt,
                                              "R-GOV-1")
                            .date;
  set_status(s, v, DocumentStatus::approved, motion, decision, on);
}

void approve_before_records(Session& s, std::int64_t id) {
  const Version v = find_version(s, id);
  require_for_approval(v);
  require_before_records(s, v.date, tr("the version's date"));
  set_status(s, v, DocumentStatus::approved, std::nullopt, std::nullopt, v.date);
}

std::vector<Version> versions(Session& s, DocumentKind kind) {
  return store::select_versions(s, kind);
}

// R-GOV-1: the latest approved version.
std::optional<Version> in_force(const std::vector<Version>& history) {
  std::optional<Version> current;
  for (const Version& v : history)
    if (v.approved_on && (!current || *v.approved_on >= *current->approved_on)) current = v;
  return current;
}

// R-GOV-2
Date vision_ends(const Version& vision, int vision_years) {
  // R-GOV-2: as a contract's term is counted (Date::term_end): the day before the vision_years-th anniversary.
  return vision.approved_on.value_or(vision.date).term_end(vision_years);
}

}  // namespace mbov::gov
