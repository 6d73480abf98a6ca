// The state of each product (weekly report): contract, certificate, DPIA, incidents, uptake.
#include <fmt/format.h>

#include <map>
#include <set>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/check.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/dpia/dpia.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/member/member.hpp>
#include <mbov/core/msg.hpp>
#include "report/sources.hpp"
#include <mbov/core/session.hpp>

namespace mbov::report {

UtcRange utc_range(Date from, Date to) {
  return {.from = Timestamp::parse(from.str() + "T00:00", "from").utc(),
          .to = Timestamp::parse(to.str() + "T00:00", "to").utc()};
}

namespace {

// One product's state today, as the weekly report shows it.
struct ProductState {
  std::string product, name;
  const contract::Contract* contract = nullptr;  // the current one
  std::optional<std::string> certificate;  // its supplier's certificate that runs longest
  std::optional<Date> certificate_until;
  std::optional<Date> last_dpia;  // the last completed DPIA or audit
  std::optional<std::string> dpia_outcome;
  std::optional<Date> dpia_due;
  std::int64_t open_incidents = 0, members = 0;
  std::optional<Message> lapsed;

  Object to_object() const {
    Object o;
    o.add("product", product).add("name", name);
    o.add("contract", contract ? Value(contract->id) : Value());
    o.add("supplier", contract ? Value(contract->supplier) : Value());
    o.add("contract_end", contract ? Value(contract->end) : Value());
    o.add("contract_status", contract ? Value(contract::status_name(contract->status)) : Value());
    o.add("certificate", certificate).add("certificate_until", certificate_until);
    o.add("last_dpia", date_value(last_dpia)).add("dpia_outcome", dpia_outcome).add("dpia_due", date_value(dpia_due));
    o.add("open_incidents", open_incidents).add("members", members).add("lapsed", lapsed);
    return o;
  }
};

// R-CON-9: a product's lapsed services, in words; none when none.
std::optional<Message> lapsed(const std::vector<contract::Lapse>& lapses, const std::string& product) {
  std::optional<Message> words;
  for (const contract::Lapse& l : lapses)
    if (l.product == product) words = words ? joined("{}; {}", *words, l.message) : l.message;
  return words;
}

}  // namespace

void add_product_state(Document& d, Reader& r) {
  const std::vector<contract::Contract> contracts = contract::load_all(r.s);
  Section& s = d.table("products", N_("Products"),
                       {"product", "contract", "supplier", "contract_end", "contract_status", "certificate",
                        "certificate_until", "last_dpia", "dpia_outcome", "dpia_due", "open_incidents", "members", "lapsed"});
  const std::vector<contract::Lapse> lapses = contract::lapses(r.s);
  const incident::OpenCount open = incident::open_count(r.s);
  // R-MEM-8: the members taking each product up today (member::uptakes_on).
  std::map<std::string, std::set<std::string>> taking;
  for (const member::Uptake& u : member::uptakes_on(r.s, r.s.today)) taking[u.product].insert(u.member);
  // R-DPIA-2: each product's last completed DPIA (dpia::last_completed; the session stands as of today).
  const std::map<std::string, dpia::Dpia> last_dpia = dpia::last_completed(r.s);
  for (const contract::Product& product : contract::products(r.s)) {
    ProductState state{.product = product.code,
                       .name = product.name,
                       .open_incidents = open.of(product.code),
                       .members = static_cast<std::int64_t>(taking[product.code].size())};
    state.contract = contract::current(contracts, state.product);
    // R-CON-5: the supplier's certificate that runs longest (contract::longest_certificate).
    if (state.contract)
      if (const auto cert = contract::longest_certificate(r.s, state.contract->supplier_id)) {
        state.certificate = cert->standard;
        state.certificate_until = cert->valid_until;
      }
    if (const auto last = last_dpia.find(product.code); last != last_dpia.end()) {
      state.last_dpia = last->second.completed;
      if (last->second.outcome) state.dpia_outcome = std::string(dpia::outcome_name(*last->second.outcome));
      state.dpia_due = dpia::periodic_due(*state.last_dpia, r.s.policy.dpia);
    }
    state.lapsed = lapsed(lapses, state.product);
    s.rows.push_back(state.to_object());
  }
}

}  // namespace mbov::report
