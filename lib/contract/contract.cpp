#include "contract/contract.hpp"
#include "core/keys.hpp"
#include "core/sql.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/audit.hpp"
#include "contract/catalog.hpp"
#include "contract/store.hpp"
#include "core/error.hpp"
#include "core/session.hpp"

namespace mbov {

using contract_rows::date_value;
using contract_rows::opt_date;

namespace {

// The value of one term option: the policy's when absent; checked against its range.
int term_value(const std::optional<int>& given, int policy_value, int lo, int hi, std::string_view option) {
  const int v = given.value_or(policy_value);
  if (v < lo || v > hi) fail_data(fmt::format("{} must be {} to {}, not {}", option, lo, hi, v), "R-CON-1");
  return v;
}

// What deviates from the policy (R-CON-1), in words; empty when nothing does.
std::string deviations(const Term& t, const Policy::Contract& p) {
  std::string out;
  auto note = [&out](std::string_view option, int v, int policy_value) {
    if (v != policy_value)
      out += fmt::format("{}{} {} (policy {})", out.empty() ? "" : ", ", option, v, policy_value);
  };
  note("--base-years", t.base_years, p.base_years);
  note("--extensions", t.extensions, p.extensions);
  note("--extension-years", t.extension_years, p.extension_years);
  note("--notice-months", t.notice_months, p.notice_months);
  return out;
}

// The computed dates of a loaded contract as of `today` (R-CON-2..4, R-CON-7).
void schedule(Contract& c, int review_interval_months, Date today) {
  c.end = c.termination_end.value_or(contract_end(c.term, c.extensions_used));
  c.status = contract_status(c.end, c.terminated_on.has_value(), today);
  // A terminated contract goes no further than its termination, an ended one no further at all.
  c.max_end = c.terminated_on ? c.end : contract_max_end(c.term);
  c.extensions_left = c.status == ContractStatus::active ? c.term.extensions - c.extensions_used : 0;
  if (c.status == ContractStatus::ended) return;
  const Date review = next_review(c.term.start, c.last_review, review_interval_months);
  if (review <= c.end) c.next_review = review;
  if (c.status == ContractStatus::active) c.notice = notice_date(c.end, c.term.notice_months);
}

constexpr const char* contract_query = R"sql(
SELECT c.id, c.product, c.supplier, s.name, c.start, c.base_years, c.extensions, c.extension_years,
       c.notice_months, c.deviation_reason, c.tender,
       (SELECT count(*) FROM extension e WHERE e.contract = c.id),
       (SELECT max(on_date) FROM review r WHERE r.contract = c.id),
       c.terminated_on, c.termination_end, c.termination_reason, c.exit_plan
FROM contract c JOIN supplier s ON s.id = c.supplier
WHERE ?1 IS NULL OR c.id = ?1 ORDER BY c.id
)sql";

std::vector<Contract> query_contracts(Session& s, std::optional<std::int64_t> id) {
  SQLite::Statement q(sql(s), contract_query);
  if (id) q.bind(1, *id);
  std::vector<Contract> out;
  while (q.executeStep()) {
    Contract c;
    c.id = q.getColumn(0).getInt64();
    c.product = q.getColumn(1).getString();
    c.supplier_id = q.getColumn(2).getInt64();
    c.supplier = q.getColumn(3).getString();
    c.term = Term{Date::parse(q.getColumn(4).getString(), "contract.start"), q.getColumn(5).getInt(),
                  q.getColumn(6).getInt(), q.getColumn(7).getInt(), q.getColumn(8).getInt()};
    c.deviation_reason = opt_text(q.getColumn(9));
    c.tender = opt_text(q.getColumn(10));
    c.extensions_used = q.getColumn(11).getInt();
    c.last_review = opt_date(q.getColumn(12), "review.on_date");
    c.terminated_on = opt_date(q.getColumn(13), "contract.terminated_on");
    c.termination_end = opt_date(q.getColumn(14), "contract.termination_end");
    c.termination_reason = opt_text(q.getColumn(15));
    c.exit_plan = opt_text(q.getColumn(16));
    schedule(c, s.policy.contract.review_interval_months, s.today);
    out.push_back(std::move(c));
  }
  return out;
}

std::string subject(const Contract& c) { return fmt::format("contract {}", c.id); }

// The day something was done: `on`, or today; never in the future, never before the start, and
// only while the contract runs.
Date done_on(const Session& s, const Contract& c, std::optional<Date> on, std::string_view what) {
  const Date day = on.value_or(s.today);
  if (day > s.today)
    fail_data(fmt::format("--on {} is after today ({})", day.str(), s.today.str()), {},
              fmt::format("record a {} when it has been done", what));
  if (day < c.term.start)
    fail_data(fmt::format("--on {} is before {} started ({})", day.str(), subject(c), c.term.start.str()));
  if (day > c.end)
    fail_data(fmt::format("{} ended on {}: no {} after its end", subject(c), c.end.str(), what), "R-CON-7");
  return day;
}

}  // namespace

