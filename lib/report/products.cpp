// The state of each product (weekly report): contract, certificate, DPIA, incidents, uptake.
#include <fmt/format.h>

#include <map>
#include <set>

#include <mbov/contract/check.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/dpia/dpia.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/member/member.hpp>
#include "core/msg.hpp"
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
  std::optional<std::string> certificate;  // its supplier's latest certificate
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

// The current contract of a product: not ended, the latest end first.
const contract::Contract* current_contract(const std::vector<contract::Contract>& contracts, const std::string& product) {
  const contract::Contract* current = nullptr;
  for (const contract::Contract& k : contracts)
    if (k.product == product && k.status != contract::ContractStatus::ended && (!current || current->end < k.end))
      current = &k;
  return current;
}

// The supplier's certificate that runs longest, valid or not.
void add_certificate(Reader& r, ProductState& state) {
  Query c(r,
          "SELECT standard, valid_until FROM certificate WHERE supplier = ? ORDER BY valid_until DESC, id DESC LIMIT 1",
          {p(state.contract->supplier_id)});
  if (!c.next()) return;
  state.certificate = c.col(0).getString();
  state.certificate_until = Date::parse(c.col(1).getString(), "certificate.valid_until");
}

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
  const std::string today = r.s.today.str();
  Query q(r,
          "SELECT p.code AS product, p.name,"
          " (SELECT max(completed) FROM dpia x WHERE x.product = p.code AND x.completed <= ?1) AS last_dpia,"
          " (SELECT outcome FROM dpia x WHERE x.product = p.code AND x.completed <= ?1"
          "   ORDER BY completed DESC, id DESC LIMIT 1) AS dpia_outcome"
          " FROM product p ORDER BY p.code",
          {p(today)});
  while (q.next()) {
    const std::string product = q.col(0).getString();
    ProductState state{.product = product,
                       .name = q.col(1).getString(),
                       .dpia_outcome = q.text(3),
                       .open_incidents = open.of(product),
                       .members = static_cast<std::int64_t>(taking[product].size())};
    state.contract = current_contract(contracts, state.product);
    if (state.contract) add_certificate(r, state);
    if (const std::optional<std::string> last = q.text(2)) {
      state.last_dpia = Date::parse(*last, "dpia.completed");
      state.dpia_due = dpia::periodic_due(*state.last_dpia, r.s.policy.dpia);
    }
    state.lapsed = lapsed(lapses, state.product);
    s.rows.push_back(state.to_object());
  }
}

}  // namespace mbov::report
