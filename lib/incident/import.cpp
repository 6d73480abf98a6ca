// incident import: the columns of `incident list --format csv`, e.g. a supplier's export. Each row
// is opened and its history replayed through the same rules as the commands, in time order, so an
// import can hold nothing the commands would refuse. All-or-nothing: the caller's transaction.
// The columns that follow from others (id, respond_by, resolve_by, route, authority_deadline) are
// read and ignored: new ids are given, and the deadlines come from this policy. Escalation, links
// and the problem holder are recorded at the opening time, as the export has no time for them.
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "core/keys.hpp"
#include "core/csv.hpp"
#include "core/error.hpp"
#include "incident/incident.hpp"
#include "incident/store.hpp"

namespace mbov::incident {
namespace {

class Row {
 public:
  Row(const CsvReader& reader, const CsvColumns& columns) : r_(reader), c_(columns) {}

  std::size_t column(std::string_view name) const { return *c_.index(name); }
  std::optional<std::string> text(std::string_view name) const {
    std::string_view v = c_.get(r_, name);
    if (v.empty()) return std::nullopt;
    return std::string(v);
  }
  // Runs f; an Error in it is reported at this row and column.
  template <class F>
  auto at(std::string_view name, F f) const -> decltype(f()) {
    try {
      return f();
    } catch (const Error& e) {
      try {
        fail_at(r_, column(name), e.what());
      } catch (const Error& at) {  // the place, and the rule and hint of the cause
        throw Error(at.code(), at.what(), e.rule(), e.hint());
      }
    }
  }
  std::optional<Timestamp> time(std::string_view name) const {
    auto v = text(name);
    if (!v) return std::nullopt;
    return at(name, [&] { return Timestamp::parse(*v, name); });
  }
  std::optional<std::int64_t> id(std::string_view name) const {
    auto v = text(name);
    if (!v) return std::nullopt;
    if (v->find_first_not_of("0123456789") != std::string::npos || v->size() > 18)
      fail_at(r_, column(name), fmt::format("'{}' is not an id", *v));
    return std::stoll(*v);
  }
  bool flag(std::string_view name) const {
    auto v = text(name).value_or("false");
    if (v == "true" || v == "1" || v == "yes") return true;
    if (v == "false" || v == "0" || v == "no") return false;
    fail_at(r_, column(name), fmt::format("'{}' is not true or false", v));
  }
  [[noreturn]] void fail(std::string_view name, std::string message) const { fail_at(r_, column(name), message); }

 private:
  const CsvReader& r_;
  const CsvColumns& c_;
};

// A step of a row's history with the time it happened and the column it comes from.
struct Step {
  Timestamp at;
  std::string_view column;
  std::function<void()> run;
};

// The status moves up to `status`, each with the column giving its time; in-progress is taken
// to start when the incident was acknowledged.
void status_steps(Session& s, std::int64_t id, const Row& row, std::vector<Step>& steps) {
  struct Stage {
    std::string_view status, column;
  };
  static constexpr Stage path[] = {
      {"acknowledged", "acknowledged"}, {"in-progress", "acknowledged"}, {"resolved", "resolved"}, {"closed", "closed"}};
  const std::string status = row.text("status").value_or("new");
  auto end = std::find_if(std::begin(path), std::end(path), [&](const Stage& st) { return st.status == status; });
  if (status != "new" && end == std::end(path))
    row.fail("status", fmt::format("'{}' is not new, acknowledged, in-progress, resolved or closed", status));
  const auto reached = status == "new" ? std::begin(path) : end + 1;
  for (auto st = std::begin(path); st != std::end(path); ++st) {
    auto when = row.time(st->column);
    if (st >= reached) {
      if (when) row.fail(st->column, fmt::format("a time is given, but the status is {}", status));
      continue;
    }
    if (!when) row.fail("status", fmt::format("status {} needs the {} time", status, st->column));
    std::string_view to = st->status;
    steps.push_back({*when, st->column, [&s, id, to, when] { set_status(s, id, to, "imported", when); }});
  }
}

void notice_step(Session& s, std::int64_t id, const Row& row, std::string_view column, Notice notice,
                 std::optional<std::string> reason, std::vector<Step>& steps) {
  if (auto when = row.time(column))
    steps.push_back({*when, column, [&s, id, notice, reason, when] { notify(s, id, notice, reason, when); }});
}

std::int64_t import_row(Session& s, const Row& row) {
  // Each field is checked at its own column before the incident is opened.
  OpenRequest r;
  r.kind = row.text("kind").value_or("");
  row.at("kind", [&] { require_kind(r.kind, "kind"); });
  r.title = row.text("title").value_or("");
  if (r.title.empty()) row.fail("title", "the title is empty");
  if ((r.product = row.text("product")))
    r.product = row.at("product", [&] { return require_product(s, *r.product); });
  if ((r.member = row.text("member")))
    r.member = row.at("member", [&] { return require_member(s, *r.member); });
  r.reporter = row.text("reporter");
  if (auto p = row.text("priority")) r.priority = row.at("priority", [&] { return parse_priority(*p, "priority"); });
  r.at = row.time("opened");
  if (!r.at) row.fail("opened", "the opening time is missing");
  r.fundamental = row.flag("fundamental");
  if (r.fundamental && r.kind != "change") row.fail("fundamental", "only a change can be fundamental (R-INC-4)");
  const std::int64_t id = row.at("kind", [&] { return open(s, r); });
  const Timestamp opened = *r.at;
  if (auto level = row.text("escalation"); level && *level != "operational")
    row.at("escalation", [&] { escalate(s, id, *level, "imported", opened); });
  if (auto motion = row.id("motion")) row.at("motion", [&] { link_motion(s, id, *motion, opened); });
  if (auto problem = row.id("problem")) row.at("problem", [&] { link_problem(s, id, *problem, opened); });
  if (row.flag("problem_holder")) row.at("problem_holder", [&] { take_over(s, id, "imported", opened); });

  std::vector<Step> steps;
  status_steps(s, id, row, steps);
  notice_step(s, id, row, "authority_notified", Notice::authority, row.text("late_reason"), steps);
  notice_step(s, id, row, "members_notified", Notice::members, std::nullopt, steps);
  notice_step(s, id, row, "subjects_notified", Notice::subjects, std::nullopt, steps);
  notice_step(s, id, row, "no_risk", Notice::no_risk, row.text("no_risk_reason"), steps);
  std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
  for (const Step& step : steps) row.at(step.column, step.run);
  return id;
}

}  // namespace

std::vector<std::int64_t> import_csv(Session& s, std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  std::vector<std::string> optional;
  for (const std::string& c : csv_columns())
    if (c != "kind" && c != "title" && c != "opened") optional.push_back(c);
  CsvColumns columns(reader, {"kind", "title", "opened"}, optional);
  std::vector<std::int64_t> ids;
  while (reader.next()) ids.push_back(import_row(s, Row(reader, columns)));
  return ids;
}

}  // namespace mbov::incident