std::int64_t add_contract(Session& s, const NewContract& n) {
  const std::string product = require_product(s, n.product);
  const Supplier supplier = find_supplier(s, n.supplier);
  const Policy::Contract& p = s.policy.contract;
  Term t{n.start, term_value(n.base_years, p.base_years, 1, 99, "--base-years"),
         term_value(n.extensions, p.extensions, 0, 99, "--extensions"),
         term_value(n.extension_years, p.extension_years, 1, 99, "--extension-years"), 0};
  t.notice_months = term_value(n.notice_months, p.notice_months, 0, t.base_years * 12 - 1, "--notice-months");
  const std::optional<std::string> reason = contract_rows::optional_text(n.deviation_reason);
  const std::string deviates = deviations(t, p);
  if (!deviates.empty() && !reason)
    fail_data("the contract deviates from the policy: " + deviates, "R-CON-1",
              "a deviation needs a recorded reason: add --deviation-reason TEXT");
  if (deviates.empty() && reason)
    fail_data("--deviation-reason given, but nothing deviates from the policy", "R-CON-1",
              "leave out --deviation-reason, or give the deviating --base-years, --extensions, ... values");

  SQLite::Statement insert(sql(s),
                           "INSERT INTO contract (product, supplier, start, base_years, extensions, "
                           "extension_years, notice_months, deviation_reason, tender) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, product);
  insert.bind(2, supplier.id);
  insert.bind(3, t.start.str());
  insert.bind(4, t.base_years);
  insert.bind(5, t.extensions);
  insert.bind(6, t.extension_years);
  insert.bind(7, t.notice_months);
  if (reason) insert.bind(8, *reason);
  const std::optional<std::string> tender = contract_rows::optional_text(n.tender);
  if (tender) insert.bind(9, *tender);
  insert.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "contract", std::to_string(id), "add",
                Object()
                    .add("product", product)
                    .add("supplier", supplier.id)
                    .add("start", t.start.str())
                    .add("base_years", t.base_years)
                    .add("extensions", t.extensions)
                    .add("extension_years", t.extension_years)
                    .add("notice_months", t.notice_months)
                    .add("deviation_reason", reason)
                    .add("tender", tender));
  return id;
}

Contract load_contract(Session& s, std::int64_t id) {
  std::vector<Contract> found = query_contracts(s, id);
  if (found.empty())
    fail_data(fmt::format("unknown contract {}", id), {}, "see 'mbov contract list --format json'");
  return std::move(found.front());
}

std::vector<Contract> load_contracts(Session& s) { return query_contracts(s, std::nullopt); }

Object contract_summary(const Contract& c) {
  return Object()
      .add("id", c.id)
      .add("product", c.product)
      .add("supplier", c.supplier)
      .add("supplier_id", c.supplier_id)
      .add("start", c.term.start.str())
      .add("end", c.end.str())
      .add("max_end", c.max_end.str())
      .add("extensions_used", c.extensions_used)
      .add("extensions_left", c.extensions_left)
      .add("next_review", date_value(c.next_review))
      .add("notice_date", date_value(c.notice))
      .add("status", status_name(c.status))
      .add("deviates", c.deviation_reason.has_value());
}

Object contract_details(Session& s, const Contract& c) {
  Array reviews;
  SQLite::Statement r(sql(s), "SELECT id, on_date, outcome, notes, meeting FROM review WHERE contract = ? "
                            "ORDER BY on_date, id");
  r.bind(1, c.id);
  while (r.executeStep())
    reviews.push_back(Object()
                          .add("id", r.getColumn(0).getInt64())
                          .add("on", r.getColumn(1).getString())
                          .add("outcome", r.getColumn(2).getString())
                          .add("notes", opt_text(r.getColumn(3)))
                          .add("meeting", r.getColumn(4).isNull() ? Value() : Value(r.getColumn(4).getInt64())));
  Array extended;
  SQLite::Statement e(sql(s), "SELECT on_date, late FROM extension WHERE contract = ? ORDER BY on_date, id");
  e.bind(1, c.id);
  for (int k = 1; e.executeStep(); ++k)
    extended.push_back(Object()
                           .add("on", e.getColumn(0).getString())
                           .add("late", e.getColumn(1).getInt() != 0)
                           .add("end", contract_end(c.term, k).str()));
  Object o = contract_summary(c);
  o.add("base_years", c.term.base_years)
      .add("extensions", c.term.extensions)
      .add("extension_years", c.term.extension_years)
      .add("notice_months", c.term.notice_months)
      .add("deviation_reason", c.deviation_reason)
      .add("tender", c.tender)
      .add("last_review", date_value(c.last_review))
      .add("terminated_on", date_value(c.terminated_on))
      .add("termination_reason", c.termination_reason)
      .add("exit_plan", c.exit_plan)
      .add("reviews", std::move(reviews))
      .add("extension_history", std::move(extended));
  return o;
}

