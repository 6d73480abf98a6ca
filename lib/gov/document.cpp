// Governance documents as versions (R-GOV-1) and the multi-year vision's term (R-GOV-2).
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "core/audit.hpp"
#include "core/error.hpp"
#include "core/i18n.hpp"
#include "core/output.hpp"
#include "core/records.hpp"
#include "core/session.hpp"
#include "core/sha256.hpp"
#include "core/sql.hpp"
#include "gov/gov.hpp"
#include "gov/store.hpp"
#include "vote/vote.hpp"

namespace mbov::gov {
namespace {

std::string file_sha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream data;
  if (!in || !(data << in.rdbuf()))
    throw Error(Exit::noinput, fmt::format(fmt::runtime(tr("cannot read --file {}")), path), {}, tr("name a readable file"));
  return sha256_hex(data.str());
}

constexpr const char* version_columns =
    "SELECT id, kind, number, date, status, author, description, file, sha256, motion, decision, approved_on"
    " FROM document_version ";

Version read_version(SQLite::Statement& q) {
  return Version{.id = q.getColumn(0).getInt64(),
                 .kind = q.getColumn(1).getString(),
                 .number = q.getColumn(2).getString(),
                 .date = Date::parse(q.getColumn(3).getString(), "document_version.date"),
                 .status = q.getColumn(4).getString(),
                 .author = opt_text(q.getColumn(5)),
                 .description = opt_text(q.getColumn(6)),
                 .file = opt_text(q.getColumn(7)),
                 .sha256 = opt_text(q.getColumn(8)),
                 .motion = store::opt_id(q.getColumn(9)),
                 .decision = store::opt_id(q.getColumn(10)),
                 .approved_on = store::opt_date(q.getColumn(11), "document_version.approved_on")};
}

Version find_version(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), std::string(version_columns) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    fail_data(fmt::format(fmt::runtime(tr("no document version with id {}")), id), {}, tr("see 'mbov gov document list'"));
  return read_version(q);
}

void set_status(Session& s, const Version& v, std::string_view status, std::optional<std::int64_t> motion,
                std::optional<std::int64_t> decision, std::optional<Date> on) {
  SQLite::Statement q(sql(s), "UPDATE document_version SET status = ?, motion = ?, decision = ?, approved_on = ? WHERE id = ?");
  q.bind(1, std::string(status));
  if (motion) q.bind(2, *motion);
  if (decision) q.bind(3, *decision);
  if (on) q.bind(4, on->str());
  q.bind(5, v.id);
  q.exec();
  audit::record(s, "document_version", std::to_string(v.id), std::string(status),
                Object().add("motion", motion).add("decision", decision).add("on", date_value(on)));
}

// R-GOV-1: only a version for approval is approved.
void require_for_approval(const Version& v) {
  if (v.status != "for-approval")
    fail_data(fmt::format(fmt::runtime(tr("version {} is {}, not for approval")), v.id, v.status), "R-GOV-1",
              v.status == "draft" ? fmt::format(fmt::runtime(tr("submit it first: 'mbov gov document submit {}'")), v.id) : "");
}

