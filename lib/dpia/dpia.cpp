// DPIAs per product (R-DPIA-1, R-DPIA-2): started, completed with an outcome.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include "core/keys.hpp"
#include "core/audit.hpp"
#include "core/sql.hpp"
#include "dpia/dpia.hpp"
#include "dpia/store.hpp"
#include "core/error.hpp"
#include "core/session.hpp"

namespace mbov::dpia {
namespace detail {

void require_one_of(std::string_view value, std::span<const char* const> allowed, std::string_view what,
                    std::string rule) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  fail_data(fmt::format("{} '{}' is not one of: {}", what, value, fmt::join(allowed, ", ")), std::move(rule));
}

}  // namespace detail

namespace {

constexpr std::array kinds{"initial", "change", "periodic", "audit"};
constexpr std::array outcomes{"acceptable", "mitigations", "high-risk"};


// R-DPIA-1: the DPIA of a fundamental change names that change: an incident of kind 'change'
// of the DPIA's product (or of no product).
void require_change_incident(Session& s, std::int64_t incident, const std::string& product) {
  SQLite::Statement q(sql(s), "SELECT kind, product FROM incident WHERE id = ?");
  q.bind(1, incident);
  if (!q.executeStep()) fail_data(fmt::format("no incident {}", incident), {}, "see 'mbov incident list --kind change'");
  std::string kind = q.getColumn(0).getString();
  if (kind != "change")
    fail_data(fmt::format("incident {} is a {}, not a change", incident, kind), "R-DPIA-1",
              "a change DPIA names the change incident that triggered it");
  if (!q.getColumn(1).isNull() && q.getColumn(1).getString() != product)
    fail_data(fmt::format("incident {} is a change of {}, not of {}", incident, q.getColumn(1).getString(), product),
              "R-DPIA-1");
}

Object row_object(SQLite::Statement& q) {
  Object o;
  auto outcome = q.getColumn(6);
  o.add("id", q.getColumn(0).getInt64())
      .add("product", q.getColumn(1).getString())
      .add("kind", q.getColumn(2).getString())
      .add("change", q.getColumn(3).isNull() ? Value() : Value(q.getColumn(3).getInt64()))
      .add("started", q.getColumn(4).getString())
      .add("completed", text_or_null(q.getColumn(5)))
      .add("status", q.getColumn(5).isNull() ? "open" : "completed")
      .add("outcome", text_or_null(outcome))
      .add("measures", text_or_null(q.getColumn(7)))
      // GDPR art. 36: a high residual risk needs prior consultation of the supervisory authority.
      .add("prior_consultation", !outcome.isNull() && outcome.getString() == "high-risk")
      .add("report", text_or_null(q.getColumn(8)));
  return o;
}

constexpr const char* select_dpia =
    "SELECT id, product, kind, change_incident, started, completed, outcome, measures, report FROM dpia ";

}  // namespace

std::int64_t add(Session& s, const NewDpia& d) {
  detail::require_one_of(d.kind, kinds, "--kind");
  std::string product = require_product(s, d.product);
  if (d.kind == "change" && !d.change)
    fail_data("a change DPIA needs --change INCIDENT-ID", "R-DPIA-1", "the fundamental change it assesses");
  if (d.kind != "change" && d.change) fail_data(fmt::format("--change belongs to a change DPIA, not {}", d.kind));
  if (d.change) require_change_incident(s, *d.change, product);
  if (d.started > s.today) fail_data(fmt::format("--started {} is after today ({})", d.started.str(), s.today.str()));
  SQLite::Statement q(sql(s), "INSERT INTO dpia (product, kind, change_incident, started, report) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, product);
  q.bind(2, d.kind);
  if (d.change) q.bind(3, *d.change);
  q.bind(4, d.started.str());
  bind_opt(q, 5, d.report);
  q.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "dpia", std::to_string(id), "add",
                Object().add("product", product).add("kind", d.kind).add("change", d.change).add("started", d.started.str()));
  return id;
}

void complete(Session& s, std::int64_t id, const Completion& c) {
  detail::require_one_of(c.outcome, outcomes, "--outcome");
  Object current = show(s, id);
  if (!current.find("completed")->is_null())
    fail_data(fmt::format("DPIA {} was already completed on {}", id, current.find("completed")->text()));
  Date started = Date::parse(current.find("started")->text(), "started");
  if (c.on < started)
    fail_data(fmt::format("--on {} is before the DPIA's start ({})", c.on.str(), started.str()), {},
              "a DPIA is completed on or after the day it started");
  if (c.on > s.today) fail_data(fmt::format("--on {} is after today ({})", c.on.str(), s.today.str()));
  if (c.outcome == "mitigations" && (!c.measures || c.measures->empty()))
    fail_data("outcome mitigations needs --measures", {}, "describe the measures that mitigate the risks");
  if (c.outcome != "mitigations" && c.measures)
    fail_data(fmt::format("--measures belongs to outcome mitigations, not {}", c.outcome));
  SQLite::Statement q(sql(s),
                      "UPDATE dpia SET completed = ?, outcome = ?, measures = ?, report = coalesce(?, report) WHERE id = ?");
  q.bind(1, c.on.str());
  q.bind(2, c.outcome);
  bind_opt(q, 3, c.measures);
  bind_opt(q, 4, c.report);
  q.bind(5, id);
  q.exec();
  audit::record(s, "dpia", std::to_string(id), "complete",
                Object().add("completed", c.on.str()).add("outcome", c.outcome).add("measures", c.measures).add("report", c.report));
}

std::vector<Object> list(Session& s, const ListFilter& filter) {
  std::optional<std::string> product;
  if (filter.product) product = require_product(s, *filter.product);
  SQLite::Statement q(sql(s), std::string(select_dpia) +
                                "WHERE (?1 IS NULL OR product = ?1) AND (?2 = 0 OR completed IS NULL) "
                                "ORDER BY started, id");
  bind_opt(q, 1, product);
  q.bind(2, filter.open ? 1 : 0);
  std::vector<Object> rows;
  while (q.executeStep()) rows.push_back(row_object(q));
  return rows;
}

Object show(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), std::string(select_dpia) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) fail_data(fmt::format("no DPIA {}", id), {}, "see 'mbov dpia list'");
  return row_object(q);
}

}  // namespace mbov::dpia
