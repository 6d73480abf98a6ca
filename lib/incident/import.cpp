// incident import: the columns of `incident list --format csv`, e.g. a supplier's export. Every
// row is read and checked first; then every row is opened, in file order; then each row's history
// is replayed through the same rules as the commands, in time order, so an import can hold nothing
// the commands would refuse. All-or-nothing: the caller's transaction.
// The columns that follow from others (respond_by, resolve_by, route, group, authority_deadline)
// are read and ignored: new ids are given, the deadlines come from this policy, the group from the
// change's links. Escalation, links and the problem holder are recorded at the opening time, as the
// export has no time for them. A `problem` naming a row's `id` of the same file is that row.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <algorithm>
#include <functional>
#include <map>

#include <mbov/core/csv.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/incident/incident.hpp>

namespace mbov::incident {
namespace {

// One row as read: typed values, and where it stands in the file for the errors of the rules.
struct ImportRow {
  std::size_t line = 0;
  std::optional<std::string> file_id;
  OpenRequest open;
  std::optional<Level> escalation;
  std::optional<std::string> problem_ref;
  std::optional<std::int64_t> motion;
  bool problem_holder = false;
  Status status = Status::new_;
  std::optional<Timestamp> acknowledged, resolved, closed, authority_notified, members_notified, subjects_notified,
      no_risk;
  std::optional<std::string> late_reason, no_risk_reason;
};

// A stored id: digits only.
std::optional<std::int64_t> as_id(const std::string& v) {
  if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoll(v);
}

class Reader {
 public:
  Reader(const CsvReader& reader, const CsvColumns& columns) : r_(reader), c_(columns) {}

  std::size_t column(std::string_view name) const { return *c_.index(name); }
  std::optional<std::string> text(std::string_view name) const {
    std::string_view v = c_.get(r_, name);
    if (v.empty()) return std::nullopt;
    return std::string(v);
  }
  // Runs f; an Error in it is reported at `line` and this column, with the rule and hint of the cause.
  template <class F>
  auto at(std::size_t line, std::string_view name, F f) const -> decltype(f()) {
    try {
      return f();
    } catch (const Error& e) {
      try {
        fail(line, name, e.message());
      } catch (const Error& at) {
        throw Error(at.code(), at.message(), e.rule(), e.hint());
      }
    }
  }
  template <class F>
  auto here(std::string_view name, F f) const -> decltype(f()) {
    return at(r_.line(), name, f);
  }
  std::optional<Timestamp> time(std::string_view name) const {
    auto v = text(name);
    if (!v) return std::nullopt;
    return here(name, [&] { return Timestamp::parse(*v, name); });
  }
  std::optional<std::int64_t> id(std::string_view name) const {
    auto v = text(name);
    if (!v) return std::nullopt;
    auto id = as_id(*v);
    if (!id) fail(name, msg("'{}' is not an id", *v));
    return id;
  }
  bool flag(std::string_view name) const {
    auto v = text(name).value_or("false");
    if (const std::optional<bool> yes = parse_yes_no(v)) return *yes;
    fail(name, msg("'{}' is not true or false (or ja, nee)", v));
  }
  [[noreturn]] void fail(std::string_view name, Message message) const { fail(r_.line(), name, std::move(message)); }
  [[noreturn]] void fail(std::size_t line, std::string_view name, Message message) const {
    fail_at(r_, line, column(name), std::move(message));
  }
  std::size_t line() const { return r_.line(); }