// The expert group's decision that approves the DAP, and its date.
Date expert_decision(Session& s, std::int64_t decision) {
  SQLite::Statement q(sql(s), "SELECT grp, date FROM group_decision WHERE id = ?");
  q.bind(1, decision);
  if (!q.executeStep()) fail_data(fmt::format(fmt::runtime(tr("no group decision with id {}")), decision), "R-GOV-1");
  if (q.getColumn(0).getString() != "expert-group")
    fail_data(fmt::format(fmt::runtime(tr("decision {} is of the {}, not the expert group")), decision, q.getColumn(0).getString()),
              "R-GOV-1");
  return Date::parse(q.getColumn(1).getString(), "group_decision.date");
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

std::int64_t add_version(Session& s, const VersionInput& in) {
  store::require_one_of(in.kind, document_kinds(), "KIND", "R-GOV-1");
  if (in.number.find_first_not_of(" \t") == std::string::npos) fail_data(tr("--number must not be empty"));
  if (in.status == "approved")
    fail_data(tr("a version is approved by the AV, not added as approved"), "R-GOV-1",
              tr("add it, then 'mbov gov document approve ID --motion ID'"));
  store::require_one_of(in.status, {"draft", "for-approval"}, "--status", "R-GOV-1");
  SQLite::Statement exists(sql(s), "SELECT id FROM document_version WHERE kind = ? AND number = ?");
  exists.bind(1, in.kind);
  exists.bind(2, in.number);
  if (exists.executeStep())
    fail_data(fmt::format(fmt::runtime(tr("{} version {} already exists with id {}")), in.kind, in.number, exists.getColumn(0).getInt64()));
  std::optional<std::string> digest;
  if (in.file) digest = file_sha256(*in.file);
  SQLite::Statement q(sql(s), "INSERT INTO document_version (kind, number, date, status, author, description, file, sha256)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, in.kind);
  q.bind(2, in.number);
  q.bind(3, in.date.str());
  q.bind(4, in.status);
  bind_opt(q, 5, in.author);
  bind_opt(q, 6, in.description);
  bind_opt(q, 7, in.file);
  bind_opt(q, 8, digest);
  q.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "document_version", std::to_string(id), "add",
                Object()
                    .add("kind", in.kind)
                    .add("number", in.number)
                    .add("date", in.date.str())
                    .add("status", in.status)
                    .add("author", in.author)
                    .add("file", in.file)
                    .add("sha256", digest));
  return id;
}

// R-GOV-1
void submit_version(Session& s, std::int64_t id) {
  const Version v = find_version(s, id);
  if (v.status != "draft")
    fail_data(fmt::format(fmt::runtime(tr("version {} is {}, not a draft")), id, v.status), "R-GOV-1");
  set_status(s, v, "for-approval", std::nullopt, std::nullopt, std::nullopt);
}

// R-GOV-1, R-VOTE-9
void approve_version(Session& s, std::int64_t id, std::optional<std::int64_t> motion,
                     std::optional<std::int64_t> decision) {
  const Version v = find_version(s, id);
  require_for_approval(v);
  const bool dap = v.kind == "dap";
  if (dap && (!decision || motion))
    fail_data(tr("the DAP is approved by a decision of the expert group (--decision ID)"), "R-GOV-1",
              tr("record it: 'mbov gov group decide expert-group --text T'"));
  if (!dap && (!motion || decision))
    fail_data(fmt::format(fmt::runtime(tr("the {} is approved by an adopted AV motion (--motion ID)")), v.kind), "R-GOV-1");
  const Date on = dap ? expert_decision(s, *decision)
                      : vote::require_adopted(s, *motion, v.kind == "pdc" ? std::optional<std::string_view>("pdc")
                                                                          : std::nullopt,
                                              "R-GOV-1")
                            .date;
  set_status(s, v, "approved", motion, decision, on);
}

void approve_before_records(Session& s, std::int64_t id) {
  const Version v = find_version(s, id);
  require_for_approval(v);
  require_before_records(s, v.date, tr("the version's date"));
  set_status(s, v, "approved", std::nullopt, std::nullopt, v.date);
}

std::vector<Version> versions(Session& s, std::string_view kind) {
  store::require_one_of(kind, document_kinds(), "KIND", "R-GOV-1");
  SQLite::Statement q(sql(s), std::string(version_columns) + "WHERE kind = ? ORDER BY date, id");
  q.bind(1, std::string(kind));
  std::vector<Version> out;
  while (q.executeStep()) out.push_back(read_version(q));
  return out;
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
  // R-GOV-2: as R-CON-2 counts a term: the day before the vision_years-th anniversary.
  return vision.approved_on.value_or(vision.date).term_end(vision_years);
}

}  // namespace mbov::gov
