#include <mbov/contract/contract.hpp>
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <algorithm>

#include <mbov/contract/catalog.hpp>
#include "contract/store.hpp"
#include <mbov/core/audit.hpp>
#include "core/closed_set.hpp"
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>

namespace mbov::contract {


namespace {

// The value of one term option: the policy's when absent; checked against its range.
int term_value(const std::optional<int>& given, int policy_value, int lo, int hi, std::string_view option) {
  const int v = given.value_or(policy_value);
  if (v < lo || v > hi) fail_data(msg("{} must be {} to {}, not {}", option, lo, hi, v), "R-CON-1");
  return v;
}

// What deviates from the policy (R-CON-1), in words; empty when nothing does.
std::string deviations(const Term& t, const Policy::Contract& p) {
  std::string out;
  auto note = [&out](std::string_view option, int v, int policy_value) {
    if (v != policy_value)
      out += (out.empty() ? "" : ", ") + render(msg("{} {} (policy {})", option, v, policy_value), language());
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
  c.planned = today < c.term.start;
  // A terminated contract goes no further than its termination, an ended one no further at all.
  c.max_end = c.terminated_on ? c.end : contract_max_end(c.term);
  c.extensions_left = c.status == ContractStatus::active ? c.term.extensions - c.extensions_used : 0;
  if (c.status == ContractStatus::ended) return;
  const Date review = next_review(c.term.start, c.last_review, review_interval_months);
  if (review <= c.end) c.next_review = review;
  if (c.status == ContractStatus::active) c.notice = notice_date(c.end, c.term.notice_months);
}

// What done_on records, in the words of its messages (N_: translated where they are shown).
struct Act {
  const char* in_future;                          // the hint when the day is after today
  fmt::format_string<std::int64_t, std::string> after_end;  // after the end: {} the contract, {} its end (a Date)
};
constexpr Act review_act{N_("record a review when it has been done"),
                         N_("contract {} ended on {}: no review after its end")};
constexpr Act extension_act{N_("record a extension when it has been done"),
                            N_("contract {} ended on {}: no extension after its end")};
constexpr Act termination_act{N_("record a termination when it has been done"),
                              N_("contract {} ended on {}: no termination after its end")};

// The day something was done: `on`, or today; never in the future, never before the start, and
// only while the contract runs.
Date done_on(const Session& s, const Contract& c, std::optional<Date> on, const Act& act) {
  const Date day = on.value_or(s.today);
  if (day > s.today)
    fail_data(msg("--on {} is after today ({})", human_date(day), human_date(s.today)), {},
              marked(act.in_future));
  if (day < c.term.start)
    fail_data(msg("--on {} is before contract {} started ({})", human_date(day), c.id,
                          human_date(c.term.start)));
  if (day > c.end) fail_data(msg(act.after_end, c.id, c.end), "R-CON-7");
  return day;
}

// The contract with its computed dates (R-CON-2..4, R-CON-7).
std::vector<Contract> scheduled(Session& s, std::optional<std::int64_t> id) {
  std::vector<Contract> found = store::select_contracts(s, id);
  for (Contract& c : found) schedule(c, s.policy.contract.review_interval_months, s.today);
  return found;
}

}  // namespace

std::int64_t add(Session& s, const NewContract& n) {
  const std::string product = require_product(s, n.product);
  const Supplier supplier = find_supplier(s, n.supplier);
  const Policy::Contract& p = s.policy.contract;
  Term t{.start = n.start,
         .base_years = term_value(n.base_years, p.base_years, 1, 99, "--base-years"),
         .extensions = term_value(n.extensions, p.extensions, 0, 99, "--extensions"),
         .extension_years = term_value(n.extension_years, p.extension_years, 1, 99, "--extension-years")};
  t.notice_months = term_value(n.notice_months, p.notice_months, 0, t.base_years * 12 - 1, "--notice-months");
  const std::optional<std::string> reason = store::optional_text(n.deviation_reason);
  const std::string deviates = deviations(t, p);
  if (!deviates.empty() && !reason)
    fail_data(msg("the contract deviates from the policy: {}", deviates), "R-CON-1",
              msg("a deviation needs a recorded reason: add --deviation-reason TEXT"));
  if (deviates.empty() && reason)
    fail_data(msg("--deviation-reason given, but nothing deviates from the policy"), "R-CON-1",
              msg("leave out --deviation-reason, or give the deviating --base-years, --extensions, ... values"));
  const std::optional<std::string> tender = store::optional_text(n.tender);
  const std::int64_t id = store::insert_contract(s, product, supplier.id, t, reason, tender);
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

Contract load(Session& s, std::int64_t id) {
  std::vector<Contract> found = scheduled(s, id);
  if (found.empty())
    fail_data(msg("unknown contract {}", id), {}, msg("see 'mbov contract list --format json'"));
  return std::move(found.front());
}

std::vector<Contract> load_all(Session& s) { return scheduled(s, std::nullopt); }

// R-CON-9
bool in_force(const Contract& c, Date day) { return c.term.start <= day && day <= c.end; }

// R-CON-7: a contract stays the product's until it has ended.
const Contract* current(const std::vector<Contract>& contracts, std::string_view product) {
  const Contract* found = nullptr;
  for (const Contract& k : contracts)
    if (k.product == product && k.status != ContractStatus::ended && (!found || found->end < k.end)) found = &k;
  return found;
}

// R-CON-5
std::vector<ReliedCertificate> certificates_relied_on(Session& s, const std::set<std::string>& products) {
  std::vector<ReliedCertificate> found;
  for (const Contract& k : load_all(s)) {
    if (k.status == ContractStatus::ended || !products.contains(k.product)) continue;
    std::vector<Certificate> certs = supplier_certificates(s, k.supplier_id);  // by valid_until, id
    std::ranges::stable_sort(certs,
                             [](const Certificate& a, const Certificate& b) { return b.valid_until < a.valid_until; });
    for (Certificate& cert : certs) {
      const bool valid = certifies(cert, s.policy.contract, s.today);
      found.push_back(
          {.product = k.product, .contract = k.id, .supplier = k.supplier, .cert = std::move(cert), .valid = valid});
    }
  }
  return found;
}

bool product_certified(Session& s, std::string_view product) {
  return std::ranges::any_of(certificates_relied_on(s, {std::string(product)}), &ReliedCertificate::valid);
}

std::span<const char* const> status_words() {
  static const char* const words[] = {"planned", status_name(ContractStatus::active), status_name(ContractStatus::ending),
                                      status_name(ContractStatus::ended)};
  return words;
}

const char* status_word(const Contract& c) { return c.planned ? status_words().front() : status_name(c.status); }

Object to_object(const Contract& c) {
  return Object()
      .add("id", c.id)
      .add("product", c.product)
      .add("supplier", c.supplier)
      .add("supplier_id", c.supplier_id)
      .add("start", c.term.start)
      .add("end", c.end)
      .add("max_end", c.max_end)
      .add("extensions_used", c.extensions_used)
      .add("extensions_left", c.extensions_left)
      .add("next_review", date_value(c.next_review))
      .add("notice_date", date_value(c.notice))
      .add("status", status_word(c))
      .add("deviates", c.deviation_reason.has_value());
}

Details details(Session& s, std::int64_t id) {
  Details d{.contract = load(s, id), .reviews = store::select_reviews(s, id), .extensions = store::select_extensions(s, id)};
  for (std::size_t k = 0; k < d.extensions.size(); ++k)
    d.extensions[k].end = contract_end(d.contract.term, static_cast<int>(k) + 1);
  return d;
}

Object to_object(const Details& d) {
  Array reviews;
  for (const Review& r : d.reviews)
    reviews.push_back(Object()
                          .add("id", r.id)
                          .add("on", date_value(r.on))
                          .add("outcome", review_outcome_name(r.outcome))
                          .add("notes", r.notes)
                          .add("meeting", r.meeting ? Value(static_cast<long long>(*r.meeting)) : Value()));
  Array extended;
  for (const ExtensionRecord& e : d.extensions)
    extended.push_back(Object().add("on", e.on).add("late", e.late).add("end", e.end));
  const Contract& c = d.contract;
  Object o = to_object(c);
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

namespace {
constexpr Words<ReviewOutcome, 2> outcomes{{"compliant", "deviations"}};
}  // namespace

std::string_view review_outcome_name(ReviewOutcome outcome) { return outcomes.name(outcome); }

std::optional<ReviewOutcome> review_outcome_from(std::string_view word) { return outcomes.from(word); }

std::span<const std::string_view> review_outcome_words() { return outcomes.words; }

ReviewOutcome parse_review_outcome(std::string_view text, std::string_view what) {
  if (const auto outcome = review_outcome_from(text)) return *outcome;
  fail_data(msg("invalid {} '{}'", what, text), "R-CON-3", msg("use compliant or deviations"));
}

std::int64_t review(Session& s, std::int64_t id, const Review& given) {
  const Contract c = load(s, id);
  Review r = given;
  r.on = done_on(s, c, given.on, review_act);
  if (r.meeting) {
    const std::optional<store::Meeting> m = store::select_meeting(s, *r.meeting);
    if (!m) fail_data(msg("unknown meeting {}", *r.meeting), {}, msg("see 'mbov vote meeting list'"));
    if (m->kind != "av")
      fail_data(msg("meeting {} is not a General Assembly (AV)", *r.meeting), "R-CON-3",
                msg("a review is reported in the AV"));
    if (m->date < *r.on)
      fail_data(msg("meeting {} ({}) is before the review ({})", *r.meeting, human_date(m->date), human_date(*r.on)),
                "R-CON-3", msg("name the AV meeting where the review was reported"));
  }
  r.notes = store::optional_text(r.notes);
  const std::int64_t review = store::insert_review(s, id, r);
  audit::record(s, "contract", std::to_string(id), "review",
                Object()
                    .add("review", review)
                    .add("on", r.on->str())
                    .add("outcome", review_outcome_name(r.outcome))
                    .add("notes", r.notes)
                    .add("meeting", r.meeting ? Value(static_cast<long long>(*r.meeting)) : Value()));
  return review;
}

Extension extend(Session& s, std::int64_t id, std::optional<Date> on_given) {
  const Contract c = load(s, id);
  if (c.terminated_on)
    fail_data(msg("contract {} was terminated on {} and ends {}: it cannot be extended", c.id,
                          human_date(*c.terminated_on), human_date(c.end)),
              "R-CON-7");
  const Date on = done_on(s, c, on_given, extension_act);
  if (c.extensions_used >= c.term.extensions)
    fail_data(msg_n("contract {} has used all {} extension (maximum end {})",
                    "contract {} has used all {} extensions (maximum end {})", c.term.extensions, c.id,
                    c.term.extensions, human_date(c.max_end)),
              "R-CON-1", msg("a new term needs a new procurement: 'mbov contract add'"));
  const std::vector<ExtensionRecord> before = store::select_extensions(s, id);
  if (!before.empty() && before.back().on > on)
    fail_data(msg("--on {} is before the previous extension ({})", human_date(on),
                          human_date(before.back().on)));
  const Date notice = notice_date(c.end, c.term.notice_months);
  const bool late = on > notice;
  const Date end = contract_end(c.term, c.extensions_used + 1);
  store::insert_extension(s, id, on, late);
  audit::record(s, "contract", std::to_string(id), "extend",
                Object()
                    .add("on", on.str())
                    .add("extension", c.extensions_used + 1)
                    .add("of", c.term.extensions)
                    .add("end", end.str())
                    .add("notice_date", notice.str())
                    .add("late", late));
  return Extension{.end = end, .notice = notice, .late = late};
}

void terminate(Session& s, std::int64_t id, const Termination& t) {
  const Contract c = load(s, id);
  if (c.terminated_on)
    fail_data(msg("contract {} was already terminated on {} (ends {})", c.id,
                          human_date(*c.terminated_on), human_date(c.end)),
              "R-CON-7");
  const Date on = done_on(s, c, t.on, termination_act);
  const std::string& reason = store::required_text(t.reason, "--reason");
  if (t.end < on)
    fail_data(msg("--end {} is before the decision ({})", human_date(t.end), human_date(on)), "R-CON-7");
  if (t.end > c.end)
    fail_data(msg("--end {} is after the current end of contract {} ({})", human_date(t.end),
                          c.id, human_date(c.end)),
              "R-CON-7", msg("a termination cannot lengthen a contract; see 'mbov contract extend'"));
  const std::optional<std::string> exit_plan = store::optional_text(t.exit_plan);
  store::update_termination(s, id, on, t.end, reason, exit_plan);
  audit::record(s, "contract", std::to_string(id), "terminate",
                Object().add("on", on.str()).add("end", t.end.str()).add("reason", reason).add("exit_plan", exit_plan));
}

}  // namespace mbov::contract