 private:
  const CsvReader& r_;
  const CsvColumns& c_;
};

// The times the status needs: none for new; acknowledged up to in-progress; resolved (and closed)
// from resolved on, acknowledged optional there (a resolution may skip it).
void check_status_times(const Reader& in, const ImportRow& row) {
  const long rank = static_cast<long>(row.status);  // the statuses in the order they are reached
  struct Need {
    std::string_view column;
    const std::optional<Timestamp>& time;
    long from;      // the first status rank that may have it
    bool required;  // from that rank on
  };
  const Need needs[] = {{"acknowledged", row.acknowledged, 1, rank < 3},
                        {"resolved", row.resolved, 3, true},
                        {"closed", row.closed, 4, true}};
  for (const Need& n : needs) {
    if (rank < n.from && n.time) in.fail(n.column, msg("a time is given, but the status is {}", status_name(row.status)));
    if (rank >= n.from && n.required && !n.time)
      in.fail("status", msg("status {} needs the {} time", status_name(row.status), n.column));
  }
}

ImportRow read_row(Session& s, const Reader& in) {
  // Each field is checked at its own column before anything is written.
  ImportRow row;
  row.line = in.line();
  row.file_id = in.text("id");
  OpenRequest& r = row.open;
  r.kind = in.here("kind", [&] { return parse_kind(in.text("kind").value_or(""), "kind"); });
  r.title = in.text("title").value_or("");
  if (r.title.empty()) in.fail("title", msg("the title is empty"));
  if ((r.product = in.text("product"))) r.product = in.here("product", [&] { return require_product(s, *r.product); });
  if ((r.member = in.text("member"))) r.member = in.here("member", [&] { return require_member(s, *r.member); });
  r.reporter = in.text("reporter");
  if (auto p = in.text("priority")) r.priority = in.here("priority", [&] { return parse_priority(*p, "priority"); });
  r.at = in.time("opened");
  if (!r.at) in.fail("opened", msg("the opening time is missing"));
  r.fundamental = in.flag("fundamental");
  if (r.fundamental && r.kind != Kind::change) in.fail("fundamental", msg("only a change can be fundamental (R-INC-4)"));
  if (auto level = in.text("escalation"))
    row.escalation = in.here("escalation", [&] { return parse_level(*level, "escalation"); });
  row.motion = in.id("motion");
  row.problem_ref = in.text("problem");
  row.problem_holder = in.flag("problem_holder");
  const std::string status = in.text("status").value_or("new");
  if (const std::optional<Status> known = status_from(status)) row.status = *known;
  else in.fail("status", msg("'{}' is not new, acknowledged, in-progress, resolved or closed", status));
  row.acknowledged = in.time("acknowledged");
  row.resolved = in.time("resolved");
  row.closed = in.time("closed");
  check_status_times(in, row);
  row.authority_notified = in.time("authority_notified");
  row.members_notified = in.time("members_notified");
  row.subjects_notified = in.time("subjects_notified");
  row.no_risk = in.time("no_risk");
  row.late_reason = in.text("late_reason");
  row.no_risk_reason = in.text("no_risk_reason");
  return row;
}

// A step of a row's history with the time it happened and the column it comes from.
struct Step {
  Timestamp at;
  std::string_view column;
  std::function<void()> run;
};

std::vector<Step> history(Session& s, std::int64_t id, const ImportRow& row) {
  std::vector<Step> steps;
  auto status = [&](std::string_view column, Status to, Timestamp at) {
    steps.push_back({at, column, [&s, id, to, at] { set_status(s, id, to, {.note = "imported", .at = at}); }});
  };
  if (row.acknowledged) {
    // In-progress is taken to start when the incident was acknowledged.
    status("acknowledged", Status::acknowledged, *row.acknowledged);
    if (row.status != Status::acknowledged) status("acknowledged", Status::in_progress, *row.acknowledged);
  }
  if (row.resolved) status("resolved", Status::resolved, *row.resolved);
  if (row.closed) status("closed", Status::closed, *row.closed);
  auto notice = [&](std::string_view column, const std::optional<Timestamp>& at, Notice step,
                    const std::optional<std::string>& reason) {
    if (at)
      steps.push_back({*at, column, [&s, id, step, reason, at] {
                         notify(s, id, {.step = step, .reason = reason, .at = at});
                       }});
  };
  notice("authority_notified", row.authority_notified, Notice::authority, row.late_reason);
  notice("members_notified", row.members_notified, Notice::members, std::nullopt);
  notice("subjects_notified", row.subjects_notified, Notice::subjects, std::nullopt);
  notice("no_risk", row.no_risk, Notice::no_risk, row.no_risk_reason);
  std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
  return steps;
}

void replay(Session& s, const Reader& in, std::int64_t id, const ImportRow& row,
            const std::map<std::string, std::int64_t>& file_ids) {
  const Timestamp opened = *row.open.at;
  auto at = [&](std::string_view column, auto f) { in.at(row.line, column, f); };
  if (row.escalation && *row.escalation != Level::operational)
    at("escalation", [&] { escalate(s, id, row.escalation, {.note = "imported", .at = opened}); });
  if (row.motion) at("motion", [&] { link_motion(s, id, *row.motion, opened); });
  if (row.problem_ref) {
    const auto mapped = file_ids.find(*row.problem_ref);
    const auto problem = mapped != file_ids.end() ? std::optional(mapped->second) : as_id(*row.problem_ref);
    if (!problem) in.fail(row.line, "problem", msg("'{}' is not an id", *row.problem_ref));
    at("problem", [&] { link_problem(s, id, *problem, opened); });
  }
  if (row.problem_holder) at("problem_holder", [&] { take_over(s, id, {.note = "imported", .at = opened}); });
  for (const Step& step : history(s, id, row)) at(step.column, step.run);
}

}  // namespace

std::vector<std::int64_t> import_csv(Session& s, std::istream& input, const std::string& source) {
  CsvReader reader(input, source);
  std::vector<std::string> optional;
  for (const std::string& c : csv_columns())
    if (c != "kind" && c != "title" && c != "opened") optional.push_back(c);
  CsvColumns columns(reader, {"kind", "title", "opened"}, optional);
  const Reader in(reader, columns);
  std::vector<ImportRow> rows;
  while (reader.next()) rows.push_back(read_row(s, in));

  std::vector<std::int64_t> ids;
  std::map<std::string, std::int64_t> file_ids;  // a row's id in the file → its new id
  for (const ImportRow& row : rows) {
    ids.push_back(in.at(row.line, "kind", [&] { return open(s, row.open); }));
    if (row.file_id) file_ids.emplace(*row.file_id, ids.back());
  }
  for (std::size_t n = 0; n < rows.size(); ++n) replay(s, in, ids[n], rows[n], file_ids);
  return ids;
}

}  // namespace mbov::incident