std::int64_t review_contract(Session& s, std::int64_t id, const NewReview& r) {
  const Contract c = load_contract(s, id);
  if (r.outcome != "compliant" && r.outcome != "deviations")
    fail_data(fmt::format("invalid --outcome '{}'", r.outcome), "R-CON-3", "use compliant or deviations");
  const Date on = done_on(s, c, r.on, "review");
  if (r.meeting) {
    SQLite::Statement m(sql(s), "SELECT kind, date FROM meeting WHERE id = ?");
    m.bind(1, *r.meeting);
    if (!m.executeStep()) fail_data(fmt::format("unknown meeting {}", *r.meeting), {}, "see 'mbov vote meeting list'");
    if (m.getColumn(0).getString() != "av")
      fail_data(fmt::format("meeting {} is not a General Assembly (AV)", *r.meeting), "R-CON-3",
                "a review is reported in the AV");
    if (m.getColumn(1).getString() < on.str())
      fail_data(fmt::format("meeting {} ({}) is before the review ({})", *r.meeting, m.getColumn(1).getString(),
                            on.str()),
                "R-CON-3", "name the AV meeting where the review was reported");
  }
  const std::optional<std::string> notes = contract_rows::optional_text(r.notes);
  SQLite::Statement insert(sql(s), "INSERT INTO review (contract, on_date, outcome, notes, meeting) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, id);
  insert.bind(2, on.str());
  insert.bind(3, r.outcome);
  if (notes) insert.bind(4, *notes);
  if (r.meeting) insert.bind(5, *r.meeting);
  insert.exec();
  const std::int64_t review = sql(s).getLastInsertRowid();
  audit::record(s, "contract", std::to_string(id), "review",
                Object()
                    .add("review", review)
                    .add("on", on.str())
                    .add("outcome", r.outcome)
                    .add("notes", notes)
                    .add("meeting", r.meeting ? Value(static_cast<long long>(*r.meeting)) : Value()));
  return review;
}

Extension extend_contract(Session& s, std::int64_t id, std::optional<Date> on_given) {
  const Contract c = load_contract(s, id);
  if (c.terminated_on)
    fail_data(fmt::format("{} was terminated on {} and ends {}: it cannot be extended", subject(c),
                          c.terminated_on->str(), c.end.str()),
              "R-CON-7");
  const Date on = done_on(s, c, on_given, "extension");
  if (c.extensions_used >= c.term.extensions)
    fail_data(fmt::format("{} has used all {} extension{} (maximum end {})", subject(c), c.term.extensions,
                          c.term.extensions == 1 ? "" : "s", c.max_end.str()),
              "R-CON-1", "a new term needs a new procurement: 'mbov contract add'");
  SQLite::Statement last(sql(s), "SELECT max(on_date) FROM extension WHERE contract = ?");
  last.bind(1, id);
  if (last.executeStep() && !last.getColumn(0).isNull() && last.getColumn(0).getString() > on.str())
    fail_data(fmt::format("--on {} is before the previous extension ({})", on.str(), last.getColumn(0).getString()));
  const Date notice = notice_date(c.end, c.term.notice_months);
  const bool late = on > notice;
  const Date end = contract_end(c.term, c.extensions_used + 1);
  SQLite::Statement insert(sql(s), "INSERT INTO extension (contract, on_date, late) VALUES (?, ?, ?)");
  insert.bind(1, id);
  insert.bind(2, on.str());
  insert.bind(3, late ? 1 : 0);
  insert.exec();
  audit::record(s, "contract", std::to_string(id), "extend",
                Object()
                    .add("on", on.str())
                    .add("extension", c.extensions_used + 1)
                    .add("of", c.term.extensions)
                    .add("end", end.str())
                    .add("notice_date", notice.str())
                    .add("late", late));
  return Extension{end, notice, late};
}

void terminate_contract(Session& s, std::int64_t id, const Termination& t) {
  const Contract c = load_contract(s, id);
  if (c.terminated_on)
    fail_data(fmt::format("{} was already terminated on {} (ends {})", subject(c), c.terminated_on->str(),
                          c.end.str()),
              "R-CON-7");
  const Date on = done_on(s, c, t.on, "termination");
  const std::string& reason = contract_rows::required_text(t.reason, "--reason");
  if (t.end < on)
    fail_data(fmt::format("--end {} is before the decision ({})", t.end.str(), on.str()), "R-CON-7");
  if (t.end > c.end)
    fail_data(fmt::format("--end {} is after the current end of {} ({})", t.end.str(), subject(c), c.end.str()),
              "R-CON-7", "a termination cannot lengthen a contract; see 'mbov contract extend'");
  const std::optional<std::string> exit_plan = contract_rows::optional_text(t.exit_plan);
  SQLite::Statement update(sql(s),
                           "UPDATE contract SET terminated_on = ?, termination_end = ?, termination_reason = ?, "
                           "exit_plan = ? WHERE id = ?");
  update.bind(1, on.str());
  update.bind(2, t.end.str());
  update.bind(3, reason);
  if (exit_plan) update.bind(4, *exit_plan);
  update.bind(5, id);
  update.exec();
  audit::record(s, "contract", std::to_string(id), "terminate",
                Object().add("on", on.str()).add("end", t.end.str()).add("reason", reason).add("exit_plan", exit_plan));
}

}  // namespace mbov
